import type { PauseOutcome, PauseRecord } from './types';

/** A record before the store gives it an id. */
export type UnsavedRecord = Omit<PauseRecord, 'id'>;

export interface RecordQuery {
  /** inclusive, ms */
  since?: number;
  /** exclusive, ms */
  until?: number;
  site?: string;
  outcome?: PauseOutcome;
}

/**
 * The small storage interface the pause log is written against. One contract test suite
 * (tests/log/store-contract.test.ts) runs against the IndexedDB store and the in-memory fake.
 */
export interface PauseStore {
  add(record: UnsavedRecord): Promise<number>;
  /** Adds all or none: if any write fails, nothing is kept. Returns the new ids in order. */
  addMany(records: UnsavedRecord[]): Promise<number[]>;
  get(id: number): Promise<PauseRecord | undefined>;
  /** Applies `patch` to one record; false when there is no such record. */
  update(id: number, patch: Partial<Omit<PauseRecord, 'id'>>): Promise<boolean>;
  /** Records matching the query, oldest first. */
  query(q?: RecordQuery): Promise<PauseRecord[]>;
  /** The newest `limit` records, newest first. */
  newest(limit: number): Promise<PauseRecord[]>;
  delete(id: number): Promise<boolean>;
  clear(): Promise<void>;
  count(): Promise<number>;
}

export function matchesQuery(r: PauseRecord, q: RecordQuery = {}): boolean {
  if (q.since !== undefined && r.at < q.since) return false;
  if (q.until !== undefined && r.at >= q.until) return false;
  if (q.site !== undefined && r.site !== q.site) return false;
  if (q.outcome !== undefined && r.outcome !== q.outcome) return false;
  return true;
}

/** Oldest first; ties broken by id so the order is stable. */
export function byTime(a: PauseRecord, b: PauseRecord): number {
  return a.at - b.at || a.id - b.id;
}
