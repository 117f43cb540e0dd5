import { describe, expect, it } from 'vitest';
import { createHandler, type SiteRegistrar } from '../../lib/background/handlers';
import { createMessageListener } from '../../lib/background/listener';
import { createMemoryStore } from '../../lib/log/memory-store';
import { createPauseLog } from '../../lib/log/pause-log';
import { DEFAULT_SETTINGS } from '../../lib/settings/types';
import { BASE, pause } from '../log/helpers';

function setup(keepDrafts = false) {
  const log = createPauseLog(createMemoryStore());
  const calls: string[] = [];
  const sites: SiteRegistrar = {
    async enable(origin) {
      calls.push(`enable ${origin}`);
      return { ok: true };
    },
    async disable(origin) {
      calls.push(`disable ${origin}`);
      return { ok: true };
    },
  };
  const handle = createHandler({ log, getSettings: async () => ({ ...DEFAULT_SETTINGS, keepDrafts }), sites });
  return { log, handle, calls };
}

describe('background handlers', () => {
  it.each([
    [false, undefined],
    [true, 'I am sorry you feel that way'],
  ])('with keepDrafts %s stores the draft text as %s', async (keepDrafts, stored) => {
    const { log, handle } = setup(keepDrafts);
    const res = await handle({ type: 'pause.record', pause: pause({ text: 'I am sorry you feel that way' }) });
    expect(res).toHaveProperty('id');
    expect((await log.recent(1))[0]?.text).toBe(stored);
  });

  it('records, updates and lists pauses', async () => {
    const { handle } = setup();
    const { id } = (await handle({ type: 'pause.record', pause: pause() })) as { id: number };
    expect(await handle({ type: 'pause.outcome', id, outcome: 'sent-anyway', pausedMs: 800 })).toEqual({ ok: true });
    const overview = await handle({ type: 'log.overview', limit: 5, since: BASE - 1 });
    expect(overview).toMatchObject({ records: [{ id, outcome: 'sent-anyway' }], stats: { total: 1 } });
  });

  it('deletes one or all and says how many', async () => {
    const { handle } = setup();
    const a = (await handle({ type: 'pause.record', pause: pause() })) as { id: number };
    await handle({ type: 'pause.record', pause: pause({ at: BASE + 1 }) });
    await handle({ type: 'pause.record', pause: pause({ at: BASE + 2 }) });
    expect(await handle({ type: 'log.delete', id: a.id })).toEqual({ deleted: 1 });
    expect(await handle({ type: 'log.delete', id: a.id })).toEqual({ deleted: 0 });
    expect(await handle({ type: 'log.delete' })).toEqual({ deleted: 2 });
  });

  it('passes site changes to the registrar', async () => {
    const { handle, calls } = setup();
    await handle({ type: 'sites.enable', origin: 'https://chat.example.org' });
    await handle({ type: 'sites.disable', origin: 'https://chat.example.org' });
    expect(calls).toEqual(['enable https://chat.example.org', 'disable https://chat.example.org']);
  });

  it('answers with an error instead of throwing when the log fails', async () => {
    const { log, handle } = setup();
    log.recent = async () => {
      throw new Error('disk full');
    };
    expect(await handle({ type: 'log.recent', limit: 3 })).toEqual({ error: 'disk full' });
  });
});

describe('message listener', () => {
  const self = () => ({ id: 'me', url: 'chrome-extension://me/' });
  const run = async (raw: unknown, sender: object) => {
    const { handle, log } = setup();
    const listener = createMessageListener(handle, self);
    let answer: unknown;
    const done = new Promise<void>((resolve) => {
      const kept = listener(raw, sender, (r) => {
        answer = r;
        resolve();
      });
      if (kept !== true) resolve();
    });
    await done;
    return { answer, stored: await log.recent(10) };
  };

  it('answers a valid message from the content script', async () => {
    const { answer, stored } = await run({ type: 'pause.record', pause: pause() }, { id: 'me', url: 'https://x.example/', tab: { id: 1 } });
    expect(answer).toEqual({ id: stored[0]?.id });
  });

  it.each([
    ['a malformed message', { type: 'pause.record', pause: { at: 'now' } }, { id: 'me', tab: { id: 1 } }],
    ['a message from another extension', { type: 'pause.record', pause: pause() }, { id: 'someone', tab: { id: 1 } }],
    ['an export asked for by a page', { type: 'log.export' }, { id: 'me', url: 'https://x.example/', tab: { id: 1 } }],
  ])('ignores %s without answering', async (_label, raw, sender) => {
    const { answer, stored } = await run(raw, sender);
    expect(answer).toBeUndefined();
    expect(stored).toEqual([]);
  });
});
