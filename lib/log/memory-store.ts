import { byTime, matchesQuery, type PauseStore, type RecordQuery, type UnsavedRecord } from './store';
import type { PauseRecord } from './types';

/** An in-memory PauseStore: the fake the contract suite checks against the real one, and the
 * store component tests use. Records are copied in and out, as IndexedDB's structured clone does. */
export function createMemoryStore(): PauseStore {
  const records = new Map<number, PauseRecord>();
  let nextId = 1;
  const copy = (r: PauseRecord): PauseRecord => structuredClone(r);

  return {
    async add(record: UnsavedRecord) {
      const id = nextId++;
      records.set(id, copy({ ...record, id }));
      return id;
    },
    async addMany(list: UnsavedRecord[]) {
      const staged = list.map((r, i) => copy({ ...r, id: nextId + i }));
      nextId += list.length;
      for (const r of staged) records.set(r.id, r);
      return staged.map((r) => r.id);
    },
    async get(id) {
      const r = records.get(id);
      return r && copy(r);
    },
    async update(id, patch) {
      const r = records.get(id);
      if (!r) return false;
      records.set(id, copy({ ...r, ...patch, id }));
      return true;
    },
    async query(q?: RecordQuery) {
      return [...records.values()].filter((r) => matchesQuery(r, q)).sort(byTime).map(copy);
    },
    async newest(limit) {
      return [...records.values()].sort(byTime).reverse().slice(0, Math.max(0, limit)).map(copy);
    },
    async delete(id) {
      return records.delete(id);
    },
    async clear() {
      records.clear();
    },
    async count() {
      return records.size;
    },
  };
}
