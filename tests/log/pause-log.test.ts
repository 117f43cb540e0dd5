import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../lib/log/days';
import { createPauseLog, EXPORT_FORMAT, localDay } from '../../lib/log/pause-log';
import { RECORD_SCHEMA } from '../../lib/log/schema';
import type { PauseRecord } from '../../lib/log/types';
import { BASE, DAY, HOUR, pause, STORES } from './helpers';

describe.each(STORES)('pause log over %s', (_name, makeStore) => {
  const make = () => createPauseLog(makeStore());

  it('records a pause as abandoned and updates it when the outcome is known', async () => {
    const log = make();
    const id = await log.addPause(pause());
    expect((await log.recent(1))[0]).toMatchObject({ id, outcome: 'abandoned', schema: RECORD_SCHEMA });
    expect(await log.setOutcome(id, 'applied-reframe', 4200.4)).toBe(true);
    expect((await log.recent(1))[0]).toMatchObject({ id, outcome: 'applied-reframe', pausedMs: 4200 });
    expect(await log.setOutcome(id + 1, 'edited', 0)).toBe(false);
  });

  it.each([
    ['an unknown category', { categories: ['rudeness'] }],
    ['an unknown outcome', { outcome: 'ignored' }],
    ['a negative time', { at: -1 }],
    ['a severity of 4', { severity: 4 }],
  ])('refuses a pause with %s', async (_label, bad) => {
    const log = make();
    await expect(log.addPause({ ...pause(), ...(bad as object) })).rejects.toThrow(/Invalid pause/);
    expect(await log.recent(10)).toEqual([]);
  });

  it('keeps every pause when many tabs write at once, each with its own id', async () => {
    const log = make();
    const ids = await Promise.all(Array.from({ length: 60 }, (_, i) => log.addPause(pause({ at: BASE + i }))));
    expect(new Set(ids).size).toBe(60);
    const stored = await log.query();
    expect(stored).toHaveLength(60);
    expect(stored.map((r) => r.at)).toEqual(Array.from({ length: 60 }, (_, i) => BASE + i));
  });

  it('keeps outcome updates that race with new pauses', async () => {
    const log = make();
    const first = await log.addPause(pause());
    await Promise.all([
      log.setOutcome(first, 'edited', 100),
      ...Array.from({ length: 10 }, (_, i) => log.addPause(pause({ at: BASE + 1 + i }))),
    ]);
    expect((await log.query()).find((r) => r.id === first)?.outcome).toBe('edited');
    expect(await log.query()).toHaveLength(11);
  });

  it('filters by time, site and outcome', async () => {
    const log = make();
    await log.addPause(pause({ at: BASE }));
    const slack = await log.addPause(pause({ at: BASE + DAY, site: 'slack', host: 'app.slack.com' }));
    await log.setOutcome(slack, 'sent-anyway', 10);
    expect((await log.query({ site: 'slack' })).map((r) => r.id)).toEqual([slack]);
    expect((await log.query({ outcome: 'sent-anyway' })).map((r) => r.id)).toEqual([slack]);
    expect(await log.query({ since: BASE + 2 * DAY })).toEqual([]);
  });

  it('counts pauses per category, outcome, site, day and hour', async () => {
    const log = make();
    const morning = new Date(2026, 0, 5, 9, 15).getTime();
    const evening = new Date(2026, 0, 5, 21, 40).getTime();
    const nextDay = new Date(2026, 0, 6, 21, 5).getTime();
    await log.addPause(pause({ at: morning, categories: ['non-apology', 'excuse'], pausedMs: 1000 }));
    const b = await log.addPause(pause({ at: evening, categories: ['contempt'], site: 'slack', host: 'app.slack.com' }));
    await log.setOutcome(b, 'edited', 3000);
    await log.addPause(pause({ at: nextDay, categories: ['excuse'], pausedMs: 2000 }));
    await log.addPause(pause({ at: nextDay + 10 * DAY }));

    const s = await log.stats({ since: morning, until: nextDay + DAY });
    expect(s.total).toBe(3);
    expect(s.byCategory).toMatchObject({ excuse: 2, 'non-apology': 1, contempt: 1, criticism: 0 });
    expect(s.byOutcome).toEqual({ edited: 1, 'applied-reframe': 0, 'sent-anyway': 0, abandoned: 2 });
    expect(s.bySite).toEqual({ whatsapp: 2, slack: 1 });
    expect(s.byDay).toEqual({ '2026-01-05': 2, '2026-01-06': 1 });
    expect(s.byHour[9]).toBe(1);
    expect(s.byHour[21]).toBe(2);
    expect(s.byHour.reduce((a, n) => a + n, 0)).toBe(3);
    expect(s.pausedMsTotal).toBe(6000);
    expect(s.pausedMsAverage).toBe(2000);
    expect((await log.stats()).total).toBe(4);
  });

  it('exports everything and imports it into an empty log unchanged', async () => {
    const source = make();
    await source.addPause(pause({ at: BASE, text: 'kept on purpose' }));
    await source.addPause(pause({ at: BASE + HOUR, site: 'slack', host: 'app.slack.com' }));
    const exported = JSON.parse(JSON.stringify(await source.exportAll(BASE + DAY)));
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, schema: RECORD_SCHEMA, exportedAt: BASE + DAY });

    const target = make();
    expect(await target.importRecords(exported)).toEqual({ imported: 2, skipped: 0, errors: [] });
    const strip = (r: PauseRecord) => ({ ...r, id: 0 });
    expect((await target.query()).map(strip)).toEqual(exported.records.map(strip));
  });

  it('skips records already in the log when the same file is imported twice', async () => {
    const log = make();
    await log.addPause(pause());
    const file = await log.exportAll();
    expect(await log.importRecords(file)).toEqual({ imported: 0, skipped: 1, errors: [] });
    expect(await log.query()).toHaveLength(1);
  });

  it('drops draft text from an import when drafts are not kept', async () => {
    const log = make();
    const file = { format: EXPORT_FORMAT, schema: 2, exportedAt: 0, records: [{ ...pause({ text: 'private' }), id: 7, schema: 2 }] };
    expect((await log.importRecords(file, { keepDrafts: false })).imported).toBe(1);
    expect((await log.query())[0]?.text).toBeUndefined();
  });

  it('reads records from a schema-1 file, where categories were a comma string', async () => {
    const log = make();
    const v1 = { ...pause(), categories: 'excuse,non-apology', ruleIds: 'excuse.sorry-but', id: 3 };
    expect(await log.importRecords([v1])).toEqual({ imported: 1, skipped: 0, errors: [] });
    expect((await log.query())[0]).toMatchObject({ categories: ['excuse', 'non-apology'], ruleIds: ['excuse.sorry-but'], schema: 2 });
  });

  it.each([
    ['a file that is not an export', { hello: 'world' }, /not a Mindful Send export/],
    ['a record with an unknown outcome', [{ ...pause(), schema: 2 }, { ...pause({ at: BASE + 1 }), outcome: 'lost', schema: 2 }], /Record 2: outcome/],
    ['a record that is not an object', [{ ...pause(), schema: 2 }, 'nope'], /Record 2/],
    ['a record from a newer version', [{ ...pause(), schema: 99 }], /newer version/],
  ])('refuses %s and keeps the log exactly as it was', async (_label, data, message) => {
    const log = make();
    const existing = await log.addPause(pause({ at: BASE - DAY }));
    const before = await log.query();
    const result = await log.importRecords(data);
    expect(result.imported).toBe(0);
    expect(result.errors.join(' ')).toMatch(message);
    expect(await log.query()).toEqual(before);
    expect(before.map((r) => r.id)).toEqual([existing]);
  });

  it('deletes one pause or all of them', async () => {
    const log = make();
    const a = await log.addPause(pause());
    const b = await log.addPause(pause({ at: BASE + 1 }));
    expect(await log.deleteOne(a)).toBe(true);
    expect((await log.query()).map((r) => r.id)).toEqual([b]);
    await log.deleteAll();
    expect(await log.recent(10)).toEqual([]);
  });
});

describe('localDay', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0).getTime(), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59).getTime(), '2026-12-31'],
  ])('names the local calendar day of %d', (ms, day) => {
    expect(localDay(ms)).toBe(day);
  });
});

describe('daysBetween', () => {
  it.each([
    [new Date(2026, 0, 30, 23).getTime(), new Date(2026, 1, 2, 1).getTime(), ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']],
    [new Date(2026, 2, 28, 0).getTime(), new Date(2026, 2, 30, 0).getTime(), ['2026-03-28', '2026-03-29', '2026-03-30']],
    [new Date(2026, 5, 1, 8).getTime(), new Date(2026, 5, 1, 9).getTime(), ['2026-06-01']],
  ])('lists each local day once from %d to %d', (since, until, days) => {
    expect(daysBetween(since, until)).toEqual(days);
  });
});
