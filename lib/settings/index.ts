import { browser } from 'wxt/browser';
import type { Sensitivity } from '../checker/types';
import { DEFAULT_SETTINGS, type Settings } from './types';

export { DEFAULT_SETTINGS, type Settings } from './types';

export const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];
export const PAUSE_SECONDS = { min: 0, max: 10 } as const;
const MAX_HOSTS = 500;
const HOST_RE = /^[a-z0-9.-]+(:\d{1,5})?$/;

// storage.local rather than storage.sync: sync would copy the user's site list to the browser
// vendor's servers, and Mindful Send keeps everything on this device. Plain browser.storage (not WXT's
// storage wrapper) because the content script reads this on every messenger page and must stay small.
const KEY = 'settings';

async function readStored(): Promise<unknown> {
  const got = await browser.storage.local.get(KEY);
  return got[KEY];
}

function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value
    .filter((h): h is string => typeof h === 'string')
    .map(normalizeHost)
    .filter((h) => h.length > 0 && h.length <= 260 && HOST_RE.test(h));
  return [...new Set(hosts)].slice(0, MAX_HOSTS);
}

export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** Any stored value → valid settings: unknown keys dropped, each field checked and clamped,
 * anything unusable replaced by its default. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const seconds = typeof r.pauseSeconds === 'number' && Number.isFinite(r.pauseSeconds) ? r.pauseSeconds : DEFAULT_SETTINGS.pauseSeconds;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    sensitivity: SENSITIVITIES.includes(r.sensitivity as Sensitivity) ? (r.sensitivity as Sensitivity) : DEFAULT_SETTINGS.sensitivity,
    pauseSeconds: Math.round(Math.min(PAUSE_SECONDS.max, Math.max(PAUSE_SECONDS.min, seconds))),
    pauseEverySend: typeof r.pauseEverySend === 'boolean' ? r.pauseEverySend : DEFAULT_SETTINGS.pauseEverySend,
    keepDrafts: typeof r.keepDrafts === 'boolean' ? r.keepDrafts : DEFAULT_SETTINGS.keepDrafts,
    disabledHosts: hostList(r.disabledHosts),
    extraHosts: hostList(r.extraHosts),
  };
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await readStored());
}

// Read-modify-write in order, so two quick toggles do not overwrite each other.
let pending: Promise<unknown> = Promise.resolve();

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = pending.then(async () => {
    const next = normalizeSettings({ ...(await getSettings()), ...patch });
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** Calls `cb` with the new settings whenever they change anywhere; returns the unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(normalizeSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether Mindful Send should run on a page with this `location.host`. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledHosts.includes(normalizeHost(host));
}

/** Turns one host off (or back on) without touching the others. */
export function withHostDisabled(settings: Settings, host: string, disabled: boolean): Partial<Settings> {
  const h = normalizeHost(host);
  const others = settings.disabledHosts.filter((x) => x !== h);
  return { disabledHosts: disabled ? [...others, h] : others };
}
