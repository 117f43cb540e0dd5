import { negatedBefore, quoted, reported, type NameSource } from './context';
import { firstWords, requiredPairs, requiredWords } from './required-words';
import { beforeReuse, normalize, type Shadow } from './normalize';
import type { MatchWords, Rule, RuleReframe } from './rule';
import { sentenceStart, splitSentences, type SentenceEnds } from './sentences';
import { adapt, writerStyle, type WriterStyle } from './style';
import type { CategoryId, Finding, Reframe } from './types';
import { warm, warmOnce } from './warm';

/** Everything one analysis shares: built once per text, never per rule. */
export interface Prepared {
  original: string;
  shadow: Shadow;
  /** End of each sentence of the shadow (see `splitSentences`). */
  sentences: SentenceEnds;
  /** Gate bits of the words present (see `TriggerIndex`). */
  gates: number;
  /** How the writer writes; see `styleOf`. */
  style: WriterStyle | undefined;
  /**
   * The sentences that hold an indexed word, in order, and the gate bits of their words: the passes
   * after the rules (strengths) run per sentence, only where a word they need is. Scratch buffers,
   * valid until the next call, of which the first `gatedCount` entries count.
   */
  gatedSentences: Int32Array;
  sentenceGates: Int32Array;
  gatedCount: number;
}

export function prepare(original: string): Prepared {
  const shadow = normalize(original);
  return { original, shadow, sentences: splitSentences(shadow.text), gates: 0, style: undefined, gatedSentences: NO_SENTENCES, sentenceGates: NO_SENTENCES, gatedCount: 0 };
}

/** Computed on first use: most drafts need no reframe. */
export function styleOf(prep: Prepared): WriterStyle {
  return (prep.style ??= writerStyle(prep.original, prep.shadow.text));
}

/** A few word ids, tested for one of them as fast as their number allows. */
interface WordSet {
  ids: Int32Array;
  /** Bit (id & 31) of each: most words are ruled out with one test. */
  bits: number;
  /**
   * For a long set: where its bitmap over word ids starts in `TriggerIndex.wordSetMaps` (one bit
   * per word id), else -1 and `ids` is scanned.
   */
  map: number;
}

function wordSet(ids: readonly number[]): WordSet | null {
  if (ids.length === 0) return null;
  return { ids: Int32Array.from(new Set(ids)), bits: ids.reduce((bits, w) => bits | (1 << (w & 31)), 0), map: -1 };
}

/** A rule pattern as the engine runs it. */
interface CompiledPattern {
  /** The rule's own pattern (flags `dg`): re-run at a match's position only, for the group indices. */
  exact: RegExp;
  /**
   * The same source without `d`: V8 takes a slower path for every exec of a `d` regex, matched or
   * not, and most execs find nothing.
   */
  scan: RegExp;
  /** Index among all patterns, for `patternStamp`. */
  id: number;
  /**
   * Ids of the whole words one of which every match starts with (see `firstWords`), or null. Such a
   * pattern runs as `sticky` at the places in the sentence where one of them is, not as a scan.
   */
  first: WordSet | null;
  /** The words a match may also start right before, on the space before them (see `firstWords`). */
  spaced: WordSet | null;
  sticky: RegExp | null;
  /** Whether `scan` (or `sticky`) has been compiled to machine code (see `warm`). */
  warmed: boolean;
}

/**
 * Derived once from the rule data: each trigger word gets an id, found with a hash of its chars so
 * the walk over a text builds no strings; per word the rules keyed on it and gate bits for the other
 * passes (strengths, apology, context checks).
 */
export interface TriggerIndex {
  rules: readonly Rule[];
  patterns: readonly (readonly CompiledPattern[])[];
  wordGates: Int32Array;
  words: string[];
  wordHashes: Int32Array;
  /** Open addressing: word id + 1 per slot, 0 when empty. */
  slots: Int32Array;
  mask: number;
  /** Scratch stamps: which words are in the sentence being checked. */
  wordStamp: Int32Array;
  /**
   * Per word id: the patterns it anchors. Each pattern is anchored on one set of words at least one
   * of which every sentence it can run in holds (its rule's triggers or one of its required-word
   * groups), the set least likely to be there, unless a pair group is rarer (see `pairSlots`); a
   * sentence's candidates are
   * the patterns its words anchor, then filtered by the conditions their anchor does not imply.
   */
  wordPatterns: Int32Array;
  /** Per word id w: its anchored patterns are `anchored[wordPatterns[w], wordPatterns[w + 1])`. */
  anchored: Int32Array;
  /** Every pattern by its id (a rule's patterns have consecutive ids, in the rule's order). */
  allPatterns: CompiledPattern[];
  /**
   * The word conditions a candidate must still meet, per pattern id p in
   * `filters[filterAt[p], filterAt[p + 1])`: groups [count, id, id, …], each needing one of its
   * words in the sentence. They are its rule's triggers and the words every match holds (see
   * `requiredWords`), less those its anchor implies; the rarest come first, so a sentence that lacks
   * one is ruled out soonest. A group of more than `GROUP_SCAN_MAX` words is one int instead, -1 - the
   * start of its bitmap in `wordSetMaps`.
   */
  filters: Int32Array;
  filterAt: Int32Array;
  /**
   * Word pairs a candidate's matches hold side by side ("calm down", "you always"), per pattern id p
   * in `pairFilters[pairAt[p], pairAt[p + 1])` as groups [count, slot, slot, …], each needing one
   * of its pairs in the sentence. A pair is a slot (see `pairSlot`), stored times 3 as an index into
   * `pairSlots`; two pairs may share one, which only lets a pattern run where it finds nothing.
   */
  pairFilters: Int32Array;
  pairAt: Int32Array;
  /**
   * Per pair slot s, three ints from 3s: the stamp of the last sentence holding that pair, then the
   * range of `anchored` holding the patterns anchored on it (like a word's). One cache line each:
   * the table is large and read at random.
   */
  pairSlots: Int32Array;
  /** Per word id: its length. */
  wordLength: Int32Array;
  /** Per pattern id: index of its rule. */
  patternRule: Int32Array;
  /** Per pattern id: 1 when it runs only near an apology (see `AFTER_APOLOGY_GATE`). */
  afterApology: Uint8Array;
  patternStamp: Int32Array;
  stamp: number;
  /** Bitmaps of long first-word sets (see `WordSet.map`) and of long filter groups (see `filters`). */
  wordSetMaps: Int32Array;
  /** Per word id: its chars, `wordChars[wordStart[id], wordStart[id] + wordLength[id])`. */
  wordChars: Uint16Array;
  wordStart: Int32Array;
  /** Per rule: its place among the rule ids in `localeCompare` order, the sort's last tie-break. */
  idRank: Int32Array;
  /** Per rule: index of its category in `categoryIds`. */
  ruleCategory: Int32Array;
  /** The rules' categories in default (code unit) sort order, as `analyze` lists them. */
  categoryIds: CategoryId[];
  /** Per rule: 1 when a reframe template is a function (it may read the match's groups). */
  readsGroups: Uint8Array;
  /** Per rule: 1 once its `unless` and `requires` regexes are compiled (see `warm`). */
  contextWarmed: Uint8Array;
  /**
   * Per rule, per regex of its `unless` then its `requires`: the words every match of it holds, as
   * groups [count, bit, bit, …] of `bloom` bits, each needing one of its bits set; null when nothing
   * is certain. A short text whose words set no bit of a group cannot match that regex.
   */
  contextGates: (Int32Array | null)[][];
}

