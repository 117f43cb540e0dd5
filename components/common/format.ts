import { categoryInfo } from '../../lib/checker/categories';
import type { CategoryId } from '../../lib/checker/types';
import type { PauseOutcome } from '../../lib/log/types';
import { ADAPTERS, GENERIC } from '../../lib/sites/registry';

export const OUTCOME_LABELS: Record<PauseOutcome, string> = {
  edited: 'Edited',
  'applied-reframe': 'Used a reframe',
  'sent-anyway': 'Sent anyway',
  abandoned: 'Left unsent',
};

export function siteName(id: string): string {
  if (id === GENERIC.id) return GENERIC.name;
  return ADAPTERS.find((a) => a.id === id)?.name ?? id;
}

export function categoryLabel(id: CategoryId): string {
  return categoryInfo(id).label;
}

export function categoryList(ids: readonly CategoryId[]): string {
  return ids.length ? ids.map(categoryLabel).join(', ') : 'No pattern (paused every send)';
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shortTime = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

export function formatTime(ms: number): string {
  return timeFormat.format(ms);
}

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** Weekday and time within the last six days (unambiguous), the date beyond that. */
export function formatShortTime(ms: number, now: number = Date.now()): string {
  return now - ms < 6 * DAY_MS ? shortTime.format(ms) : shortDate.format(ms);
}

export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight, local time, `days - 1` days before `now`: the start of a `days`-long window ending today. */
export function startOfWindow(now: number, days: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - (days - 1));
  return d.getTime();
}
