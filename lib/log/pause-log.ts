import { CATEGORY_IDS, type CategoryId } from '../checker/types';
import { localDay } from './days';
import { migrateV1Record, RECORD_SCHEMA } from './schema';
import type { PauseStore, RecordQuery, UnsavedRecord } from './store';
import { PAUSE_OUTCOMES, type NewPause, type PauseOutcome, type PauseRecord } from './types';
import { checkNewPause, isRecordObject } from './validate';

/**
 * The pause log's domain functions, over any PauseStore.
 *
 * Lifecycle of a record: the content script asks for one when the pause dialog OPENS, with outcome
 * 'abandoned', and updates it with setOutcome() once the person chooses (edit, apply, send anyway).
 * So a tab closed with the dialog open, or a draft cleared while it is open, simply leaves
 * 'abandoned' — no goodbye message is needed, which a closing tab could not reliably send.
 */

export interface PauseStats {
  total: number;
  byCategory: Record<CategoryId, number>;
  byOutcome: Record<PauseOutcome, number>;
  bySite: Record<string, number>;
  /** Local calendar day 'YYYY-MM-DD' → count (only days with pauses). */
  byDay: Record<string, number>;
  /** 24 counts by local hour of day. */
  byHour: number[];
  pausedMsTotal: number;
  pausedMsAverage: number;
}

export const EXPORT_FORMAT = 'mindful-send.pause-log';

export interface LogExport {
  format: typeof EXPORT_FORMAT;
  schema: number;
  exportedAt: number;
  records: PauseRecord[];
}

export interface ImportResult {
  imported: number;
  /** Records already in the log (or repeated in the file). */
  skipped: number;
  /** Why the file was refused; when not empty, nothing was imported. */
  errors: string[];
}

/** Most errors listed for one import; the rest are counted. */
const MAX_IMPORT_ERRORS = 20;
export const MAX_IMPORT_RECORDS = 100_000;

export { localDay } from './days';

export function computeStats(records: readonly PauseRecord[]): PauseStats {
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  const byOutcome = Object.fromEntries(PAUSE_OUTCOMES.map((o) => [o, 0])) as Record<PauseOutcome, number>;
  const bySite: Record<string, number> = {};
  const byDay: Record<string, number> = {};
  const byHour = Array.from({ length: 24 }, () => 0);
  let pausedMsTotal = 0;
  for (const r of records) {
    for (const c of r.categories) if (c in byCategory) byCategory[c] += 1;
    byOutcome[r.outcome] = (byOutcome[r.outcome] ?? 0) + 1;
    bySite[r.site] = (bySite[r.site] ?? 0) + 1;
    const day = localDay(r.at);
    byDay[day] = (byDay[day] ?? 0) + 1;
    const hour = new Date(r.at).getHours();
    byHour[hour] = (byHour[hour] ?? 0) + 1;
    pausedMsTotal += r.pausedMs;
  }
  return {
    total: records.length,
    byCategory,
    byOutcome,
    bySite,
    byDay,
    byHour,
    pausedMsTotal,
    pausedMsAverage: records.length ? Math.round(pausedMsTotal / records.length) : 0,
  };
}

function duplicateKey(r: Pick<PauseRecord, 'at' | 'site' | 'host' | 'ruleIds'>): string {
  return JSON.stringify([r.at, r.site, r.host, r.ruleIds]);
}

