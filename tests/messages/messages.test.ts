import { describe, expect, it } from 'vitest';
import { isAllowedSender, parseMessage, parseOrigin, type Message } from '../../lib/messages';
import { pause } from '../log/helpers';

describe('parseMessage', () => {
  it.each<[string, unknown, Message]>([
    ['a pause to record', { type: 'pause.record', pause: pause() }, { type: 'pause.record', pause: pause() }],
    ['an outcome', { type: 'pause.outcome', id: 4, outcome: 'edited', pausedMs: 1200 }, { type: 'pause.outcome', id: 4, outcome: 'edited', pausedMs: 1200 }],
    ['recent pauses', { type: 'log.recent', limit: 5 }, { type: 'log.recent', limit: 5 }],
    ['the popup overview', { type: 'log.overview', limit: 5, since: 1000 }, { type: 'log.overview', limit: 5, since: 1000 }],
    ['a query', { type: 'log.query', site: 'slack', outcome: 'sent-anyway', since: 0 }, { type: 'log.query', site: 'slack', outcome: 'sent-anyway', since: 0 }],
    ['stats without range', { type: 'log.stats' }, { type: 'log.stats' }],
    ['an export', { type: 'log.export', extra: 1 }, { type: 'log.export' }],
    ['an import', { type: 'log.import', data: [] }, { type: 'log.import', data: [] }],
    ['delete all', { type: 'log.delete' }, { type: 'log.delete' }],
    ['delete one', { type: 'log.delete', id: 3 }, { type: 'log.delete', id: 3 }],
    ['enable a site', { type: 'sites.enable', origin: 'https://chat.example.org' }, { type: 'sites.enable', origin: 'https://chat.example.org' }],
    ['disable a site with a port', { type: 'sites.disable', origin: 'http://localhost:8080' }, { type: 'sites.disable', origin: 'http://localhost:8080' }],
  ])('accepts %s', (_label, raw, expected) => {
    expect(parseMessage(raw)).toEqual(expected);
  });

  it('drops fields it does not know from a pause', () => {
    const msg = parseMessage({ type: 'pause.record', pause: { ...pause(), evil: '<img>' } });
    expect(msg?.type === 'pause.record' && 'evil' in msg.pause).toBe(false);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'pause.record'],
    ['an unknown type', { type: 'log.drop' }],
    ['a pause with an unknown category', { type: 'pause.record', pause: { ...pause(), categories: ['mean'] } }],
    ['a pause with an html site id', { type: 'pause.record', pause: { ...pause(), site: '<b>x</b>' } }],
    ['a pause with a huge draft', { type: 'pause.record', pause: { ...pause(), text: 'x'.repeat(20_001) } }],
    ['a pause with text as a number', { type: 'pause.record', pause: { ...pause(), text: 5 } }],
    ['a pause with fractional chars', { type: 'pause.record', pause: { ...pause(), chars: 1.5 } }],
    ['a pause with a severity of 0', { type: 'pause.record', pause: { ...pause(), severity: 0 } }],
    ['an outcome with id 0', { type: 'pause.outcome', id: 0, outcome: 'edited', pausedMs: 0 }],
    ['an outcome with an id as text', { type: 'pause.outcome', id: '4', outcome: 'edited', pausedMs: 0 }],
    ['an outcome that is unknown', { type: 'pause.outcome', id: 4, outcome: 'deleted', pausedMs: 0 }],
    ['an outcome with a negative pause', { type: 'pause.outcome', id: 4, outcome: 'edited', pausedMs: -5 }],
    ['an outcome with a two-day pause', { type: 'pause.outcome', id: 4, outcome: 'edited', pausedMs: 2 * 86_400_000 }],
    ['recent with a huge limit', { type: 'log.recent', limit: 10_000 }],
    ['recent with no limit', { type: 'log.recent' }],
    ['a query with a bad outcome', { type: 'log.query', outcome: 'x' }],
    ['a query with a fractional time', { type: 'log.query', since: 1.5 }],
    ['stats with a time as text', { type: 'log.stats', since: 'yesterday' }],
    ['an import with no data', { type: 'log.import' }],
    ['delete with a negative id', { type: 'log.delete', id: -1 }],
    ['enable with a path', { type: 'sites.enable', origin: 'https://example.org/chat' }],
    ['enable a file url', { type: 'sites.enable', origin: 'file:///etc' }],
    ['enable a javascript url', { type: 'sites.enable', origin: 'javascript:alert(1)' }],
    ['enable with no origin', { type: 'sites.enable' }],
  ])('ignores %s', (_label, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

describe('parseOrigin', () => {
  it.each([
    ['https://web.whatsapp.com', 'https://web.whatsapp.com'],
    ['https://web.whatsapp.com/', null],
    ['HTTPS://web.whatsapp.com', null],
    ['chrome-extension://abc', null],
    ['not a url', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseOrigin(raw)).toBe(expected);
  });
});

describe('isAllowedSender', () => {
  const self = { id: 'ext-id', url: 'chrome-extension://ext-id/' };
  const contentScript = { id: 'ext-id', url: 'https://web.whatsapp.com/', tab: { id: 3 } as never };
  const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
  const dashboardTab = { id: 'ext-id', url: 'chrome-extension://ext-id/dashboard.html', tab: { id: 9 } as never };
  const otherExtension = { id: 'other', url: 'chrome-extension://other/page.html' };
  const lookalike = { id: 'ext-id', url: 'https://chrome-extension.evil/ext-id/', tab: { id: 4 } as never };

  const record = parseMessage({ type: 'pause.record', pause: pause() })!;
  const outcome = parseMessage({ type: 'pause.outcome', id: 1, outcome: 'edited', pausedMs: 0 })!;
  const exportAll = parseMessage({ type: 'log.export' })!;
  const deleteAll = parseMessage({ type: 'log.delete' })!;
  const enable = parseMessage({ type: 'sites.enable', origin: 'https://a.example' })!;

  it.each([
    ['content script records a pause', record, contentScript, true],
    ['content script sets an outcome', outcome, contentScript, true],
    ['content script reads the log', exportAll, contentScript, false],
    ['content script deletes the log', deleteAll, contentScript, false],
    ['content script turns a site on', enable, contentScript, false],
    ['a page posing with our url in its path', exportAll, lookalike, false],
    ['popup exports', exportAll, popup, true],
    ['dashboard in a tab deletes', deleteAll, dashboardTab, true],
    ['popup records a pause', record, popup, true],
    ['another extension records a pause', record, otherExtension, false],
    ['another extension exports', exportAll, otherExtension, false],
    ['a sender without id', exportAll, { url: popup.url }, false],
  ])('%s → %s', (_label, msg, sender, allowed) => {
    expect(isAllowedSender(msg, sender, self)).toBe(allowed);
  });
});
