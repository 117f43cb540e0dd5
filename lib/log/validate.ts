import { CATEGORY_IDS, type CategoryId, type Severity } from '../checker/types';
import { PAUSE_OUTCOMES, type NewPause, type PauseOutcome } from './types';

/** Checks on every field of a pause, shared by the runtime messages and the JSON import. */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export const LIMITS = {
  siteChars: 64,
  hostChars: 260,
  ruleIds: 200,
  ruleIdChars: 100,
  textChars: 20_000,
  chars: 1_000_000,
  /** A pause longer than a day is not a pause. */
  pausedMs: 24 * 60 * 60 * 1000,
} as const;

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORY_IDS);
const OUTCOME_SET: ReadonlySet<string> = new Set(PAUSE_OUTCOMES);
const SITE_RE = /^[a-z0-9][a-z0-9-]*$/;
const HOST_RE = /^[a-z0-9.-]+(:\d{1,5})?$/i;
// Latest time a Date can hold.
const MAX_TIME = 8.64e15;

export function isRecordObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isCategoryId(x: unknown): x is CategoryId {
  return typeof x === 'string' && CATEGORY_SET.has(x);
}

export function isOutcome(x: unknown): x is PauseOutcome {
  return typeof x === 'string' && OUTCOME_SET.has(x);
}

export function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_TIME;
}

export function isPausedMs(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= LIMITS.pausedMs;
}

export function isSiteId(x: unknown): x is string {
  return typeof x === 'string' && x.length <= LIMITS.siteChars && SITE_RE.test(x);
}

/** Validates a pause and returns a normalised copy (sorted unique categories, no unknown keys). */
export function checkNewPause(x: unknown): Checked<NewPause> {
  if (!isRecordObject(x)) return fail('is not an object');
  if (!isTime(x.at)) return fail('at must be a time in milliseconds');
  if (!isSiteId(x.site)) return fail('site must be a short kebab-case id');
  if (typeof x.host !== 'string' || x.host.length > LIMITS.hostChars || !HOST_RE.test(x.host))
    return fail('host must be a host name');
  if (!Array.isArray(x.categories) || x.categories.length > CATEGORY_IDS.length * 4)
    return fail('categories must be a list');
  const badCategory = x.categories.find((c) => !isCategoryId(c));
  if (badCategory !== undefined) return fail(`unknown category ${JSON.stringify(badCategory)}`);
  if (
    !Array.isArray(x.ruleIds) ||
    x.ruleIds.length > LIMITS.ruleIds ||
    !x.ruleIds.every((r) => typeof r === 'string' && r.length > 0 && r.length <= LIMITS.ruleIdChars)
  )
    return fail('ruleIds must be a list of short strings');
  if (x.severity !== 1 && x.severity !== 2 && x.severity !== 3) return fail('severity must be 1, 2 or 3');
  if (!isOutcome(x.outcome)) return fail(`outcome must be one of ${PAUSE_OUTCOMES.join(', ')}`);
  if (!isPausedMs(x.pausedMs)) return fail('pausedMs must be between 0 and one day');
  if (typeof x.chars !== 'number' || !Number.isInteger(x.chars) || x.chars < 0 || x.chars > LIMITS.chars)
    return fail('chars must be a whole number');
  if (x.text !== undefined && (typeof x.text !== 'string' || x.text.length > LIMITS.textChars))
    return fail(`text must be a string of at most ${LIMITS.textChars} characters`);

  const value: NewPause = {
    at: x.at,
    site: x.site,
    host: x.host.toLowerCase(),
    categories: [...new Set(x.categories as CategoryId[])].sort(),
    ruleIds: [...new Set(x.ruleIds as string[])],
    severity: x.severity as Severity,
    outcome: x.outcome,
    pausedMs: Math.round(x.pausedMs),
    chars: x.chars,
  };
  if (typeof x.text === 'string') value.text = x.text;
  return { ok: true, value };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
