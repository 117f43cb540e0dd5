import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { CATEGORY_IDS, type CategoryId } from '../checker/types';
import type { PauseRecord } from './types';

/**
 * The pause log's IndexedDB schema and every migration, in one place.
 *
 * v1 (first release): store `pauses` with indexes `at` and `site`; records kept `categories` and
 *    `ruleIds` as comma-separated strings and had no `schema` field.
 * v2 (current): adds the `outcome` index, stores `categories` / `ruleIds` as arrays and stamps
 *    every record with `schema: 2`.
 *
 * Upgrades run step by step from whatever version is on disk and rewrite records in place;
 * they never delete a record.
 */
export const DB_NAME = 'mindful-send';
export const DB_VERSION = 2;
/** Value of `PauseRecord.schema` for records written by this version. */
export const RECORD_SCHEMA = 2;
export const STORE = 'pauses';

export interface PauseLogDB extends DBSchema {
  pauses: {
    key: number;
    value: PauseRecord;
    indexes: { at: number; site: string; outcome: string };
  };
}

/** What a v1 record looked like on disk (kept for the migration and its test). */
export interface PauseRecordV1 {
  id: number;
  at: number;
  site: string;
  host: string;
  categories: string;
  ruleIds: string;
  severity: number;
  outcome: string;
  pausedMs: number;
  chars: number;
  text?: string;
}

/** The v1 schema exactly as it was created, so tests can build a real v1 database. */
export function createV1Schema(db: IDBDatabase): void {
  const store = db.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
  store.createIndex('at', 'at');
  store.createIndex('site', 'site');
}

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORY_IDS);

function splitList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Turns a v1 record into the current shape. Unknown category ids are kept out of `categories`
 * (they could not have been produced by the checker) but the record itself always survives. */
export function migrateV1Record(old: PauseRecordV1 | Record<string, unknown>): PauseRecord {
  const r = old as Record<string, unknown>;
  const categories = [...new Set(splitList(r.categories))].filter((c): c is CategoryId => CATEGORY_SET.has(c)).sort();
  return {
    ...(r as unknown as PauseRecord),
    categories,
    ruleIds: splitList(r.ruleIds),
    schema: RECORD_SCHEMA,
  };
}

type UpgradeTx = IDBPTransaction<PauseLogDB, StoreNames<PauseLogDB>[], 'versionchange'>;

async function upgrade(db: IDBPDatabase<PauseLogDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    createV1Schema(db as unknown as IDBDatabase);
  }
  if (oldVersion < 2) {
    const store = tx.objectStore(STORE);
    store.createIndex('outcome', 'outcome');
    let cursor = await store.openCursor();
    while (cursor) {
      const value = cursor.value as unknown as Record<string, unknown>;
      if (value.schema !== RECORD_SCHEMA) await cursor.update(migrateV1Record(value));
      cursor = await cursor.continue();
    }
  }
}

/** Opens (and upgrades) the pause log database. `factory` lets tests pass a fresh IDBFactory. */
export async function openPauseLogDB(factory?: IDBFactory): Promise<IDBPDatabase<PauseLogDB>> {
  const restore = swapFactory(factory);
  let opening: Promise<IDBPDatabase<PauseLogDB>>;
  try {
    // openDB calls indexedDB.open synchronously, so the factory can be restored right away.
    opening = openDB<PauseLogDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // The versionchange transaction stays open while requests are chained on it; a failed
        // migration aborts it, which leaves the old version and its records untouched.
        upgrade(db, oldVersion, tx).catch(() => tx.abort());
      },
    });
  } finally {
    restore();
  }
  return opening;
}

// idb's openDB always uses the global indexedDB; tests need a fresh factory each time.
function swapFactory(factory: IDBFactory | undefined): () => void {
  if (!factory) return () => {};
  const previous = globalThis.indexedDB;
  Object.defineProperty(globalThis, 'indexedDB', { value: factory, configurable: true, writable: true });
  return () => Object.defineProperty(globalThis, 'indexedDB', { value: previous, configurable: true, writable: true });
}