/** Longest text that still gets whole-message rewrites. */
export const WHOLE_REFRAME_MAX = 4000;

const APOLOGY_BEFORE = /(?<![a-z0-9])(?:sorry|apologize|apologies|apologized|apology|my bad)(?![a-z0-9])/;
/**
 * The words of `APOLOGY_BEFORE`: a rule that only counts after an apology (`afterApology`) runs
 * only in a sentence that holds one of them or starts at most `APOLOGY_REACH` chars after one.
 */
const AFTER_APOLOGY_GATE = { bit: 1 << 14, words: ['sorry', 'apologize', 'apologies', 'apologized', 'apology', 'bad'] };
const APOLOGY_REACH = 200;
const INVISIBLE = /[\u200B-\u200D\uFEFF\u200E\u200F]/;

const HASH_SEED = 7;

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

function wordHash(word: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  return h;
}

/**
 * `plain` builds the index with none of what it derives from the patterns' sources (required words
 * and pairs, first words): each pattern is a candidate wherever its rule's triggers are and scans
 * the whole sentence. Tests compare the two: the derived filters must never change what is found.
 */
export function buildTriggerIndex(rules: readonly Rule[], gates: readonly { bit: number; words: readonly string[] }[], plain = false): TriggerIndex {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) {
      id = words.length;
      ids.set(w, id);
      words.push(w);
    }
    return id;
  };
  for (const rule of rules) for (const w of rule.triggers) idOf(w);
  const gateBits: number[] = [];
  for (const g of [...gates, AFTER_APOLOGY_GATE]) for (const w of g.words) {
    const id = idOf(w);
    gateBits[id] = (gateBits[id] ?? 0) | g.bit;
  }
  let patternCount = 0;
  // Per pattern: the words every match holds (groups of which one each), and the word pairs it
  // holds side by side (groups of pair slots).
  const groupsOf: number[][][] = [];
  const pairsOf: number[][][] = [];
  const pairWordsOf: [number, number][][][] = [];
  const patterns = rules.map((rule) =>
    rule.patterns.map((exact): CompiledPattern => {
      const id = patternCount++;
      groupsOf[id] = plain ? [] : requiredWords(exact).map((set) => [...new Set(set.map(idOf))]);
      pairWordsOf[id] = plain ? [] : requiredPairs(exact).map((set) => set.map((pair) => pair.split(' ').map(idOf) as [number, number]));
      pairsOf[id] = pairWordsOf[id]!.map((set) => [...new Set(set.map(([a, b]) => pairSlot(a, b)))]);
      const firsts = plain ? null : firstWords(exact);
      const flags = exact.flags.replace('d', '');
      return {
        exact,
        scan: new RegExp(exact.source, flags),
        id,
        first: firsts && wordSet(firsts.filter((w) => !w.startsWith(' ')).map(idOf)),
        spaced: firsts && wordSet(firsts.filter((w) => w.startsWith(' ')).map((w) => idOf(w.slice(1)))),
        sticky: firsts && new RegExp(exact.source, `${flags.replace('g', '')}y`),
        warmed: false,
      };
    }),
  );
  // How many patterns need a word is a rough sign of how common it is in messages ("you", "it").
  const commonness = new Int32Array(words.length);
  for (const groups of groupsOf) for (const set of groups) for (const w of set) commonness[w]!++;
  const cost = (set: Iterable<number>): number => {
    let c = 0;
    for (const w of new Set(set)) c += commonness[w]! + 1;
    return c;
  };
  const within = (a: readonly number[], b: readonly number[]): boolean => a.every((w) => b.includes(w));
  // The same for pairs, on the same scale: how many patterns need a pair.
  const pairCommonness = new Int32Array(PAIR_MASK + 1);
  for (const groups of pairsOf) for (const set of groups) for (const slot of set) pairCommonness[slot]!++;
  const pairCost = (set: Iterable<number>): number => {
    let c = 0;
    for (const slot of new Set(set)) c += pairCommonness[slot]! + 1;
    return c;
  };
  const patternLists: number[][] = [];
  const pairPatternLists: number[][] = [];
  const filterLists: number[][] = [];
  const pairLists: number[][] = [];
  patterns.forEach((list, r) => {
    const triggers = [...new Set(rules[r]!.triggers.map((t) => ids.get(t)!))];
    for (const p of list) {
      // A sentence can hold a match only if it holds its rule's triggers, each required group and
      // each required pair group: anchor on the rarest of these sets. (A trigger merely written in
      // the pattern is no such condition: "calendars?" also matches the trigger "calendar".)
      const conditions: number[][] = [triggers, ...groupsOf[p.id]!];
      let anchor: readonly number[] = triggers;
      for (const o of conditions) if (cost(o) < cost(anchor)) anchor = o;
      let pairAnchor = -1;
      pairsOf[p.id]!.forEach((set, g) => {
        if (pairCost(set) < (pairAnchor < 0 ? cost(anchor) : pairCost(pairsOf[p.id]![pairAnchor]!))) pairAnchor = g;
      });
      let left: number[][];
      if (pairAnchor < 0) {
        for (const w of new Set(anchor)) (patternLists[w] ??= []).push(p.id);
        // One of the anchor words is there whenever the pattern is a candidate: a condition every
        // anchor word meets needs no check, nor does one that a smaller kept condition implies.
        left = conditions.filter((c) => !within(anchor, c));
        pairLists[p.id] = pairsOf[p.id]!.flatMap((set) => [set.length, ...set.map((slot) => 3 * slot)]);
      } else {
        // Anchored on a pair: both its words are there, so a condition that holds one word of every
        // pair of the anchor needs no check.
        const pairs = pairWordsOf[p.id]![pairAnchor]!;
        for (const slot of pairsOf[p.id]![pairAnchor]!) (pairPatternLists[slot] ??= []).push(p.id);
        left = conditions.filter((c) => !pairs.every(([a, b]) => c.includes(a) || c.includes(b)));
        pairLists[p.id] = pairsOf[p.id]!.filter((_, g) => g !== pairAnchor).flatMap((set) => [set.length, ...set.map((slot) => 3 * slot)]);
      }
      left.sort((a, b) => cost(a) - cost(b) || a.length - b.length);
      const kept: number[][] = [];
      for (const c of left) if (!kept.some((k) => within(k, c))) kept.push(c);
      filterLists[p.id] = kept.flatMap((c) => [c.length, ...c]);
    }
  });
  const wordStart = new Int32Array(words.length);
  for (let id = 1; id < words.length; id++) wordStart[id] = wordStart[id - 1]! + words[id - 1]!.length;
  // UTF-16 code units: an emoji word takes two (iterating the string would give one code point).
  const joined = words.join('');
  const wordChars = new Uint16Array(joined.length);
  for (let c = 0; c < joined.length; c++) wordChars[c] = joined.charCodeAt(c);
  // Anchored patterns, flat: each word's list, then each pair slot's.
  const anchoredList: number[] = [];
  const wordPatterns = new Int32Array(words.length + 1);
  for (let id = 0; id < words.length; id++) {
    wordPatterns[id] = anchoredList.length;
    anchoredList.push(...(patternLists[id] ?? []));
  }
  wordPatterns[words.length] = anchoredList.length;
  const pairSlots = new Int32Array(3 * (PAIR_MASK + 1));
  for (let slot = 0; slot <= PAIR_MASK; slot++) {
    pairSlots[3 * slot + 1] = anchoredList.length;
    anchoredList.push(...(pairPatternLists[slot] ?? []));
    pairSlots[3 * slot + 2] = anchoredList.length;
  }
  // A first-word set or filter group longer than a few words gets a bitmap over word ids, shared
  // by every set of the same words: a scan of it per word would cost more.
  const mapWords = (words.length + 31) >> 5;
  const firstMapList: number[] = [];
  const mapAt = new Map<string, number>();
  const bitmapOf = (ids: Iterable<number>): number => {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    const key = sorted.join(' ');
    let at = mapAt.get(key);
    if (at === undefined) {
      at = firstMapList.length;
      mapAt.set(key, at);
      const map = new Array<number>(mapWords).fill(0);
      for (const w of sorted) map[w >> 5] = map[w >> 5]! | (1 << (w & 31));
      firstMapList.push(...map);
    }
    return at;
  };
  for (const set of patterns.flat().flatMap((p) => [p.first, p.spaced])) {
    if (set !== null && set.ids.length > FIRST_SCAN_MAX) set.map = bitmapOf(set.ids);
  }
  // A long filter group's check then tests the sentence's few words (see `holdsWords`).
  for (let id = 0; id < patternCount; id++) {
    const list = filterLists[id]!;
    const out: number[] = [];
    for (let g = 0; g < list.length; g += 1 + list[g]!) {
      const group = list.slice(g + 1, g + 1 + list[g]!);
      if (group.length <= GROUP_SCAN_MAX) out.push(group.length, ...group);
      else out.push(-bitmapOf(group) - 1);
    }
    filterLists[id] = out;
  }
  const filterAt = new Int32Array(patternCount + 1);
  for (let id = 0; id < patternCount; id++) filterAt[id + 1] = filterAt[id]! + filterLists[id]!.length;
  const pairAt = new Int32Array(patternCount + 1);
  for (let id = 0; id < patternCount; id++) pairAt[id + 1] = pairAt[id]! + pairLists[id]!.length;
  let size = 64;
  while (size < words.length * 4) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const wordHashes = Int32Array.from(words, wordHash);
  words.forEach((_, id) => {
    let s = slotOf(wordHashes[id]!, mask);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
  });
  // Ranks computed once let the sort compare numbers: same order as comparing the ids each time.
  const byId = rules.map((_, r) => r).sort((a, b) => rules[a]!.id.localeCompare(rules[b]!.id));
  const idRank = new Int32Array(rules.length);
  byId.forEach((r, k) => {
    const prev = byId[k - 1];
    idRank[r] = prev !== undefined && rules[prev]!.id.localeCompare(rules[r]!.id) === 0 ? idRank[prev]! : k;
  });
  const categoryIds = [...new Set(rules.map((r) => r.category))].sort();
  return {
    rules,
    patterns,
    idRank,
    ruleCategory: Int32Array.from(rules, (r) => categoryIds.indexOf(r.category)),
    categoryIds,
    readsGroups: Uint8Array.from(rules, (r) => (r.reframes.some((f) => typeof f.text === 'function') ? 1 : 0)),
    contextWarmed: new Uint8Array(rules.length),
    contextGates: rules.map((rule) => [...(rule.unless ?? []), ...(rule.requires ?? [])].map((re) => (plain ? null : textGate(re)))),
    wordGates: Int32Array.from(words, (_, id) => gateBits[id] ?? 0),
    words,
    wordHashes,
    slots,
    mask,
    wordStamp: new Int32Array(words.length),
    wordPatterns,
    anchored: Int32Array.from(anchoredList),
    patternStamp: new Int32Array(patternCount),
    allPatterns: patterns.flat(),
    filters: Int32Array.from(filterLists.flat()),
    filterAt,
    pairFilters: Int32Array.from(pairLists.flat()),
    pairAt,
    pairSlots,
    wordChars,
    wordSetMaps: Int32Array.from(firstMapList),
    wordStart,
    wordLength: Int32Array.from(words, (w) => w.length),
    patternRule: Int32Array.from(patterns.flatMap((list, r) => list.map(() => r))),
    afterApology: Uint8Array.from(patterns.flatMap((list, r) => list.map(() => (!plain && rules[r]!.afterApology ? 1 : 0)))),
    stamp: 0,
  };
}

