import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMA } from '../../lib/log/schema';
import type { UnsavedRecord } from '../../lib/log/store';
import { BASE, DAY, pause, STORES } from './helpers';

const rec = (o: Parameters<typeof pause>[0] = {}): UnsavedRecord => ({ ...pause(o), schema: RECORD_SCHEMA });

describe.each(STORES)('PauseStore contract: %s', (_name, make) => {
  it('gives each added record a new id and returns it unchanged', async () => {
    const store = make();
    const a = await store.add(rec());
    const b = await store.add(rec({ site: 'slack', host: 'app.slack.com' }));
    expect(a).not.toBe(b);
    expect(await store.get(a)).toEqual({ ...rec(), id: a });
    expect((await store.get(b))?.site).toBe('slack');
    expect(await store.get(9999)).toBeUndefined();
  });

  it('updates only the fields in the patch, and reports a missing record', async () => {
    const store = make();
    const id = await store.add(rec());
    expect(await store.update(id, { outcome: 'edited', pausedMs: 1500 })).toBe(true);
    expect(await store.get(id)).toMatchObject({ id, outcome: 'edited', pausedMs: 1500, site: 'whatsapp' });
    expect(await store.update(id + 100, { outcome: 'edited' })).toBe(false);
  });

  it.each([
    [{}, [0, 1, 2, 3]],
    [{ since: BASE + DAY }, [1, 2, 3]],
    [{ until: BASE + 2 * DAY }, [0, 1]],
    [{ since: BASE + DAY, until: BASE + 3 * DAY }, [1, 2]],
    [{ site: 'slack' }, [1, 3]],
    [{ outcome: 'sent-anyway' as const }, [2]],
    [{ site: 'slack', outcome: 'edited' as const, since: BASE }, [3]],
    [{ since: BASE + 5 * DAY, until: BASE }, []],
  ])('queries %o oldest first', async (q, expected) => {
    const store = make();
    const fixtures = [
      rec({ at: BASE }),
      rec({ at: BASE + DAY, site: 'slack' }),
      rec({ at: BASE + 2 * DAY, outcome: 'sent-anyway' }),
      rec({ at: BASE + 3 * DAY, site: 'slack', outcome: 'edited' }),
    ];
    // Added out of order: the query must sort by time, not by id.
    const ids: number[] = [];
    for (const i of [2, 0, 3, 1]) ids[i] = await store.add(fixtures[i]!);
    const got = await store.query(q);
    expect(got.map((r) => r.id)).toEqual(expected.map((i) => ids[i]));
  });

  it('lists the newest records first, up to the limit', async () => {
    const store = make();
    const old = await store.add(rec({ at: BASE }));
    const newest = await store.add(rec({ at: BASE + 2 * DAY }));
    const middle = await store.add(rec({ at: BASE + DAY }));
    expect((await store.newest(2)).map((r) => r.id)).toEqual([newest, middle]);
    expect((await store.newest(10)).map((r) => r.id)).toEqual([newest, middle, old]);
    expect(await store.newest(0)).toEqual([]);
  });

  it('adds a batch with ids in order', async () => {
    const store = make();
    const ids = await store.addMany([rec({ at: BASE }), rec({ at: BASE + 1 })]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(await store.count()).toBe(2);
  });

  it('keeps nothing from a batch when one record cannot be stored', async () => {
    const store = make();
    const before = await store.add(rec());
    const unstorable = { ...rec({ at: BASE + 2 }), callback: () => 1 } as unknown as UnsavedRecord;
    await expect(store.addMany([rec({ at: BASE + 1 }), unstorable])).rejects.toThrow();
    expect((await store.query()).map((r) => r.id)).toEqual([before]);
  });

  it('deletes one record or all of them', async () => {
    const store = make();
    const a = await store.add(rec());
    const b = await store.add(rec({ at: BASE + 1 }));
    expect(await store.delete(a)).toBe(true);
    expect(await store.delete(a)).toBe(false);
    expect((await store.query()).map((r) => r.id)).toEqual([b]);
    await store.clear();
    expect(await store.count()).toBe(0);
  });

  it('hands out copies, so changing a returned record changes nothing stored', async () => {
    const store = make();
    const id = await store.add(rec());
    const got = await store.get(id);
    got!.categories.push('contempt');
    expect((await store.get(id))?.categories).toEqual(['non-apology']);
  });
});
