import type { PauseRecord } from '../../lib/log/types';
import { categoryLabel, formatShortTime, OUTCOME_LABELS, siteName } from './format';

export const EMPTY_LOG_TEXT =
  'No pauses yet. When Mindful Send notices a draft that might land badly, it will show up here — only on this device.';

export function RecentPauses({ records, now }: { records: readonly PauseRecord[]; now?: number }) {
  if (!records.length) return <p className="ms-empty">{EMPTY_LOG_TEXT}</p>;
  return (
    <ol className="ms-list" aria-label="Latest pauses">
      {records.map((r) => (
        <li key={r.id} data-pause-id={r.id}>
          <div>
            <time dateTime={new Date(r.at).toISOString()}>{formatShortTime(r.at, now)}</time>
            <span className="ms-meta"> · {siteName(r.site)} · {OUTCOME_LABELS[r.outcome]}</span>
          </div>
          <div>
            {r.categories.length ? (
              r.categories.map((c) => (
                <span className="ms-tag" key={c} data-category={c}>
                  {categoryLabel(c)}
                </span>
              ))
            ) : (
              <span className="ms-meta">Paused before sending</span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
