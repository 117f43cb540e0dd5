import { negatedBefore, quoted, reported } from './context';
import { normalize, type Shadow } from './normalize';
import type { MatchWords, Rule } from './rule';
import { splitSentences, type Sentence } from './sentences';
import { adapt, writerStyle, type WriterStyle } from './style';
import type { Finding, Reframe } from './types';

/** Everything one analysis shares: built once per text, never per rule. */
export interface Prepared {
  original: string;
  shadow: Shadow;
  sentences: Sentence[];
  /** Gate bits of the words present (see `TriggerIndex`). */
  gates: number;
  /** How the writer writes; see `styleOf`. */
  style: WriterStyle | undefined;
}

export function prepare(original: string): Prepared {
  const shadow = normalize(original);
  return { original, shadow, sentences: splitSentences(shadow.text), gates: 0, style: undefined };
}

/** Computed on first use: most drafts need no reframe. */
export function styleOf(prep: Prepared): WriterStyle {
  return (prep.style ??= writerStyle(prep.original, prep.shadow.text));
}

/** Per word: the rules keyed on it, and gate bits for the other passes (strengths, apology). */
export interface TriggerIndex {
  rules: Map<string, Rule[]>;
  gates: Map<string, number>;
  /** Per pattern, the rule's trigger words written in it: it only runs when one is in the sentence. */
  patternWords: Map<RegExp, readonly string[]>;
}

/** Longest text that still gets whole-message rewrites. */
export const WHOLE_REFRAME_MAX = 4000;

const APOLOGY_BEFORE = /(?<![a-z])(?:sorry|apologize|apologies|apologized)(?![a-z])/;
const UPPER_START = /^\p{Lu}/u;
const EDGE = /[ ,;:.!?"'\-\n]/;
const INVISIBLE = /[\u200B-\u200D\uFEFF\u200E\u200F]/;

export function buildTriggerIndex(rules: readonly Rule[], gates: readonly { bit: number; words: readonly string[] }[]): TriggerIndex {
  const index = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const word of rule.triggers) {
      const list = index.get(word);
      if (list) list.push(rule);
      else index.set(word, [rule]);
    }
  }
  const gateMap = new Map<string, number>();
  for (const g of gates) for (const w of g.words) gateMap.set(w, (gateMap.get(w) ?? 0) | g.bit);
  const patternWords = new Map<RegExp, readonly string[]>();
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const words = rule.triggers.filter((t) => containsWord(pattern.source, t));
      if (words.length > 0) patternWords.set(pattern, words);
    }
  }
  return { rules: index, gates: gateMap, patternWords };
}

/** Gate bits for the context checks: each runs only when a word it looks for is in the text. */
export const NEGATION_GATE = {
  bit: 1 << 11,
  words: ['not', 'never', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'cant', 'shouldnt', 'wouldnt', 'nobody', 'no', 'nothing'],
};
export const REPORT_GATE = {
  bit: 1 << 12,
  words: ['said', 'says', 'told', 'tells', 'tell', 'telling', 'asked', 'asks', 'ask', 'asking', 'yelled', 'texted', 'wrote', 'replied', 'goes', 'went', 'saying'],
};
/** Quotes are not words: this bit is set by the walk itself when it meets a quotation mark. */
export const QUOTE_GATE = { bit: 1 << 13, words: [] as string[] };

function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Whether `word` is written as a whole word in a pattern's source. */
function containsWord(source: string, word: string): boolean {
  for (let at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
    if (!isLowerAlnum(source.charCodeAt(at - 1)) && !isLowerAlnum(source.charCodeAt(at + word.length))) return true;
  }
  return false;
}

function isTokenCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Spaces and punctuation that a highlight never starts or ends on: space , ; : . ! ? " ' - newline. */
function isEdge(c: number): boolean {
  return c === 32 || c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 34 || c === 39 || c === 45 || c === 10;
}

/** Original offset range for shadow [a, b), trimmed of spaces and edge punctuation. */
function toOriginal(prep: Prepared, a: number, b: number): [number, number] | null {
  const t = prep.shadow.text;
  while (a < b && isEdge(t.charCodeAt(a))) a++;
  while (b > a && isEdge(t.charCodeAt(b - 1))) b--;
  if (a >= b) return null;
  return [prep.shadow.starts[a]!, prep.shadow.ends[b - 1]!];
}

function atSentenceStart(original: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = original[i]!;
    if (c === ' ' || c === '"' || c === "'" || c === '\u201C' || c === '\u2018' || c === '\t' || INVISIBLE.test(c)) continue;
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === '\r' || c === '\u2026') return true;
    const code = c.charCodeAt(0);
    if ((code >= 0xdc00 && code <= 0xdfff) || (code >= 0x2600 && code <= 0x27bf) || code === 0xfe0f) return true;
    return false;
  }
  return true;
}