/** Reads an exported file (or a bare list of records) into checked records, or says why not. */
export function parseImport(data: unknown): { records: NewPause[]; errors: string[] } {
  const list = Array.isArray(data)
    ? data
    : isRecordObject(data) && data.format === EXPORT_FORMAT && Array.isArray(data.records)
      ? data.records
      : undefined;
  if (!list) return { records: [], errors: ['This file is not a Mindful Send export.'] };
  if (list.length > MAX_IMPORT_RECORDS)
    return { records: [], errors: [`This file has more than ${MAX_IMPORT_RECORDS} records.`] };

  const records: NewPause[] = [];
  const errors: string[] = [];
  let errorCount = 0;
  list.forEach((raw, i) => {
    // Files exported before schema 2 kept categories as comma strings.
    const shaped =
      isRecordObject(raw) && (raw.schema === undefined || raw.schema === 1) ? migrateV1Record(raw) : raw;
    if (isRecordObject(raw) && typeof raw.schema === 'number' && raw.schema > RECORD_SCHEMA) {
      errorCount += 1;
      if (errors.length < MAX_IMPORT_ERRORS) errors.push(`Record ${i + 1} comes from a newer version of Mindful Send.`);
      return;
    }
    const checked = checkNewPause(shaped);
    if (checked.ok) records.push(checked.value);
    else {
      errorCount += 1;
      if (errors.length < MAX_IMPORT_ERRORS) errors.push(`Record ${i + 1}: ${checked.error}.`);
    }
  });
  if (errorCount > errors.length) errors.push(`…and ${errorCount - errors.length} more.`);
  return { records, errors };
}

export interface PauseLog {
  addPause(pause: NewPause): Promise<number>;
  setOutcome(id: number, outcome: PauseOutcome, pausedMs: number): Promise<boolean>;
  recent(limit: number): Promise<PauseRecord[]>;
  query(q?: RecordQuery): Promise<PauseRecord[]>;
  stats(range?: { since?: number; until?: number }): Promise<PauseStats>;
  exportAll(now?: number): Promise<LogExport>;
  /** `keepDrafts: false` drops any draft text found in the file. */
  importRecords(data: unknown, options?: { keepDrafts?: boolean }): Promise<ImportResult>;
  deleteAll(): Promise<void>;
  deleteOne(id: number): Promise<boolean>;
}

export function createPauseLog(store: PauseStore): PauseLog {
  // Every write goes through one queue, so writes from many tabs land one after another and an
  // import's duplicate check cannot race a concurrent add.
  let tail: Promise<unknown> = Promise.resolve();
  function serial<T>(write: () => Promise<T>): Promise<T> {
    const run = tail.then(write, write);
    tail = run.catch(() => undefined);
    return run;
  }

  return {
    addPause(pause) {
      const checked = checkNewPause(pause);
      if (!checked.ok) return Promise.reject(new Error(`Invalid pause: ${checked.error}`));
      const record: UnsavedRecord = { ...checked.value, schema: RECORD_SCHEMA };
      return serial(() => store.add(record));
    },
    setOutcome(id, outcome, pausedMs) {
      return serial(() => store.update(id, { outcome, pausedMs: Math.max(0, Math.round(pausedMs)) }));
    },
    recent(limit) {
      return store.newest(limit);
    },
    query(q) {
      return store.query(q);
    },
    async stats(range = {}) {
      return computeStats(await store.query({ since: range.since, until: range.until }));
    },
    async exportAll(now = Date.now()) {
      return { format: EXPORT_FORMAT, schema: RECORD_SCHEMA, exportedAt: now, records: await store.query() };
    },
    importRecords(data, { keepDrafts = true } = {}) {
      const parsed = parseImport(data);
      if (parsed.errors.length) return Promise.resolve({ imported: 0, skipped: 0, errors: parsed.errors });
      return serial(async () => {
        const seen = new Set((await store.query()).map(duplicateKey));
        const fresh: UnsavedRecord[] = [];
        let skipped = 0;
        for (const r of parsed.records) {
          const key = duplicateKey(r);
          if (seen.has(key)) skipped += 1;
          else {
            seen.add(key);
            const { text, ...rest } = r;
            fresh.push(keepDrafts && text !== undefined ? { ...rest, text, schema: RECORD_SCHEMA } : { ...rest, schema: RECORD_SCHEMA });
          }
        }
        try {
          await store.addMany(fresh);
        } catch {
          return { imported: 0, skipped: 0, errors: ['The log could not be saved; nothing was changed.'] };
        }
        return { imported: fresh.length, skipped, errors: [] };
      });
    },
    deleteAll() {
      return serial(() => store.clear());
    },
    deleteOne(id) {
      return serial(() => store.delete(id));
    },
  };
}
