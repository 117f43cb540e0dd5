import { browser, type Browser } from 'wxt/browser';
import type { ImportResult, LogExport, PauseStats } from './log/pause-log';
import type { NewPause, PauseOutcome, PauseRecord } from './log/types';
import type { Analysis, Sensitivity } from './checker/types';
import { checkNewPause, isOutcome, isPausedMs, isRecordObject, isSiteId, isTime } from './log/validate';

/**
 * Typed runtime messages between the content script / extension pages and the background,
 * the only place that touches the pause log. Everything that arrives is checked by parseMessage;
 * anything malformed is ignored.
 */
export type Message =
  | { type: 'check.analyze'; text: string; sensitivity: Sensitivity }
  | { type: 'pause.record'; pause: NewPause }
  | { type: 'pause.outcome'; id: number; outcome: PauseOutcome; pausedMs: number }
  | { type: 'log.recent'; limit: number }
  /** The popup's one round-trip: the newest pauses and the counts since `since`. */
  | { type: 'log.overview'; limit: number; since: number }
  | { type: 'log.query'; since?: number; until?: number; site?: string; outcome?: PauseOutcome }
  | { type: 'log.stats'; since?: number; until?: number }
  | { type: 'log.export' }
  | { type: 'log.import'; data: unknown }
  /** Without `id`, deletes the whole log. */
  | { type: 'log.delete'; id?: number }
  /** `origin` like 'https://chat.example.org'. */
  | { type: 'sites.enable'; origin: string }
  | { type: 'sites.disable'; origin: string };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export interface Responses {
  'check.analyze': { analysis: Analysis };
  'pause.record': { id: number };
  'pause.outcome': { ok: boolean };
  'log.recent': { records: PauseRecord[] };
  'log.overview': { records: PauseRecord[]; stats: PauseStats };
  'log.query': { records: PauseRecord[] };
  'log.stats': { stats: PauseStats };
  'log.export': { data: LogExport };
  'log.import': ImportResult;
  'log.delete': { deleted: number };
  'sites.enable': { ok: boolean; error?: string };
  'sites.disable': { ok: boolean };
}

/** What the background answers when a handler fails. */
export interface ErrorResponse {
  error: string;
}

export const MAX_LIST_LIMIT = 1000;
const MAX_ORIGIN_CHARS = 300;

const isId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0;
const optional = <T>(x: unknown, check: (v: unknown) => v is T): x is T | undefined => x === undefined || check(x);

/** 'https://host[:port]' with nothing after it, or null. */
export function parseOrigin(x: unknown): string | null {
  if (typeof x !== 'string' || x.length > MAX_ORIGIN_CHARS) return null;
  let url: URL;
  try {
    url = new URL(x);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.origin === x ? x : null;
}

function checkRange(x: Record<string, unknown>): { since?: number; until?: number } | null {
  if (!optional(x.since, isTime) || !optional(x.until, isTime)) return null;
  const out: { since?: number; until?: number } = {};
  if (x.since !== undefined) out.since = x.since;
  if (x.until !== undefined) out.until = x.until;
  return out;
}

/** Returns a well-formed message with only known fields, or null for anything else. */
export function parseMessage(x: unknown): Message | null {
  if (!isRecordObject(x) || typeof x.type !== 'string') return null;
  switch (x.type) {
    case 'check.analyze':
      return typeof x.text === 'string' && x.text.length <= MAX_DRAFT_CHARS && isSensitivity(x.sensitivity)
        ? { type: x.type, text: x.text, sensitivity: x.sensitivity }
        : null;
    case 'pause.record': {
      const checked = checkNewPause(x.pause);
      return checked.ok ? { type: x.type, pause: checked.value } : null;
    }
    case 'pause.outcome':
      return isId(x.id) && isOutcome(x.outcome) && isPausedMs(x.pausedMs)
        ? { type: x.type, id: x.id, outcome: x.outcome, pausedMs: x.pausedMs }
        : null;
    case 'log.recent':
      return isLimit(x.limit) ? { type: x.type, limit: x.limit } : null;
    case 'log.overview':
      return isLimit(x.limit) && isTime(x.since) ? { type: x.type, limit: x.limit, since: x.since } : null;
    case 'log.query': {
      const range = checkRange(x);
      if (!range || !optional(x.site, isSiteId) || !optional(x.outcome, isOutcome)) return null;
      const msg: MessageOf<'log.query'> = { type: x.type, ...range };
      if (x.site !== undefined) msg.site = x.site;
      if (x.outcome !== undefined) msg.outcome = x.outcome;
      return msg;
    }
    case 'log.stats': {
      const range = checkRange(x);
      return range ? { type: x.type, ...range } : null;
    }
    case 'log.export':
      return { type: x.type };
    case 'log.import':
      // The records themselves are checked one by one by the import.
      return 'data' in x ? { type: x.type, data: x.data } : null;
    case 'log.delete':
      return optional(x.id, isId) ? (x.id === undefined ? { type: x.type } : { type: x.type, id: x.id }) : null;
    case 'sites.enable':
    case 'sites.disable': {
      const origin = parseOrigin(x.origin);
      return origin ? { type: x.type, origin } : null;
    }
    default:
      return null;
  }
}

/** Drafts longer than this are not checked (a 4 MB draft is not a message anyone sends). */
export const MAX_DRAFT_CHARS = 4_000_000;
const SENSITIVITIES: readonly unknown[] = ['gentle', 'balanced', 'strict'];

function isSensitivity(x: unknown): x is Sensitivity {
  return SENSITIVITIES.includes(x);
}

function isLimit(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_LIST_LIMIT;
}

export interface SenderIdentity {
  /** browser.runtime.id */
  id: string;
  /** browser.runtime.getURL('/'), e.g. 'chrome-extension://abc/' */
  url: string;
}

/**
 * Web pages must never reach the log. Only our own extension may send (other extensions and
 * pages have another id); the content script may only check drafts and record pauses; reading, exporting,
 * importing, deleting and site changes come only from our own pages (popup, dashboard).
 */
export function isAllowedSender(msg: Message, sender: Browser.runtime.MessageSender, self: SenderIdentity): boolean {
  if (sender.id !== self.id) return false;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(self.url);
  if (msg.type === 'check.analyze' || msg.type === 'pause.record' || msg.type === 'pause.outcome') return fromOwnPage || sender.tab !== undefined;
  return fromOwnPage;
}

export function isErrorResponse(x: unknown): x is ErrorResponse {
  return isRecordObject(x) && typeof x.error === 'string' && Object.keys(x).length === 1;
}

export type Send = <M extends Message>(msg: M) => Promise<Responses[M['type']]>;

/** Sends a message to the background and returns its typed answer; a failed handler rejects. */
export const sendMessage: Send = async <M extends Message>(msg: M) => {
  const response: unknown = await browser.runtime.sendMessage(msg);
  if (response === undefined) throw new Error('Mindful Send’s background did not answer.');
  if (isErrorResponse(response)) throw new Error(response.error);
  return response as Responses[M['type']];
};