/**
 * The words of a short text, as bits of a hash of each word (2048 bits): the context regexes run
 * only when the words they need may be there (see `contextGates`). Written by the walk in
 * `runRules`; valid until the next call.
 */
const bloom = new Int32Array(64);
/** Longest text that gets a `bloom`: a longer one sets too many of its bits to rule much out. */
const BLOOM_TEXT_MAX = 1000;
// Whether `bloom` describes the text now checked: short, and no word mixes letters and digits.
let bloomOn = false;
// The shadow text `bloom` describes, when `bloomOn`.
let bloomText: string | undefined;

function bloomBit(h: number): number {
  return (h ^ (h >>> 15)) & 2047;
}

/**
 * Whether `re` (with `gate` from `textGate`) may match the whole shadow text of `prep`: false only
 * when the words of that text, as the last `runRules` walked them, rule it out.
 */
export function mayMatch(prep: Prepared, gate: Int32Array | null): boolean {
  return gate === null || bloomText !== prep.shadow.text || bloomHolds(gate);
}

/** The bloom gate of a regex bounded by (?<![a-z]) and (?![a-z]), for `contextGates` and `mayMatch`. */
export function textGate(re: RegExp): Int32Array | null {
  // Context regexes are bounded by (?<![a-z]) and (?![a-z]): read so, their words are whole words
  // of any text in which no word mixes letters and digits (see `requiredWords`).
  const groups = requiredWords(re, true);
  if (groups.length === 0) return null;
  return Int32Array.from(
    groups.flatMap((g) => {
      const bits = [...new Set(g.map((w) => bloomBit(wordHash(w))))];
      return [bits.length, ...bits];
    }),
  );
}

