import type { AppClient } from '../../../components/common/app-client';
import { createHandler } from '../../../lib/background/handlers';
import { createMemoryStore } from '../../../lib/log/memory-store';
import { createPauseLog } from '../../../lib/log/pause-log';
import type { NewPause } from '../../../lib/log/types';
import { isErrorResponse, parseMessage, type Send } from '../../../lib/messages';
import { normalizeSettings } from '../../../lib/settings';
import type { Settings } from '../../../lib/settings/types';

export interface FakeOptions {
  url?: string;
  settings?: Partial<Settings>;
  pauses?: NewPause[];
  now?: number;
  /** Answer of the permission prompt. */
  grant?: boolean;
}

/**
 * An AppClient over the real background handlers and an in-memory log, so component tests go
 * through the same message validation and log code as the extension.
 */
export async function createFakeClient(options: FakeOptions = {}) {
  const log = createPauseLog(createMemoryStore());
  for (const p of options.pauses ?? []) {
    const id = await log.addPause({ ...p, outcome: 'abandoned' });
    if (p.outcome !== 'abandoned') await log.setOutcome(id, p.outcome, p.pausedMs);
  }
  let settings = normalizeSettings(options.settings ?? {});
  const watchers = new Set<(s: Settings) => void>();
  const calls: string[] = [];
  const copied: string[] = [];
  const saved: { name: string; contents: string }[] = [];
  const setSettings = (patch: Partial<Settings>) => {
    settings = normalizeSettings({ ...settings, ...patch });
    for (const w of watchers) w(settings);
    return settings;
  };
  const handle = createHandler({
    log,
    getSettings: async () => settings,
    sites: {
      async enable(origin) {
        calls.push(`sites.enable ${origin}`);
        setSettings({ extraHosts: [...settings.extraHosts, new URL(origin).host] });
        return { ok: true };
      },
      async disable(origin) {
        calls.push(`sites.disable ${origin}`);
        setSettings({ extraHosts: settings.extraHosts.filter((h) => h !== new URL(origin).host) });
        return { ok: true };
      },
    },
  });
  // Like runtime messaging: the message is cloned and validated on the way.
  const send = (async (msg) => {
    const parsed = parseMessage(structuredClone(msg));
    if (!parsed) throw new Error(`fake: message refused ${JSON.stringify(msg)}`);
    const res = await handle(parsed);
    if (isErrorResponse(res)) throw new Error(res.error);
    return structuredClone(res);
  }) as Send;

  const client: AppClient = {
    send,
    settings: {
      get: async () => settings,
      update: async (patch) => setSettings(patch),
      watch(cb) {
        watchers.add(cb);
        return () => watchers.delete(cb);
      },
    },
    currentTabUrl: async () => options.url,
    requestOrigin: async (origin) => {
      calls.push(`permission ${origin}`);
      return options.grant ?? true;
    },
    openDashboard: () => calls.push('open dashboard'),
    copyText: async (text) => {
      copied.push(text);
    },
    loadAnalyze: async () => (await import('../../../lib/checker')).analyze,
    saveFile: (name, contents) => saved.push({ name, contents }),
    now: () => options.now ?? Date.now(),
  };
  return { client, log, calls, copied, saved, settings: () => settings };
}
