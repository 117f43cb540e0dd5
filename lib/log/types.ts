import type { CategoryId, Severity } from '../checker/types';

export type PauseOutcome = 'edited' | 'applied-reframe' | 'sent-anyway' | 'abandoned';

export const PAUSE_OUTCOMES: readonly PauseOutcome[] = ['edited', 'applied-reframe', 'sent-anyway', 'abandoned'];

/** One record per pause (DESIGN.md). */
export interface PauseRecord {
  id: number;
  /** ms since epoch */
  at: number;
  /** adapter id */
  site: string;
  host: string;
  categories: CategoryId[];
  ruleIds: string[];
  /** highest severity among the findings */
  severity: Severity;
  outcome: PauseOutcome;
  pausedMs: number;
  chars: number;
  /** only when the user opted in to keeping drafts */
  text?: string;
  schema: number;
}

/** What a content script sends when a pause starts; the background adds id, schema and stores it. */
export type NewPause = Omit<PauseRecord, 'id' | 'schema'>;