/** Whether each group of `gate` has a bit set in `bloom`. */
function bloomHolds(gate: Int32Array): boolean {
  for (let g = 0; g < gate.length; ) {
    const end = g + 1 + gate[g]!;
    let present = false;
    for (let w = g + 1; w < end && !present; w++) present = (bloom[gate[w]! >> 5]! & (1 << (gate[w]! & 31))) !== 0;
    if (!present) return false;
    g = end;
  }
  return true;
}

/** Id of the word text[i, j) with hash h, or -1. */
function findWord(index: TriggerIndex, text: string, i: number, j: number, h: number): number {
  const { slots, mask, wordHashes, wordLength, wordChars, wordStart } = index;
  for (let s = slotOf(h, mask); slots[s] !== 0; s = (s + 1) & mask) {
    const id = slots[s]! - 1;
    if (wordHashes[id] !== h || wordLength[id] !== j - i) continue;
    const w = wordStart[id]!;
    let k = 0;
    while (i + k < j && wordChars[w + k] === text.charCodeAt(i + k)) k++;
    if (i + k === j) return id;
  }
  return -1;
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

const NO_SENTENCES = new Int32Array(0);
// Scratch buffers reused across calls: the sentences holding an indexed word and their gate bits.
let gatedAt = new Int32Array(64);
let gatedBits = new Int32Array(64);

// Scratch buffers reused across calls: where each indexed word occurs, and its id.
let hitAt = new Int32Array(256);
let hitWord = new Int32Array(256);
let candidates = new Int32Array(64);

/** Appends to `candidates[0, k)` the patterns of `anchored[from, to)` not yet stamped, stamping them. */
function addCandidates(k: number, anchored: Int32Array, from: number, to: number, patternStamp: Int32Array, stamp: number): number {
  for (let q = from; q < to; q++) {
    const pid = anchored[q]!;
    if (patternStamp[pid] === stamp) continue;
    patternStamp[pid] = stamp;
    if (k === candidates.length) {
      const a = new Int32Array(k * 2);
      a.set(candidates);
      candidates = a;
    }
    candidates[k++] = pid;
  }
  return k;
}

function nextStamp(index: TriggerIndex): number {
  if (index.stamp === 0x7fffffff) {
    index.stamp = 0;
    index.wordStamp.fill(0);
    index.patternStamp.fill(0);
    for (let s = 0; s < index.pairSlots.length; s += 3) index.pairSlots[s] = 0;
  }
  return ++index.stamp;
}

/**
 * One walk over the words sets the gate bits and notes where each indexed word is; then only the
 * sentences holding a rule-keyed word are checked, each with the rules keyed on the words it holds,
 * and each pattern only when the words and word pairs any match of it must hold are there; a
 * pattern whose matches start with one of a few words runs only where one of them is.
 */
export function runRules(prep: Prepared, index: TriggerIndex): Hit[] {
  const { shadow, sentences } = prep;
  const text = shadow.text;
  const n = text.length;
  const { wordGates, wordStamp, wordPatterns, anchored, patternStamp, filters, filterAt, pairFilters, pairAt, pairSlots, wordLength, afterApology, wordSetMaps } = index;
  let hits = 0;
  let gates = 0;
  let at = hitAt;
  let wd = hitWord;
  const short = n <= BLOOM_TEXT_MAX;
  if (short) bloom.fill(0);
  let mixed = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    let h = hashStep(HASH_SEED, c);
    if (isLowerAlnum(c)) {
      // 1 for a digit, 2 for a letter.
      let kinds = c <= 57 ? 1 : 2;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!isLowerAlnum(d)) break;
        kinds |= d <= 57 ? 1 : 2;
        h = hashStep(h, d);
        j++;
      }
      if (kinds === 3) mixed = true;
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) {
      // An emoji is a word of its own: rules key on 🙄 and 😒, and patterns need 👏 or 🙃.
      h = hashStep(h, text.charCodeAt(j));
      j++;
    } else {
      if (c === 34 || c === 39) gates |= QUOTE_GATE.bit;
      i = j;
      continue;
    }
    if (short) {
      const b = bloomBit(h);
      bloom[b >> 5] = bloom[b >> 5]! | (1 << (b & 31));
    }
    const id = findWord(index, text, i, j, h);
    if (id >= 0) {
      gates |= wordGates[id]!;
      if (hits === at.length) {
        hitAt = new Int32Array(hits * 2);
        hitAt.set(at);
        at = hitAt;
        hitWord = new Int32Array(hits * 2);
        hitWord.set(wd);
        wd = hitWord;
      }
      at[hits] = i;
      wd[hits] = id;
      hits++;
    }
    i = j;
  }
  prep.gates = gates;
  bloomOn = short && !mixed;
  bloomText = bloomOn ? text : undefined;
  const found: Hit[] = [];
  if (hits === 0) return found;
  const count = sentences.length;
  if (gatedAt.length < count) {
    gatedAt = new Int32Array(Math.max(count, gatedAt.length * 2));
    gatedBits = new Int32Array(gatedAt.length);
  }
  let gated = 0;
  let si = 0;
  let lastApology = -APOLOGY_REACH - 1;
  for (let h = 0; h < hits; ) {
    while (si < count - 1 && sentences[si]! <= at[h]!) si++;
    const firstHit = h;
    const end = sentences[si]!;
    const stamp = nextStamp(index);
    // The sentence's candidate patterns: those its words anchor. Stamps note its words.
    let k = 0;
    let bits = 0;
    let prevId = -1;
    let prevEnd = -2;
    for (; h < hits && (at[h]! < end || si === count - 1); h++) {
      const id = wd[h]!;
      bits |= wordGates[id]!;
      if ((wordGates[id]! & AFTER_APOLOGY_GATE.bit) !== 0) lastApology = at[h]!;
      wordStamp[id] = stamp;
      // Two words one space apart make a pair.
      if (at[h] === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) {
        const slot = 3 * pairSlot(prevId, id);
        pairSlots[slot] = stamp;
        k = addCandidates(k, anchored, pairSlots[slot + 1]!, pairSlots[slot + 2]!, patternStamp, stamp);
      }
      prevId = id;
      prevEnd = at[h]! + wordLength[id]!;
      k = addCandidates(k, anchored, wordPatterns[id]!, wordPatterns[id + 1]!, patternStamp, stamp);
    }
    // Then only those that may run: their rule is keyed on a word of the sentence, their required
    // words and pairs are there too (see `filters`, `pairFilters`), and an apology is near when they
    // need one. They run in pattern order: a rule's patterns in their own order (its first match at
    // a place wins), and the rules' relative order changes nothing (a finding is kept or dropped by
    // its own rule and place, then sorted).
    let kk = 0;
    const apologyFrom = sentenceStart(sentences, si) - APOLOGY_REACH;
    for (let q = 0; q < k; q++) {
      const pid = candidates[q]!;
      if (afterApology[pid] === 1 && lastApology < apologyFrom) continue;
      if (holdsWords(filters, filterAt[pid]!, filterAt[pid + 1]!, wordStamp, stamp, wordSetMaps, wd, firstHit, h) && holds(pairFilters, pairAt[pid]!, pairAt[pid + 1]!, pairSlots, stamp)) candidates[kk++] = pid;
    }
    for (let q = 1; q < kk; q++) {
      const v = candidates[q]!;
      let w = q - 1;
      while (w >= 0 && candidates[w]! > v) {
        candidates[w + 1] = candidates[w]!;
        w--;
      }
      candidates[w + 1] = v;
    }
    if (bits !== 0) {
      gatedAt[gated] = si;
      gatedBits[gated++] = bits;
    }
    if (kk > 0) checkSentence(prep, index, si, kk, found, firstHit, h);
  }
  prep.gatedSentences = gatedAt;
  prep.sentenceGates = gatedBits;
  prep.gatedCount = gated;
  return found;
}

