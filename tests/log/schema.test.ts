import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIdbStore } from '../../lib/log/idb-store';
import { createPauseLog } from '../../lib/log/pause-log';
import { createV1Schema, DB_NAME, DB_VERSION, openPauseLogDB, STORE, type PauseRecordV1 } from '../../lib/log/schema';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Builds a real version-1 database with the raw IndexedDB API, as the first release left it. */
async function makeV1(factory: IDBFactory, records: Omit<PauseRecordV1, 'id'>[]): Promise<void> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => createV1Schema(open.result);
  const db = await request(open);
  const tx = db.transaction(STORE, 'readwrite');
  for (const r of records) tx.objectStore(STORE).add(r);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const V1_RECORDS: Omit<PauseRecordV1, 'id'>[] = [
  { at: 1000, site: 'whatsapp', host: 'web.whatsapp.com', categories: 'non-apology', ruleIds: 'non-apology.if', severity: 2, outcome: 'edited', pausedMs: 900, chars: 30 },
  { at: 2000, site: 'slack', host: 'app.slack.com', categories: 'excuse, contempt', ruleIds: 'excuse.but,contempt.poor-you', severity: 3, outcome: 'sent-anyway', pausedMs: 0, chars: 80, text: 'kept' },
  { at: 3000, site: 'discord', host: 'discord.com', categories: '', ruleIds: '', severity: 1, outcome: 'abandoned', pausedMs: 0, chars: 5 },
];

describe('pause log schema', () => {
  it('creates the current version with at, site and outcome indexes', async () => {
    const db = await openPauseLogDB(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction(STORE).store.indexNames].sort()).toEqual(['at', 'outcome', 'site']);
    db.close();
  });

  it('upgrades a version-1 database step by step and keeps every record', async () => {
    const factory = new IDBFactory();
    await makeV1(factory, V1_RECORDS);

    const db = await openPauseLogDB(factory);
    expect(db.version).toBe(2);
    expect(db.transaction(STORE).store.indexNames.contains('outcome')).toBe(true);
    db.close();

    const log = createPauseLog(createIdbStore(factory));
    const records = await log.query();
    expect(records.map((r) => r.at)).toEqual([1000, 2000, 3000]);
    expect(records.map((r) => r.categories)).toEqual([['non-apology'], ['contempt', 'excuse'], []]);
    expect(records.map((r) => r.ruleIds)).toEqual([['non-apology.if'], ['excuse.but', 'contempt.poor-you'], []]);
    expect(records.every((r) => r.schema === 2)).toBe(true);
    expect(records[1]?.text).toBe('kept');
    // The new outcome index serves queries over the migrated records.
    expect((await log.query({ outcome: 'sent-anyway' })).map((r) => r.at)).toEqual([2000]);
    // New ids continue after the old ones.
    const id = await log.addPause({ at: 4000, site: 'slack', host: 'app.slack.com', categories: [], ruleIds: [], severity: 1, outcome: 'abandoned', pausedMs: 0, chars: 1 });
    expect(records.map((r) => r.id)).not.toContain(id);
  });
});
