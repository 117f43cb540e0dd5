import { useId, useMemo, useState } from 'react';
import { CATEGORY_IDS, type CategoryId } from '../../lib/checker/types';
import { PAUSE_OUTCOMES, type PauseOutcome, type PauseRecord } from '../../lib/log/types';
import { categoryLabel, formatSeconds, formatTime, OUTCOME_LABELS, plural, siteName } from '../common/format';

const PAGE = 100;

export interface LogTableProps {
  records: readonly PauseRecord[];
  onDelete(id: number): void;
}

/** The whole log, newest first, with filters and one-by-one delete. */
export function LogTable({ records, onDelete }: LogTableProps) {
  const id = useId();
  const [category, setCategory] = useState<CategoryId | ''>('');
  const [outcome, setOutcome] = useState<PauseOutcome | ''>('');
  const [site, setSite] = useState('');
  const [shown, setShown] = useState(PAGE);

  const sites = useMemo(() => [...new Set(records.map((r) => r.site))].sort(), [records]);
  const filtered = useMemo(
    () =>
      records
        .filter((r) => (!category || r.categories.includes(category)) && (!outcome || r.outcome === outcome) && (!site || r.site === site))
        .sort((a, b) => b.at - a.at || b.id - a.id),
    [records, category, outcome, site],
  );
  const hasText = records.some((r) => r.text !== undefined);

  return (
    <div>
      <div className="ms-filters" role="group" aria-label="Filter the log">
        <label>
          Pattern{' '}
          <select value={category} onChange={(e) => setCategory(e.target.value as CategoryId | '')}>
            <option value="">All</option>
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outcome{' '}
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as PauseOutcome | '')}>
            <option value="">All</option>
            {PAUSE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Site{' '}
          <select value={site} onChange={(e) => setSite(e.target.value)}>
            <option value="">All</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {siteName(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="ms-hint" role="status" id={`${id}-count`}>
        Showing {plural(Math.min(shown, filtered.length), 'pause', 'pauses')} of {filtered.length}.
      </p>
      {filtered.length > 0 && (
        <div className="ms-table-wrap">
          <table className="ms-table" aria-describedby={`${id}-count`}>
            <caption className="ms-visually-hidden">Your pause log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Site</th>
                <th scope="col">What was noticed</th>
                <th scope="col">Outcome</th>
                <th scope="col">Pause</th>
                {hasText && <th scope="col">Draft</th>}
                <th scope="col">
                  <span className="ms-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {filtered.slice(0, shown).map((r) => (
                <tr key={r.id} data-pause-id={r.id}>
                  <th scope="row">
                    <time dateTime={new Date(r.at).toISOString()}>{formatTime(r.at)}</time>
                  </th>
                  <td>
                    {siteName(r.site)} <span className="ms-meta">{r.host}</span>
                  </td>
                  <td>{r.categories.length ? r.categories.map(categoryLabel).join(', ') : 'Paused before sending'}</td>
                  <td>{OUTCOME_LABELS[r.outcome]}</td>
                  <td>{formatSeconds(r.pausedMs)}</td>
                  {hasText && <td className="ms-draft">{r.text ?? ''}</td>}
                  <td>
                    <button type="button" aria-label={`Delete the pause from ${formatTime(r.at)}`} onClick={() => onDelete(r.id)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {filtered.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show more
        </button>
      )}
    </div>
  );
}
