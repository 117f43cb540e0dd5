import { describe, expect, it } from 'vitest';
import { createHandler, MAX_FINDINGS_SENT } from '../../lib/background/handlers';
import { analyze } from '../../lib/checker';
import { createMemoryStore } from '../../lib/log/memory-store';
import { createPauseLog } from '../../lib/log/pause-log';
import { isAllowedSender, MAX_DRAFT_CHARS, parseMessage } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings/types';

const handle = createHandler({
  log: createPauseLog(createMemoryStore()),
  getSettings: async () => DEFAULT_SETTINGS,
  sites: { enable: async () => ({ ok: true }), disable: async () => ({ ok: true }) },
});
const self = { id: 'ext', url: 'chrome-extension://ext/' };

describe('check.analyze: drafts checked by the background', () => {
  it.each([
    [{ type: 'check.analyze', text: 'hi', sensitivity: 'balanced' }, true],
    [{ type: 'check.analyze', text: 'hi', sensitivity: 'loud' }, false],
    [{ type: 'check.analyze', text: 42, sensitivity: 'strict' }, false],
    [{ type: 'check.analyze', sensitivity: 'gentle' }, false],
    [{ type: 'check.analyze', text: 'x'.repeat(MAX_DRAFT_CHARS + 1), sensitivity: 'gentle' }, false],
  ])('accepts only a string draft and a known sensitivity (%#)', (raw, ok) => {
    expect(parseMessage(raw) !== null).toBe(ok);
  });

  it('keeps only the fields it knows', () => {
    expect(parseMessage({ type: 'check.analyze', text: 'hi', sensitivity: 'strict', extra: 1 })).toEqual({ type: 'check.analyze', text: 'hi', sensitivity: 'strict' });
  });

  it('answers content scripts of this extension and its own pages, never other senders', () => {
    const msg = parseMessage({ type: 'check.analyze', text: 'hi', sensitivity: 'balanced' })!;
    expect(isAllowedSender(msg, { id: 'ext', tab: { id: 1 } as never, url: 'https://web.whatsapp.com/' }, self)).toBe(true);
    expect(isAllowedSender(msg, { id: 'ext', url: 'chrome-extension://ext/popup.html' }, self)).toBe(true);
    expect(isAllowedSender(msg, { id: 'other', tab: { id: 1 } as never, url: 'https://evil.example/' }, self)).toBe(false);
  });

  it('answers with what analyze() finds, at the asked sensitivity', async () => {
    const text = "I'm sorry you feel that way. whatever";
    for (const sensitivity of ['gentle', 'balanced', 'strict'] as const) {
      expect(await handle({ type: 'check.analyze', text, sensitivity })).toEqual({ analysis: analyze(text, { sensitivity }) });
    }
  });

  it('sends a page at most a few hundred findings for a huge paste, and every category found', async () => {
    const text = "you're overreacting. we were both yelling. ".repeat(2000);
    const full = analyze(text);
    expect(full.findings.length).toBeGreaterThan(MAX_FINDINGS_SENT);
    const res = (await handle({ type: 'check.analyze', text, sensitivity: 'balanced' })) as { analysis: typeof full };
    expect(res.analysis.findings).toEqual(full.findings.slice(0, MAX_FINDINGS_SENT));
    expect(res.analysis.categories).toEqual(full.categories);
  });
});