/** Runs the rules keyed on the words present, sentence by sentence. */
export function runRules(prep: Prepared, index: TriggerIndex): Finding[] {
  const { shadow, sentences } = prep;
  const text = shadow.text;
  const candidates = new Map<number, Set<Rule>>();
  const present = new Map<number, Set<string>>();
  let si = 0;
  let gates = 0;
  const n = text.length;
  // One walk over the words: a Map lookup per word decides which rules run where.
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isTokenCode(c)) {
      while (j < n && isTokenCode(text.charCodeAt(j))) j++;
    } else if (c === 0xd83d && (text.charCodeAt(i + 1) === 0xde44 || text.charCodeAt(i + 1) === 0xde12)) {
      j = i + 2;
    } else {
      if (c === 34 || c === 39) gates |= QUOTE_GATE.bit;
      i = j;
      continue;
    }
    const word = text.slice(i, j);
    const g = index.gates.get(word);
    if (g !== undefined) gates |= g;
    const rules = index.rules.get(word);
    if (rules) {
      while (si < sentences.length - 1 && sentences[si]!.end <= i) si++;
      let set = candidates.get(si);
      if (!set) {
        candidates.set(si, (set = new Set()));
        present.set(si, new Set());
      }
      for (const r of rules) set.add(r);
      present.get(si)!.add(word);
    }
    i = j;
  }
  prep.gates = gates;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const isNameAt = (i: number): boolean => UPPER_START.test(prep.original.slice(shadow.starts[i]!, shadow.starts[i]! + 1));
  for (const [sIndex, rules] of candidates) {
    const s = sentences[sIndex]!;
    const words = present.get(sIndex)!;
    const sentence = text.slice(s.start, s.end);
    const prev = sentences[sIndex - 1];
    const next = sentences[sIndex + 1];
    const winStart = Math.max(prev ? prev.start : s.start, s.start - 160);
    const winEnd = Math.min(next ? next.end : s.end, s.end + 160);
    let window: string | undefined;
    const before = findings.length;
    for (const rule of rules) {
      for (const pattern of rule.patterns) {
        const needs = index.patternWords.get(pattern);
        if (needs && !needs.some((w) => words.has(w))) continue;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
          if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          const indices = m.indices!;
          const spanIdx = indices.groups?.span ?? indices[0]!;
          const local = m.index;
          if ((gates & QUOTE_GATE.bit) !== 0 && quoted(sentence, local)) continue;
          if ((gates & REPORT_GATE.bit) !== 0 && reported(sentence, local, (i) => isNameAt(s.start + i))) continue;
          if (rule.negatable !== false && (gates & NEGATION_GATE.bit) !== 0 && negatedBefore(sentence, local)) continue;
          if (rule.unless || rule.requires) {
            window ??= text.slice(winStart, winEnd);
            if (rule.unless?.some((u) => u.test(window!))) continue;
            if (rule.requires && !rule.requires.some((u) => u.test(window!))) continue;
          }
          if (rule.afterApology && !APOLOGY_BEFORE.test(text.slice(Math.max(0, s.start + local - 200), s.start + local))) continue;
          const range = toOriginal(prep, s.start + spanIdx[0], s.start + spanIdx[1]);
          if (!range) continue;
          const key = `${rule.id}:${range[0]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          findings.push(makeFinding(prep, rule, range, m, s.start));
        }
      }
    }
    if (findings.length - before > 1) {
      const alone = new Set(Array.from(rules).filter((r) => r.onlyAlone).map((r) => r.id));
      if (alone.size > 0) {
        const kept = findings.splice(before).filter((f) => !alone.has(f.ruleId));
        findings.push(...kept);
      }
    }
  }
  return findings;
}

function makeFinding(prep: Prepared, rule: Rule, [start, end]: [number, number], m: RegExpExecArray, base: number): Finding {
  const groups = m.indices!.groups ?? {};
  const words: MatchWords = {
    group(name) {
      const g = groups[name];
      if (!g) return '';
      const r = toOriginal(prep, base + g[0], base + g[1]);
      return r ? prep.original.slice(r[0], r[1]) : '';
    },
    span: prep.original.slice(start, end),
    message: prep.original,
    spanStart: start,
    spanEnd: end,
  };
  const sentenceStart = atSentenceStart(prep.original, start);
  const reframes: Reframe[] = [];
  for (const r of rule.reframes) {
    // A rewrite of the whole text only makes sense for a message-sized draft, and costs O(length).
    if (r.whole && prep.original.length > WHOLE_REFRAME_MAX) continue;
    const raw = typeof r.text === 'string' ? r.text : r.text(words);
    if (r.whole) reframes.push({ label: r.label, text: adapt(raw, styleOf(prep), true), whole: true });
    else {
      // The writer's own closing punctuation stays: a template's final stop is dropped when one follows.
      const text = adapt(raw, styleOf(prep), sentenceStart);
      const next = prep.original.charCodeAt(end);
      const closes = next === 46 || next === 33 || next === 63 || next === 0x2026;
      const last = text.charCodeAt(text.length - 1);
      reframes.push({ label: r.label, text: closes && (last === 46 || last === 33 || last === 63) ? text.slice(0, -1) : text });
    }
  }
  return { ruleId: rule.id, category: rule.category, severity: rule.severity, start, end, message: rule.message, reframes };
}

export const ENGINE_REGEXES: readonly RegExp[] = [APOLOGY_BEFORE, UPPER_START, EDGE, INVISIBLE];