const PAIR_MASK = (1 << 14) - 1;

/** The pair slot (see `pairSlots`) of word `a` followed by word `b`. */
function pairSlot(a: number, b: number): number {
  return (Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) >>> 18;
}

/** Longest first-word set that is scanned rather than looked up in a bitmap. */
const FIRST_SCAN_MAX = 4;

function inSet(index: TriggerIndex, set: WordSet, id: number): boolean {
  if ((set.bits & (1 << (id & 31))) === 0) return false;
  if (set.map >= 0) return (index.wordSetMaps[set.map + (id >> 5)]! & (1 << (id & 31))) !== 0;
  const ids = set.ids;
  for (let q = 0; q < ids.length; q++) if (ids[q] === id) return true;
  return false;
}

/** Longest filter group that is scanned rather than looked up in a bitmap. */
const GROUP_SCAN_MAX = 12;

/**
 * `holds` for word filters, where a long group is one int, -1 - the start of its bitmap in `maps`:
 * it holds when one of the sentence's words `wd[h0, h1)` is in the bitmap.
 */
function holdsWords(filters: Int32Array, from: number, to: number, wordStamp: Int32Array, stamp: number, maps: Int32Array, wd: Int32Array, h0: number, h1: number): boolean {
  for (let g = from; g < to; ) {
    const c = filters[g]!;
    let present = false;
    if (c < 0) {
      const map = -c - 1;
      for (let x = h0; x < h1 && !present; x++) {
        const id = wd[x]!;
        present = (maps[map + (id >> 5)]! & (1 << (id & 31))) !== 0;
      }
      g++;
    } else {
      const end = g + 1 + c;
      for (let w = g + 1; w < end && !present; w++) present = wordStamp[filters[w]!] === stamp;
      g = end;
    }
    if (!present) return false;
  }
  return true;
}

