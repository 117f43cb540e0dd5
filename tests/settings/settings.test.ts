import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isActiveOn,
  normalizeSettings,
  updateSettings,
  watchSettings,
  withHostDisabled,
} from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('normalizeSettings', () => {
  it.each([
    ['nothing stored', undefined, {}],
    ['pause too long', { pauseSeconds: 60 }, { pauseSeconds: 10 }],
    ['negative pause', { pauseSeconds: -3 }, { pauseSeconds: 0 }],
    ['fractional pause', { pauseSeconds: 2.6 }, { pauseSeconds: 3 }],
    ['pause not a number', { pauseSeconds: 'long' }, { pauseSeconds: 3 }],
    ['NaN pause', { pauseSeconds: Number.NaN }, { pauseSeconds: 3 }],
    ['unknown sensitivity', { sensitivity: 'harsh' }, { sensitivity: 'balanced' }],
    ['strict sensitivity', { sensitivity: 'strict' }, { sensitivity: 'strict' }],
    ['keepDrafts as a string', { keepDrafts: 'yes' }, { keepDrafts: false }],
    ['hosts with junk', { disabledHosts: ['Slack.COM', 'slack.com', 3, 'bad host', ''] }, { disabledHosts: ['slack.com'] }],
    ['extra host with port', { extraHosts: ['localhost:8080'] }, { extraHosts: ['localhost:8080'] }],
  ])('fixes %s', (_label, raw, expected) => {
    expect(normalizeSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  it('drops keys it does not know', () => {
    expect(normalizeSettings({ spy: true })).not.toHaveProperty('spy');
  });
});

describe('stored settings', () => {
  it('starts from the defaults, with drafts not kept', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.keepDrafts).toBe(false);
  });

  it('saves a patch clamped and keeps the other fields', async () => {
    await updateSettings({ sensitivity: 'gentle' });
    const saved = await updateSettings({ pauseSeconds: 99 });
    expect(saved).toMatchObject({ sensitivity: 'gentle', pauseSeconds: 10 });
    expect(await getSettings()).toEqual(saved);
  });

  it('applies quick successive updates in order without losing one', async () => {
    await Promise.all([
      updateSettings({ keepDrafts: true }),
      updateSettings({ pauseEverySend: true }),
      updateSettings({ pauseSeconds: 7 }),
    ]);
    expect(await getSettings()).toMatchObject({ keepDrafts: true, pauseEverySend: true, pauseSeconds: 7 });
  });

  it('tells watchers about changes, already validated', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.pauseSeconds));
    await updateSettings({ pauseSeconds: 5 });
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, pauseSeconds: 40 } });
    unwatch();
    await updateSettings({ pauseSeconds: 1 });
    expect(seen).toEqual([5, 10]);
  });
});

describe('isActiveOn', () => {
  it.each([
    ['a normal host', {}, 'web.whatsapp.com', true],
    ['a host turned off', { disabledHosts: ['web.whatsapp.com'] }, 'web.whatsapp.com', false],
    ['another host while one is off', { disabledHosts: ['app.slack.com'] }, 'web.whatsapp.com', true],
    ['upper-case host turned off', { disabledHosts: ['web.whatsapp.com'] }, 'WEB.whatsapp.com', false],
    ['anything when switched off', { enabled: false }, 'web.whatsapp.com', false],
  ])('%s', (_label, patch, host, active) => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, ...patch }, host)).toBe(active);
  });

  it('turns one host off and back on', () => {
    const off = { ...DEFAULT_SETTINGS, ...withHostDisabled(DEFAULT_SETTINGS, 'discord.com', true) };
    expect(isActiveOn(off, 'discord.com')).toBe(false);
    const on = { ...off, ...withHostDisabled(off, 'discord.com', false) };
    expect(isActiveOn(on, 'discord.com')).toBe(true);
  });
});
