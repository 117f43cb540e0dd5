import { browser } from 'wxt/browser';
import { getSettings, normalizeHost, updateSettings } from '../settings';
import type { Settings } from '../settings/types';
import type { SiteRegistrar } from './handlers';

type ScriptFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/** Ids of the content scripts registered for hosts the user turned on. */
export const EXTRA_SCRIPT_PREFIX = 'mindful-extra:';

/** Chrome ignores the port in match patterns, and Firefox refuses one: match the host name on any port. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

function scriptId(host: string): string {
  return EXTRA_SCRIPT_PREFIX + normalizeHost(host);
}

/** The messenger content script's files, read from the built manifest so the names never drift. */
function contentScriptFiles(): { js: string[]; css: string[] } {
  const first = browser.runtime.getManifest().content_scripts?.[0];
  return { js: first?.js ?? [], css: first?.css ?? [] };
}

async function register(origin: string): Promise<void> {
  const host = new URL(origin).host;
  const id = scriptId(host);
  const { js, css } = contentScriptFiles();
  if (!js.length) throw new Error('The content script is missing from this build.');
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [originPattern(origin)], js, ...(css.length ? { css } : {}), runAt: 'document_idle' },
  ]);
}

async function unregister(host: string): Promise<void> {
  const id = scriptId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** Runs the content script in tabs already open on the origin, so no reload is needed. */
async function injectIntoOpenTabs(origin: string): Promise<void> {
  const { js } = contentScriptFiles();
  const tabs = await browser.tabs.query({ url: originPattern(origin) });
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.url !== undefined && new URL(tab.url).origin === origin)
      .map((tab) => browser.scripting.executeScript({ target: { tabId: tab.id! }, files: js as ScriptFiles }).catch(() => undefined)),
  );
}

export function createSiteRegistrar(): SiteRegistrar {
  return {
    async enable(origin) {
      const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
      if (!granted) return { ok: false, error: 'Mindful Send was not given access to this site.' };
      await register(origin);
      const host = normalizeHost(new URL(origin).host);
      const settings = await getSettings();
      await updateSettings({
        extraHosts: [...settings.extraHosts.filter((h) => h !== host), host],
        disabledHosts: settings.disabledHosts.filter((h) => h !== host),
      });
      await injectIntoOpenTabs(origin).catch(() => undefined);
      return { ok: true };
    },
    async disable(origin) {
      const host = normalizeHost(new URL(origin).host);
      await unregister(host);
      const settings = await getSettings();
      await updateSettings({ extraHosts: settings.extraHosts.filter((h) => h !== host) });
      // Give the access back too: the person turned the site off, so we should not keep it.
      await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
      return { ok: true };
    },
  };
}

/**
 * Brings the registered scripts in line with settings.extraHosts at start-up (Firefox may not
 * keep registrations across restarts) and drops hosts whose access was taken away.
 */
export async function syncExtraScripts(settings: Settings): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const wanted = new Set(settings.extraHosts.map(scriptId));
  const stale = registered.map((s) => s.id).filter((id) => id.startsWith(EXTRA_SCRIPT_PREFIX) && !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const lost: string[] = [];
  for (const host of settings.extraHosts) {
    // Scheme is not stored with the host; https is what a messenger uses, http covers local pages.
    const candidates = [`https://${host}`, `http://${host}`];
    let ok = false;
    for (const origin of candidates) {
      if (await browser.permissions.contains({ origins: [originPattern(origin)] })) {
        await register(origin);
        ok = true;
        break;
      }
    }
    if (!ok) lost.push(host);
  }
  if (lost.length) await updateSettings({ extraHosts: settings.extraHosts.filter((h) => !lost.includes(h)) });
}
