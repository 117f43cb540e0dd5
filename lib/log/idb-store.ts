import type { IDBPDatabase } from 'idb';
import { openPauseLogDB, STORE, type PauseLogDB } from './schema';
import { matchesQuery, type PauseStore, type RecordQuery, type UnsavedRecord } from './store';
import type { PauseRecord } from './types';

/** The PauseStore over IndexedDB. Opens lazily, so creating it costs nothing at start-up. */
export function createIdbStore(factory?: IDBFactory): PauseStore {
  let dbPromise: Promise<IDBPDatabase<PauseLogDB>> | undefined;
  const db = () => {
    dbPromise ??= openPauseLogDB(factory).catch((error: unknown) => {
      dbPromise = undefined;
      throw error;
    });
    return dbPromise;
  };

  return {
    async add(record: UnsavedRecord) {
      // autoIncrement fills in the id.
      return (await db()).add(STORE, record as PauseRecord);
    },
    async addMany(list: UnsavedRecord[]) {
      const tx = (await db()).transaction(STORE, 'readwrite');
      const pending: Promise<number>[] = [];
      try {
        for (const r of list) {
          const p = tx.store.add(r as PauseRecord);
          // After an abort every pending request rejects too; the batch reports one error.
          p.catch(() => {});
          pending.push(p);
        }
        const ids = await Promise.all(pending);
        await tx.done;
        return ids;
      } catch (error) {
        // One failed add aborts the whole transaction: nothing from this batch is kept.
        try {
          tx.abort();
        } catch {
          // already aborted
        }
        await tx.done.catch(() => {});
        throw error;
      }
    },
    async get(id) {
      return (await db()).get(STORE, id);
    },
    async update(id, patch) {
      const tx = (await db()).transaction(STORE, 'readwrite');
      const current = await tx.store.get(id);
      if (!current) {
        await tx.done;
        return false;
      }
      await tx.store.put({ ...current, ...patch, id });
      await tx.done;
      return true;
    },
    async query(q: RecordQuery = {}) {
      if (q.since !== undefined && q.until !== undefined && q.since >= q.until) return [];
      const d = await db();
      const range =
        q.since !== undefined && q.until !== undefined
          ? IDBKeyRange.bound(q.since, q.until, false, true)
          : q.since !== undefined
            ? IDBKeyRange.lowerBound(q.since)
            : q.until !== undefined
              ? IDBKeyRange.upperBound(q.until, true)
              : undefined;
      // The `at` index gives time order; site/outcome are filtered on the way.
      const all = await d.getAllFromIndex(STORE, 'at', range);
      return all.filter((r) => matchesQuery(r, q));
    },
    async newest(limit) {
      const out: PauseRecord[] = [];
      if (limit <= 0) return out;
      const tx = (await db()).transaction(STORE);
      let cursor = await tx.store.index('at').openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      await tx.done;
      return out;
    },
    async delete(id) {
      const tx = (await db()).transaction(STORE, 'readwrite');
      const exists = (await tx.store.count(id)) > 0;
      if (exists) await tx.store.delete(id);
      await tx.done;
      return exists;
    },
    async clear() {
      await (await db()).clear(STORE);
    },
    async count() {
      return (await db()).count(STORE);
    },
  };
}