/** Whether each group of `filters[from, to)` has an entry stamped as present. */
function holds(filters: Int32Array, from: number, to: number, wordStamp: Int32Array, stamp: number): boolean {
  for (let g = from; g < to; ) {
    const end = g + 1 + filters[g]!;
    let present = false;
    for (let w = g + 1; w < end && !present; w++) present = wordStamp[filters[w]!] === stamp;
    if (!present) return false;
    g = end;
  }
  return true;
}

/**
 * Runs the patterns in `candidates[0, k)` on sentence `si`, appending to `found`; its indexed words
 * are `hitAt`/`hitWord` [h0, h1).
 */
function checkSentence(prep: Prepared, index: TriggerIndex, si: number, k: number, found: Hit[], h0: number, h1: number): void {
  const { shadow, sentences } = prep;
  const text = shadow.text;
  const gates = prep.gates;
  const count = sentences.length;
  const start = sentenceStart(sentences, si);
  const end = sentences[si]!;
  const sentence = text.slice(start, end);
  const winStart = Math.max(si > 0 ? sentenceStart(sentences, si - 1) : start, start - 160);
  const winEnd = Math.min(si + 1 < count ? sentences[si + 1]! : end, end + 160);
  let window: string | undefined;
  // Whether `bloom` may rule out a context regex here: not when the window cuts a word in two.
  const gated = bloomOn && !cutsWord(text, winStart) && !cutsWord(text, winEnd);
  let names: NameSource | undefined;
  const before = found.length;
  const { allPatterns, patternRule } = index;
  for (let q = 0; q < k; q++) {
    const pid = candidates[q]!;
    const r = patternRule[pid]!;
    const rule = index.rules[r]!;
    // The window, and so whether a `requires` regex holds, is the same for every match in the
    // sentence: when the bloom says none can, no match of the rule would count.
    if (gated && rule.requires !== undefined && !mayHold(rule.requires, index.contextGates[r]!, rule.unless?.length ?? 0)) continue;
    const pattern = allPatterns[pid]!;
    const { scan, exact, first, spaced, sticky } = pattern;
    if (!pattern.warmed) {
      pattern.warmed = true;
      warm(sticky ?? scan);
    }
    // A pattern whose matches start with one of a few words runs only where they are: the same
    // matches, in the same order, as a scan of the whole sentence.
    let x = h0;
    let from = 0;
    if (sticky === null) scan.lastIndex = 0;
    for (;;) {
      let m: RegExpExecArray | null;
      if (sticky !== null) {
        if (x === h1) break;
        const at = hitAt[x]! - start;
        const id = hitWord[x++]!;
        // On the space before the word, then on the word: the leftmost match, as a scan finds it.
        m = null;
        if (spaced !== null && at - 1 >= from && sentence.charCodeAt(at - 1) === 32 && inSet(index, spaced, id)) {
          sticky.lastIndex = at - 1;
          m = sticky.exec(sentence);
          if (m !== null && m[0].length === 0) m = null;
        }
        if (m === null && first !== null && at >= from && inSet(index, first, id)) {
          sticky.lastIndex = at;
          m = sticky.exec(sentence);
        }
        if (m === null) continue;
        from = m.index + m[0].length;
      } else {
        m = scan.exec(sentence);
        if (m === null) break;
      }
      if (m[0].length === 0) {
        if (sticky === null) scan.lastIndex++;
        continue;
      }
      const local = m.index;
      if ((gates & QUOTE_GATE.bit) !== 0 && quoted(sentence, local)) continue;
      if ((gates & REPORT_GATE.bit) !== 0 && reported(sentence, local, (names ??= { original: prep.original, starts: shadow.starts, base: start }))) continue;
      if (rule.negatable !== false && (gates & NEGATION_GATE.bit) !== 0 && negatedBefore(sentence, local)) continue;
      if (rule.unless || rule.requires) {
        window ??= text.slice(winStart, winEnd);
        if (index.contextWarmed[r] === 0) {
          index.contextWarmed[r] = 1;
          for (const u of rule.unless ?? []) warmOnce(u);
          for (const u of rule.requires ?? []) warmOnce(u);
        }
        const ctx = index.contextGates[r]!;
        if (rule.unless !== undefined && anyHolds(rule.unless, ctx, 0, gated, window)) continue;
        if (rule.requires !== undefined && !anyHolds(rule.requires, ctx, rule.unless?.length ?? 0, gated, window)) continue;
      }
      if (rule.afterApology && !APOLOGY_BEFORE.test(text.slice(Math.max(0, start + local - APOLOGY_REACH), start + local))) continue;
      const match = new Match(m, exact, sentence);
      const spanIdx = match.group('span') ?? match.whole();
      const range = toOriginal(prep, start + spanIdx[0], start + spanIdx[1]);
      if (!range) continue;
      // A rule finds a place once (two of its patterns may both match there). Only the same
      // sentence can hold the same original offset, so looking back within it is enough.
      let dup = false;
      for (let f = before; f < found.length && !dup; f++) dup = found[f]!.r === r && found[f]!.start === range[0];
      if (dup) continue;
      found.push(new Hit(prep, r, rule, range[0], range[1], match, start));
    }
  }
  if (found.length - before > 1) {
    let alone = false;
    for (let f = before; f < found.length && !alone; f++) alone = found[f]!.rule.onlyAlone === true;
    if (alone) {
      let w = before;
      for (let f = before; f < found.length; f++) if (found[f]!.rule.onlyAlone !== true) found[w++] = found[f]!;
      found.length = w;
    }
  }
}

