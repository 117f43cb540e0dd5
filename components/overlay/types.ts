import type { CategoryId, Finding, Severity } from '../../lib/checker/types.ts';

/** A rectangle in viewport coordinates (as from getBoundingClientRect). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A finding with a stable key chosen by the content script. `quote` is the flagged text
 * (draft.slice(start, end)); the checker's offsets alone cannot show it.
 */
export type KeyedFinding = Finding & { key: string; quote?: string };

export interface HighlightSpec {
  key: string;
  category: CategoryId;
  severity: Severity;
  rects: Box[];
}

export type Theme = 'light' | 'dark' | 'auto';
