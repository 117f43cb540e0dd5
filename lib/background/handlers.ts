import { analyze } from '../checker';
import type { PauseLog } from '../log/pause-log';
import type { ErrorResponse, Message, Responses } from '../messages';
import type { Settings } from '../settings/types';

export interface SiteRegistrar {
  enable(origin: string): Promise<{ ok: boolean; error?: string }>;
  disable(origin: string): Promise<{ ok: boolean }>;
}

export interface HandlerDeps {
  log: PauseLog;
  getSettings(): Promise<Settings>;
  sites: SiteRegistrar;
}

/** At most this many findings go back to a page for one draft. */
export const MAX_FINDINGS_SENT = 300;

export type Handle = <M extends Message>(msg: M) => Promise<Responses[M['type']] | ErrorResponse>;

/** Answers one (already validated and sender-checked) message. */
export function createHandler({ log, getSettings, sites }: HandlerDeps): Handle {
  async function answer(msg: Message): Promise<Responses[Message['type']]> {
    switch (msg.type) {
      case 'check.analyze': {
        // Drafts are checked here, off the page's main thread; the text is not kept.
        const analysis = analyze(msg.text, { sensitivity: msg.sensitivity });
        // A huge paste can have thousands of findings; the page gets the first ones (cards, badge panel,
        // highlights), not megabytes of copies of the same advice to parse on its main thread.
        if (analysis.findings.length > MAX_FINDINGS_SENT) analysis.findings = analysis.findings.slice(0, MAX_FINDINGS_SENT);
        return { analysis };
      }
      case 'pause.record': {
        // Draft text is kept only when the person opted in; whatever the sender says.
        const { keepDrafts } = await getSettings();
        const { text, ...rest } = msg.pause;
        const pause = keepDrafts && text !== undefined ? { ...rest, text } : rest;
        return { id: await log.addPause(pause) };
      }
      case 'pause.outcome':
        return { ok: await log.setOutcome(msg.id, msg.outcome, msg.pausedMs) };
      case 'log.recent':
        return { records: await log.recent(msg.limit) };
      case 'log.overview': {
        const [records, stats] = await Promise.all([log.recent(msg.limit), log.stats({ since: msg.since })]);
        return { records, stats };
      }
      case 'log.query': {
        const { type: _type, ...q } = msg;
        return { records: await log.query(q) };
      }
      case 'log.stats':
        return { stats: await log.stats({ since: msg.since, until: msg.until }) };
      case 'log.export':
        return { data: await log.exportAll() };
      case 'log.import': {
        const { keepDrafts } = await getSettings();
        return log.importRecords(msg.data, { keepDrafts });
      }
      case 'log.delete': {
        if (msg.id !== undefined) return { deleted: (await log.deleteOne(msg.id)) ? 1 : 0 };
        const before = (await log.stats()).total;
        await log.deleteAll();
        return { deleted: before };
      }
      case 'sites.enable':
        return sites.enable(msg.origin);
      case 'sites.disable':
        return sites.disable(msg.origin);
    }
  }

  return (async (msg: Message) => {
    try {
      return await answer(msg);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }) as Handle;
}