/** Whether a slice of `text` from (or to) `at` would cut a word in two. */
function cutsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && isLowerAlnum(text.charCodeAt(at - 1)) && isLowerAlnum(text.charCodeAt(at));
}

/** Whether the bloom leaves one of `regexes` (gates from `ctx[from]` on) able to match. */
function mayHold(regexes: readonly RegExp[], ctx: (Int32Array | null)[], from: number): boolean {
  for (let k = 0; k < regexes.length; k++) {
    const gate = ctx[from + k]!;
    if (gate === null || bloomHolds(gate)) return true;
  }
  return false;
}

/** Whether one of `regexes` (gates from `ctx[from]` on) matches `window`; `gated`: the bloom may rule them out. */
function anyHolds(regexes: readonly RegExp[], ctx: (Int32Array | null)[], from: number, gated: boolean, window: string): boolean {
  for (let k = 0; k < regexes.length; k++) {
    const gate = ctx[from + k]!;
    if (gated && gate !== null && !bloomHolds(gate)) continue;
    if (regexes[k]!.test(window)) return true;
  }
  return false;
}

/**
 * A match of a pattern's `scan` copy, with group offsets found without the `d` flag (costly in V8):
 * a group's text found once in the whole match can only sit there; otherwise (rare) the pattern's
 * own `d` regex is re-run at the match's position, which gives the same match with indices.
 */
class Match {
  private exact: RegExpExecArray | null | undefined;
  /** Original offsets of each named group (in `groupNames` order), fixed before the shadow's offsets were reused. */
  frozen: ([number, number] | null)[] | undefined = undefined;

  groupNames(): string[] {
    return this.m.groups ? Object.keys(this.m.groups) : [];
  }

  frozenGroup(name: string): [number, number] | null {
    const at = this.groupNames().indexOf(name);
    return at < 0 ? null : this.frozen![at]!;
  }

  constructor(
    private readonly m: RegExpExecArray,
    private readonly source: RegExp,
    private readonly sentence: string,
  ) {}

  whole(): [number, number] {
    return [this.m.index, this.m.index + this.m[0].length];
  }

  /** Offsets of a named group in the sentence, undefined when it did not take part. */
  group(name: string): [number, number] | undefined {
    const text = this.m.groups?.[name];
    if (text === undefined) return undefined;
    const all = this.m[0];
    const at = text.length > 0 ? all.indexOf(text) : -1;
    if (at >= 0 && all.indexOf(text, at + 1) < 0) return [this.m.index + at, this.m.index + at + text.length];
    if (this.exact === undefined) {
      warmOnce(this.source);
      this.source.lastIndex = this.m.index;
      this.exact = this.source.exec(this.sentence);
    }
    return this.exact?.indices?.groups?.[name];
  }
}

/** Original offsets of a named group, null when it did not take part or holds only edge chars. */
function originalGroup(prep: Prepared, match: Match, base: number, name: string): [number, number] | null {
  const g = match.group(name);
  return g ? toOriginal(prep, base + g[0], base + g[1]) : null;
}

/**
 * Fixes the original offsets of every named group of `h`'s match while the shadow offsets are
 * still valid: they are the scratch buffers the next `normalize` overwrites.
 */
function freezeGroups(h: Hit): void {
  const m = h.match;
  if (h.reframes !== undefined || m.frozen !== undefined) return;
  const names = m.groupNames();
  const frozen: ([number, number] | null)[] = [];
  for (let i = 0; i < names.length; i++) frozen.push(originalGroup(h.prep, m, h.base, names[i]!));
  m.frozen = frozen;
}

/** The writer's words for a reframe template; each is read only when a template asks. */
class Words implements MatchWords {
  constructor(
    private readonly prep: Prepared,
    private readonly match: Match,
    private readonly base: number,
    readonly spanStart: number,
    readonly spanEnd: number,
  ) {}

  group(name: string): string {
    const r = this.match.frozen !== undefined ? this.match.frozenGroup(name) : originalGroup(this.prep, this.match, this.base, name);
    return r ? this.prep.original.slice(r[0], r[1]) : '';
  }

  get span(): string {
    return this.prep.original.slice(this.spanStart, this.spanEnd);
  }

  get message(): string {
    return this.prep.original;
  }
}

/**
 * A rule's match as the scan keeps it: one class, one shape, so the severity filter, the sort and
 * the overlap pass read plain fields. Only the survivors become `Finding`s (see `finish`).
 */
export class Hit {
  /** Written on first read of the finding's `reframes`. */
  reframes: Reframe[] | undefined = undefined;

  constructor(
    readonly prep: Prepared,
    /** Index of the rule in the index's `rules`. */
    readonly r: number,
    readonly rule: Rule,
    readonly start: number,
    readonly end: number,
    readonly match: Match,
    /** Shadow offset of the match's sentence. */
    readonly base: number,
  ) {}
}

const HIT: unique symbol = Symbol('hit');
type LazyFinding = Finding & { [HIT]: Hit };

/**
 * A finding's reframes are written when first read: a long paste can hold thousands of findings of
 * which a person reads a handful. Every reader (code, JSON.stringify, structured clone, deep
 * equality) still sees a plain own, enumerable `reframes`, and the same array on every read.
 *
 * One getter shared by all findings: an object literal's `get reframes()` makes a new function per
 * object, and V8 then keeps every finding as a slow dictionary object (about ten times the cost to
 * build, and slow to read in the sort). The hit the getter needs sits under a hidden symbol key
 * (not enumerable: JSON, structured clone and deep equality do not see it).
 */
