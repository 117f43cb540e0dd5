import { analyze } from '../checker';
import type { Analysis, AnalyzeOptions, CategoryId, Finding, Strength } from '../checker/types';

/** Texts above this are analysed in slices, yielding to the page between them, so that pasting a very
 * long text never blocks typing (the checker is linear, but 1 MB is still more than a frame). */
export const SLICE_CHARS = 4_000;
/** Slices run back to back until this much time has gone, then the page gets a turn. */
const TASK_BUDGET_MS = 8;

/** Split points at line or sentence ends so no sentence is cut in two (the checker judges sentences). */
export function sliceBounds(text: string, size = SLICE_CHARS): number[] {
  const bounds = [0];
  let from = 0;
  while (text.length - from > size) {
    const limit = from + size;
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= from) cut = lastSentenceEnd(text, from + (size >> 1), limit);
    if (cut <= from) cut = text.lastIndexOf(' ', limit);
    if (cut <= from) cut = limit;
    from = cut + (text[cut] === '\n' || text[cut] === ' ' ? 1 : 0);
    bounds.push(from);
  }
  bounds.push(text.length);
  return bounds;
}

/** Offset just after the last '.', '!' or '?' that is followed by a space in [lo, hi), or -1. */
function lastSentenceEnd(text: string, lo: number, hi: number): number {
  for (let i = hi - 1; i > lo; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i) === 32) return i;
  }
  return -1;
}

function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  return by === 0 ? items : items.map((i) => ({ ...i, start: i.start + by, end: i.end + by }));
}

/** Like analyze(), but for long texts it runs slice by slice and awaits `yieldToPage` between slices.
 * Resolves null when `isStale()` turns true (the draft changed), so stale work stops early. */
export async function analyzeInSlices(
  text: string,
  options: AnalyzeOptions,
  yieldToPage: () => Promise<void>,
  isStale: () => boolean,
): Promise<Analysis | null> {
  if (text.length <= SLICE_CHARS) return analyze(text, options);
  const bounds = sliceBounds(text);
  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  const categories = new Set<CategoryId>();
  let apology: Analysis['apology'];
  let taskStart = -Infinity;
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (performance.now() - taskStart > TASK_BUDGET_MS) {
      await yieldToPage();
      if (isStale()) return null;
      taskStart = performance.now();
    }
    const from = bounds[i]!;
    const part = analyze(text.slice(from, bounds[i + 1]), options);
    findings.push(...shift(part.findings, from));
    strengths.push(...shift(part.strengths, from));
    for (const c of part.categories) categories.add(c);
    if (part.apology) {
      apology = apology
        ? { remorse: apology.remorse || part.apology.remorse, action: apology.action || part.apology.action, impact: apology.impact || part.apology.impact }
        : { remorse: part.apology.remorse, action: part.apology.action, impact: part.apology.impact };
    }
  }
  const result: Analysis = { categories: [...categories].sort(), findings, strengths };
  if (apology) result.apology = apology;
  return result;
}
