import { IDBFactory } from 'fake-indexeddb';
import { createIdbStore } from '../../lib/log/idb-store';
import { createMemoryStore } from '../../lib/log/memory-store';
import type { PauseStore } from '../../lib/log/store';
import type { NewPause } from '../../lib/log/types';

/** Both PauseStore implementations; every contract test runs against each. */
export const STORES: Array<[name: string, make: () => PauseStore]> = [
  ['IndexedDB (fake-indexeddb)', () => createIdbStore(new IDBFactory())],
  ['in-memory fake', () => createMemoryStore()],
];

const BASE = new Date(2026, 0, 5, 9, 30).getTime();

export function pause(overrides: Partial<NewPause> = {}): NewPause {
  return {
    at: BASE,
    site: 'whatsapp',
    host: 'web.whatsapp.com',
    categories: ['non-apology'],
    ruleIds: ['non-apology.feel-that-way'],
    severity: 2,
    outcome: 'abandoned',
    pausedMs: 0,
    chars: 42,
    ...overrides,
  };
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
export { BASE };
