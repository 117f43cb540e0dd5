import type { PauseStats } from '../../lib/log/pause-log';
import type { CategoryId } from '../../lib/checker/types';
import { categoryLabel, plural } from '../common/format';

export function WeekSummary({ stats }: { stats: PauseStats }) {
  if (!stats.total) return <p className="ms-hint">No pauses in the last 7 days.</p>;
  const o = stats.byOutcome;
  const top = (Object.entries(stats.byCategory) as [CategoryId, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])[0];
  return (
    <div>
      <dl className="ms-counts">
        <div>
          <dt>Pauses</dt>
          <dd data-testid="week-total">{stats.total}</dd>
        </div>
        <div>
          <dt>Edited or reframed</dt>
          <dd>{o.edited + o['applied-reframe']}</dd>
        </div>
        <div>
          <dt>Sent anyway</dt>
          <dd>{o['sent-anyway']}</dd>
        </div>
        <div>
          <dt>Left unsent</dt>
          <dd>{o.abandoned}</dd>
        </div>
      </dl>
      {top && (
        <p className="ms-hint">
          Most common: {categoryLabel(top[0])} ({plural(top[1], 'time', 'times')}).
        </p>
      )}
    </div>
  );
}
