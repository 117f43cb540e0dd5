/**
 * While the user types, findings from the last analysis are shifted to follow the text instead of
 * being thrown away, so highlights do not flicker or drift until the debounced analysis catches up.
 * Findings that the edit touched are dropped: they are no longer known to be true.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Edit {
  /** first changed offset (same in both texts) */
  at: number;
  /** length removed from the old text */
  removed: number;
  /** length inserted into the new text */
  inserted: number;
}

/** The single changed region between two texts (common prefix and suffix), or null if equal. */
export function diffEdit(prev: string, next: string): Edit | null {
  if (prev === next) return null;
  const max = Math.min(prev.length, next.length);
  let p = 0;
  while (p < max && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && prev.charCodeAt(prev.length - 1 - s) === next.charCodeAt(next.length - 1 - s)) s++;
  return { at: p, removed: prev.length - p - s, inserted: next.length - p - s };
}

export function remapSpans<T extends Span>(spans: readonly T[], edit: Edit): T[] {
  const out: T[] = [];
  const delta = edit.inserted - edit.removed;
  const editEnd = edit.at + edit.removed;
  for (const s of spans) {
    if (s.end <= edit.at) out.push(s);
    else if (s.start >= editEnd && (edit.removed > 0 || s.start > edit.at)) out.push({ ...s, start: s.start + delta, end: s.end + delta });
  }
  return out;
}