const REFRAMES: PropertyDescriptor = {
  get(this: LazyFinding): Reframe[] {
    const h = this[HIT];
    return (h.reframes ??= writeReframes(h.prep, h.rule, h.start, h.end, h.match, h.base));
  },
  enumerable: true,
  configurable: true,
};

function toFinding(hit: Hit): Finding {
  const { rule } = hit;
  const f = { ruleId: rule.id, category: rule.category, severity: rule.severity, start: hit.start, end: hit.end, message: rule.message } as LazyFinding;
  Object.defineProperty(f, 'reframes', REFRAMES);
  Object.defineProperty(f, HIT, { value: hit });
  return f;
}

// Scratch for `finish`, reused across calls (a typed array made per call costs more than its use).
let keep = new Uint8Array(64);
let lastOf = new Int32Array(16);
let present = new Uint8Array(16);

/**
 * The findings at or above `minSeverity`, sorted by start (then longer first, then rule id), with
 * overlaps within a category dropped (the wider, then the more severe, stays), and their sorted
 * unique categories.
 */
export function finish(index: TriggerIndex, hits: Hit[], minSeverity: number): { findings: Finding[]; categories: CategoryId[] } {
  if (hits.length === 0) return { findings: [], categories: [] };
  const { idRank, ruleCategory, categoryIds } = index;
  const sorted = hits.filter((h) => h.rule.severity >= minSeverity).sort((a, b) => a.start - b.start || b.end - a.end || idRank[a.r]! - idRank[b.r]!);
  const n = sorted.length;
  if (keep.length < n) keep = new Uint8Array(Math.max(n, keep.length * 2));
  keep.fill(1, 0, n);
  if (lastOf.length < categoryIds.length) {
    lastOf = new Int32Array(categoryIds.length);
    present = new Uint8Array(categoryIds.length);
  }
  const last = lastOf.fill(-1, 0, categoryIds.length);
  for (let i = 0; i < n; i++) {
    const f = sorted[i]!;
    const c = ruleCategory[f.r]!;
    const p = last[c]!;
    if (p >= 0) {
      const prev = sorted[p]!;
      if (f.start < prev.end) {
        const fw = f.end - f.start;
        const pw = prev.end - prev.start;
        if (!(fw > pw || (fw === pw && f.rule.severity > prev.rule.severity))) {
          keep[i] = 0;
          continue;
        }
        keep[p] = 0;
      }
    }
    last[c] = i;
  }
  const findings: Finding[] = [];
  present.fill(0, 0, categoryIds.length);
  let readers: Hit[] | undefined;
  for (let i = 0; i < n; i++) {
    if (keep[i] === 0) continue;
    const h = sorted[i]!;
    present[ruleCategory[h.r]!] = 1;
    if (index.readsGroups[h.r] === 1) (readers ??= []).push(h);
    findings.push(toFinding(h));
  }
  // A template that quotes the writer maps the match's groups through the shadow's offsets when the
  // reframes are read, which may be after later calls reused them: fix what is still unread first.
  if (readers !== undefined) {
    const unread = readers;
    beforeReuse(() => {
      for (let i = 0; i < unread.length; i++) freezeGroups(unread[i]!);
    });
  }
  const categories: CategoryId[] = [];
  for (let c = 0; c < categoryIds.length; c++) if (present[c] === 1) categories.push(categoryIds[c]!);
  return { findings, categories };
}

function writeReframes(prep: Prepared, rule: Rule, start: number, end: number, match: Match, base: number): Reframe[] {
  let words: Words | undefined;
  const sentenceStart = atSentenceStart(prep.original, start);
  const next = prep.original.charCodeAt(end);
  const closes = next === 46 || next === 33 || next === 63 || next === 0x2026;
  const reframes: Reframe[] = [];
  for (const r of rule.reframes) {
    // A rewrite of the whole text only makes sense for a message-sized draft, and costs O(length).
    if (r.whole && prep.original.length > WHOLE_REFRAME_MAX) continue;
    if (typeof r.text === 'string') {
      // A fixed template reads the same wherever it lands, given the writer's style and the two
      // facts below: it is adapted once per variant, for every draft, not once per finding.
      const style = styleOf(prep);
      const key = (r.whole ? 0 : 1 + (sentenceStart ? 2 : 0) + (closes ? 1 : 0)) * 6 + (style.allLower ? 3 : 0) + (style.apostrophe === "'" ? 0 : style.apostrophe === '' ? 1 : 2);
      let variants = ADAPTED.get(r);
      if (!variants) ADAPTED.set(r, (variants = []));
      const text = (variants[key] ??= reframeText(prep, r.text, r.whole === true, sentenceStart, closes));
      reframes.push(r.whole ? { label: r.label, text, whole: true } : { label: r.label, text });
    } else {
      const text = reframeText(prep, r.text((words ??= new Words(prep, match, base, start, end))), r.whole === true, sentenceStart, closes);
      reframes.push(r.whole ? { label: r.label, text, whole: true } : { label: r.label, text });
    }
  }
  return reframes;
}

/** Fixed reframe templates adapted to each style and place (see `makeFinding`); bounded by the rule data. */
const ADAPTED = new Map<RuleReframe, string[]>();

function reframeText(prep: Prepared, raw: string, whole: boolean, sentenceStart: boolean, closes: boolean): string {
  if (whole) return adapt(raw, styleOf(prep), true);
  // The writer's own closing punctuation stays: a template's final stop is dropped when one follows.
  const text = adapt(raw, styleOf(prep), sentenceStart);
  const last = text.charCodeAt(text.length - 1);
  return closes && (last === 46 || last === 33 || last === 63) ? text.slice(0, -1) : text;
}

export const ENGINE_REGEXES: readonly RegExp[] = [APOLOGY_BEFORE, INVISIBLE];
