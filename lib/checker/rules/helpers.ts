import type { MatchWords } from '../rule';

const EDGE = ' ,;:-';

function trimEndEdge(s: string): string {
  let e = s.length;
  while (e > 0 && EDGE.includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

function trimStartEdge(s: string): string {
  let b = 0;
  while (b < s.length && EDGE.includes(s[b]!)) b++;
  return s.slice(b);
}

export function capFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** The whole message with the flagged span taken out and the punctuation around it tidied. */
export function without(m: MatchWords): string {
  const before = trimEndEdge(m.message.slice(0, m.spanStart));
  let after = trimStartEdge(m.message.slice(m.spanEnd));
  const stops = /[.!?]$/.test(before);
  // "I'm sorry I yelled. [I was tired]." keeps one stop, not two.
  if (stops) after = trimStartEdge(after.replace(/^[.!?]+/, ''));
  if (before.length > 0 && after.length > 0 && !/^[.!?]/.test(after)) after = ` ${stops ? capFirst(after) : after}`;
  const out = (before + after).trim();
  return out.length > 0 ? out : m.message;
}

/** The message up to the flagged span, closed as a sentence. */
export function upTo(m: MatchWords): string {
  const before = trimEndEdge(m.message.slice(0, m.spanStart).trim());
  if (before.length === 0) return '';
  return /[.!?]$/.test(before) ? before : `${before}.`;
}

export const HELPER_REGEXES: readonly RegExp[] = [/[.!?]$/, /^[.!?]/, /^[.!?]+/];
