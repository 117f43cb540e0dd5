/**
 * Reads a pattern's source to find the words any match must contain, so the engine can skip the
 * pattern in sentences that lack them. Sound, not complete: whatever it cannot read for certain
 * adds no requirement, and the pattern then simply runs.
 *
 * A requirement is a set of words of which at least one must be in the sentence as a whole token
 * ([a-z0-9] run, as the engine's word walk reads it); a pattern's requirements all hold at once.
 */

type Node =
  | { kind: 'lit'; code: number; min: number; max: number }
  | { kind: 'class'; min: number; max: number }
  /**
   * Zero-width: ^ $ \b \B and lookarounds. `wordEdge` marks (?<![a-z0-9]) and (?![a-z0-9]); `ahead`
   * holds the branches of a positive lookahead, which the sentence must hold too.
   */
  | { kind: 'assert'; wordEdge: boolean; anchor: boolean; ahead?: Node[][] }
  | { kind: 'group'; alts: Node[][]; min: number; max: number };

class Unreadable extends Error {}

const ESCAPED_CLASSES = 'dDwWsS';
const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;
const UNICODE_ESCAPE = /^\\u([0-9a-fA-F]{4})/;
const HEX_ESCAPE = /^\\x([0-9a-fA-F]{2})/;
const LETTER = /[a-zA-Z]/;
const DIGIT = /[0-9]/;
/** The chars of the letter escapes a pattern may write: "\n", "\t" and the like. */
const ESCAPE_CODES: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, f: 12, v: 11 };

/**
 * `letterEdges` also reads (?<![a-z]) and (?![a-z]) as word edges: sound only for a text where no
 * token mixes letters and digits ("2nite"), and for words without digits (see `requiredWords`).
 */
function parse(source: string, letterEdges = false): Node[] {
  let i = 0;
  const readQuantifier = (): [number, number] => {
    const c = source[i];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = QUANTIFIER.exec(source.slice(i));
      if (!m) return q;
      i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (source[i] === '?') i++;
      return [min, max];
    } else return q;
    i++;
    if (source[i] === '?') i++;
    return q;
  };
  const readAlts = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < source.length) {
      const c = source[i]!;
      if (c === ')') return alts;
      if (c === '|') {
        alts.push([]);
        i++;
        continue;
      }
      const seq = alts[alts.length - 1]!;
      if (c === '(') {
        i++;
        let look: 'ahead' | 'behind' | null = null;
        let negative = false;
        if (source.startsWith('?:', i)) i += 2;
        else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
          look = 'ahead';
          negative = source[i + 1] === '!';
          i += 2;
        } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
          look = 'behind';
          negative = source[i + 2] === '!';
          i += 3;
        } else if (source.startsWith('?<', i)) {
          const close = source.indexOf('>', i);
          if (close < 0) throw new Unreadable();
          i = close + 1;
        } else if (source[i] === '?') throw new Unreadable();
        const start = i;
        const alts2 = readAlts();
        if (source[i] !== ')') throw new Unreadable();
        const inner = source.slice(start, i);
        i++;
        if (look) {
          const wordEdge = negative && (inner === '[a-z0-9]' || (letterEdges && inner === '[a-z]'));
          seq.push(look === 'ahead' && !negative ? { kind: 'assert', wordEdge, anchor: false, ahead: alts2 } : { kind: 'assert', wordEdge, anchor: false });
          continue;
        }
        const [min, max] = readQuantifier();
        seq.push({ kind: 'group', alts: alts2, min, max });
        continue;
      }
      if (c === '[') {
        i++;
        const negated = source[i] === '^';
        if (negated) i++;
        const body = i;
        if (source[i] === ']') i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        if (source[i] !== ']') throw new Unreadable();
        const nonWord = !negated && noWordChar(source.slice(body, i));
        i++;
        const [min, max] = readQuantifier();
        // A class of spaces and punctuation only ("[ -]", "[.,!?]") is, for the words around it, like
        // one such char.
        seq.push(nonWord ? { kind: 'lit', code: NON_WORD, min, max } : { kind: 'class', min, max });
        continue;
      }
      if (c === '^' || c === '$') {
        i++;
        seq.push({ kind: 'assert', wordEdge: false, anchor: true });
        continue;
      }
      if (c === '.') {
        i++;
        const [min, max] = readQuantifier();
        seq.push({ kind: 'class', min, max });
        continue;
      }
      let code: number;
      if (c === '\\') {
        const e = source[i + 1];
        if (e === undefined) throw new Unreadable();
        if (e === 'b' || e === 'B') {
          i += 2;
          seq.push({ kind: 'assert', wordEdge: false, anchor: false });
          continue;
        }
        if (ESCAPED_CLASSES.includes(e)) {
          // \d, \w, \s and their opposites: a class like any other, nothing certain about the char.
          i += 2;
          const [min, max] = readQuantifier();
          seq.push({ kind: 'class', min, max });
          continue;
        }
        if (e === 'p' || e === 'P' || (e >= '0' && e <= '9') || e === 'k') {
          // Property classes need flags this reader declines; back-references may take anything.
          throw new Unreadable();
        }
        if (e === 'u' || e === 'x') {
          const m = (e === 'u' ? UNICODE_ESCAPE : HEX_ESCAPE).exec(source.slice(i));
          if (!m) throw new Unreadable();
          code = parseInt(m[1]!, 16);
          i += m[0].length;
        } else {
          code = ESCAPE_CODES[e] ?? e.charCodeAt(0);
          if (LETTER.test(e) && ESCAPE_CODES[e] === undefined) throw new Unreadable();
          i += 2;
        }
      } else {
        if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unreadable();
        code = c.charCodeAt(0);
        i++;
      }
      const [min, max] = readQuantifier();
      seq.push({ kind: 'lit', code, min, max });
    }
    return alts;
  };
  const alts = readAlts();
  if (i !== source.length) throw new Unreadable();
  return alts.length === 1 ? alts[0]! : [{ kind: 'group', alts, min: 1, max: 1 }];
}

/** The code a class of non-word chars reads as: no char of its own, and no word char. */
const NON_WORD = -1;

/**
 * Whether the body of a class (between "[" and "]", not negated) holds only chars that are not
 * [a-z0-9]; false when unsure (\w, \d, \s and the like, \p, anything unread).
 */
function noWordChar(body: string): boolean {
  // Each member's code, and whether it was escaped: an escaped "\-" is a char, not a range mark.
  const members: [number, boolean][] = [];
  for (let k = 0; k < body.length; ) {
    if (body[k] !== '\\') {
      members.push([body.charCodeAt(k), false]);
      k++;
      continue;
    }
    const e = body[k + 1];
    if (e === undefined) return false;
    const m = e === 'u' ? UNICODE_ESCAPE.exec(body.slice(k)) : e === 'x' ? HEX_ESCAPE.exec(body.slice(k)) : null;
    if (m) {
      members.push([parseInt(m[1]!, 16), true]);
      k += m[0].length;
    } else if (ESCAPE_CODES[e] !== undefined) {
      members.push([ESCAPE_CODES[e]!, true]);
      k += 2;
    } else if (LETTER.test(e) || (e >= '0' && e <= '9')) return false;
    else {
      members.push([e.charCodeAt(0), true]);
      k += 2;
    }
  }
  for (let k = 0; k < members.length; k++) {
    const lo = members[k]![0];
    let hi = lo;
    const dash = members[k + 1];
    if (dash !== undefined && dash[0] === 45 && !dash[1] && k + 2 < members.length) {
      hi = members[k + 2]![0];
      k += 2;
    }
    if (hi < lo) return false;
    if (!(hi < 48 || (lo > 57 && hi < 97) || lo > 122)) return false;
  }
  return true;
}

function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Whether a text char can be a word char for the walk: only lower-case letters and digits. */
function isWordLit(n: Node): boolean {
  return n.kind === 'lit' && n.min === 1 && n.max === 1 && isAlnum(n.code);
}

/**
 * Whether seq[k, k + 2) spells one emoji (a surrogate pair), which the engine's walk reads as a
 * word of its own whatever stands around it.
 */
function isEmojiAt(seq: Node[], k: number): boolean {
  const hi = seq[k];
  const lo = seq[k + 1];
  return (
    hi !== undefined && lo !== undefined && hi.kind === 'lit' && lo.kind === 'lit' && hi.min === 1 && hi.max === 1 && lo.min === 1 && lo.max === 1 &&
    hi.code >= 0xd800 && hi.code <= 0xdbff && lo.code >= 0xdc00 && lo.code <= 0xdfff
  );
}

function emojiAt(seq: Node[], k: number): string {
  return String.fromCharCode((seq[k] as { code: number }).code, (seq[k + 1] as { code: number }).code);
}

type Outer = () => boolean;

/** Whether every char right before position k of `seq` is a non-word char or the slice start. */
function edgeBefore(seq: Node[], k: number, outer: Outer): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const n = seq[j]!;
    if (n.kind === 'assert') {
      if (n.wordEdge || n.anchor) return true;
      continue;
    }
    if (n.kind === 'lit') {
      if (isAlnum(n.code)) return false;
      if (n.min >= 1) return true;
      continue;
    }
    if (n.kind === 'class') return false;
    const rest = (): boolean => edgeBefore(seq, j, outer);
    if (n.max > 1) {
      if (!n.alts.every((alt) => edgeBefore(alt, alt.length, () => false))) return false;
      return n.min >= 1 || rest();
    }
    if (!n.alts.every((alt) => edgeBefore(alt, alt.length, rest))) return false;
    return n.min >= 1 || rest();
  }
  return outer();
}

/** Whether every char right after position k of `seq` is a non-word char or the slice end. */
function edgeAfter(seq: Node[], k: number, outer: Outer): boolean {
  for (let j = k; j < seq.length; j++) {
    const n = seq[j]!;
    if (n.kind === 'assert') {
      if (n.wordEdge || n.anchor) return true;
      continue;
    }
    if (n.kind === 'lit') {
      if (isAlnum(n.code)) return false;
      if (n.min >= 1) return true;
      continue;
    }
    if (n.kind === 'class') return false;
    const rest = (): boolean => edgeAfter(seq, j + 1, outer);
    if (n.max > 1) {
      if (!n.alts.every((alt) => edgeAfter(alt, 0, () => false))) return false;
      return n.min >= 1 || rest();
    }
    if (!n.alts.every((alt) => edgeAfter(alt, 0, rest))) return false;
    return n.min >= 1 || rest();
  }
  return outer();
}

/** The word spelled by the word literals seq[from, to). */
function wordOf(seq: Node[], from: number, to: number): string {
  let word = '';
  for (let j = from; j < to; j++) word += String.fromCharCode((seq[j] as { code: number }).code);
  return word;
}

/** End of the run of word literals that starts at seq[from]. */
function runEnd(seq: Node[], from: number): number {
  let k = from;
  while (k < seq.length && isWordLit(seq[k]!)) k++;
  return k;
}

type SetsOf = (seq: Node[], before: Outer, after: Outer) => string[][];

/**
 * The sets a required group (taken exactly once) at seq[at] adds, given `of` for its branches: one
 * branch's sets as they are; for several, a single set joining each branch's narrowest (every
 * branch needs one of its sets), when every branch has one and the join holds at most `max`.
 */
function groupSets(seq: Node[], at: number, before: Outer, after: Outer, of: SetsOf, max = Infinity): string[][] {
  const perAlt = (seq[at] as { alts: Node[][] }).alts.map((alt) =>
    of(
      alt,
      () => edgeBefore(seq, at, before),
      () => edgeAfter(seq, at + 1, after),
    ),
  );
  return joinBranches(perAlt, max);
}

/** Words most messages hold: a set with one of them rules out little. */
const COMMON: ReadonlySet<string> = new Set([
  'i', 'im', 'me', 'my', 'you', 'youre', 'your', 'it', 'its', 'the', 'a', 'an', 'and', 'to', 'of', 'in', 'on', 'for', 'is',
  'was', 'be', 'been', 'are', 'were', 'am', 'do', 'did', 'dont', 'so', 'that', 'thats', 'this', 'not', 'but', 'just',
  'have', 'had', 'has', 'with', 'what', 'at', 'like', 'all', 'can', 'if', 'no', 'we', 'get', 'got', 'about', 'how', 'up',
  'out', 'know', 'now', 'then', 'they', 'he', 'she', 'him', 'her', 'there', 'would', 'will', 'as', 'or', 'one', 'really',
  'when', 'why', 'want', 'think', 'feel', 'go', 'time', 'sorry', 'ok',
]);

/**
 * How often a set of words is likely met, roughly: the commonest words, then short words ("i",
 * "it", "the"). A branch is joined through its rarest set.
 */
function rarity(set: readonly string[]): number {
  let cost = 0;
  for (const w of set) cost += COMMON.has(w) ? 40 : w.length <= 2 ? 8 : w.length === 3 ? 3 : 1;
  return cost;
}

/** One branch's sets as they are; for several, one set joining each branch's rarest, if at most `max`. */
function joinBranches(perAlt: string[][][], max: number): string[][] {
  if (perAlt.length === 1) return perAlt[0]!;
  if (!perAlt.every((r) => r.length > 0)) return [];
  const union = new Set<string>();
  for (const r of perAlt) for (const w of r.reduce((a, b) => (rarity(b) < rarity(a) ? b : a))) union.add(w);
  return union.size <= max ? [[...union]] : [];
}

/** What may stand beyond a sequence, as `lettersBeside` says; null when unsure. */
type Ends = () => Set<string> | null;

function onlyEdge(ends: Set<string> | null): boolean {
  return ends !== null && ends.size === 1 && ends.has('');
}

/** Most endings one word may take before its set stops being worth a check. */
const MAX_ENDINGS = 16;

type Way = 1 | -1;

/**
 * The letters that may stand beside position k of `seq` up to a non-word char, each a string (""
 * when a non-word char comes at once): after it reading forward (`way` 1), before it reading back
 * (-1). Forward, `s?` then a space gives "" and "s", and `(?: is|s)?` the same; back, "(?:oh|wow)? ?"
 * gives "", "oh" and "wow". Null when unsure (a class, a repeat, too many). `outer` says the same
 * for what lies beyond `seq` that way.
 */
function lettersBeside(seq: Node[], k: number, way: Way, outer: Ends): Set<string> | null {
  const at = way === 1 ? k : k - 1;
  if (at < 0 || at >= seq.length) return outer();
  const n = seq[at]!;
  const further = (): Set<string> | null => lettersBeside(seq, k + way, way, outer);
  const edgeOf = (alt: Node[]): number => (way === 1 ? 0 : alt.length);
  // A lookaround only narrows what may stand there: skipping it keeps every string possible.
  if (n.kind === 'assert') return n.wordEdge || n.anchor ? new Set(['']) : further();
  if (n.kind === 'class') return null;
  let out: Set<string>;
  if (n.max > 1) {
    // A repeat is known only when each turn starts (ends, reading back) with a non-word char: " (?:just|so){0,2}".
    if (n.kind === 'lit' ? isAlnum(n.code) : !n.alts.every((alt) => onlyEdge(lettersBeside(alt, edgeOf(alt), way, () => null)))) return null;
    out = new Set(['']);
  } else if (n.kind === 'lit') {
    if (!isAlnum(n.code)) out = new Set(['']);
    else {
      const rest = further();
      if (rest === null) return null;
      const c = String.fromCharCode(n.code);
      out = new Set([...rest].map((e) => (way === 1 ? c + e : e + c)));
    }
  } else {
    out = new Set();
    for (const alt of n.alts) {
      const letters = lettersBeside(alt, edgeOf(alt), way, further);
      if (letters === null) return null;
      for (const e of letters) out.add(e);
    }
  }
  if (n.min === 0) {
    const skipped = further();
    if (skipped === null) return null;
    for (const e of skipped) out.add(e);
  }
  return out.size <= MAX_ENDINGS ? out : null;
}

/**
 * Requirements of a sequence that is itself certain to take part in the match. A word that may
 * run on takes each way it may ("calendars?" needs "calendar" or "calendars").
 */
function requirementsOf(seq: Node[], before: Ends, after: Ends): string[][] {
  const out: string[][] = [];
  for (let j = 0; j < seq.length; ) {
    const n = seq[j]!;
    if (isWordLit(n)) {
      const k = runEnd(seq, j);
      const heads = lettersBeside(seq, j, -1, before);
      const ends = heads && lettersBeside(seq, k, 1, after);
      if (heads !== null && ends !== null && heads.size * ends.size <= MAX_ENDINGS) {
        const word = wordOf(seq, j, k);
        const set: string[] = [];
        for (const b of heads) for (const e of ends) set.push(b + word + e);
        out.push(set);
      }
      j = k;
      continue;
    }
    if (isEmojiAt(seq, j)) {
      out.push([emojiAt(seq, j)]);
      j += 2;
      continue;
    }
    if (n.kind === 'assert' && n.ahead !== undefined) {
      // "(?= ?🙄)": what a lookahead needs stands in the sentence right after; what follows it is unknown.
      const at = j;
      const perAlt = n.ahead.map((alt) => requirementsOf(alt, () => lettersBeside(seq, at, -1, before), () => null));
      out.push(...joinBranches(perAlt, Infinity));
    }
    if (n.kind === 'group' && n.min >= 1 && n.max === 1) {
      const at = j;
      const perAlt = n.alts.map((alt) =>
        requirementsOf(
          alt,
          () => lettersBeside(seq, at, -1, before),
          () => lettersBeside(seq, at + 1, 1, after),
        ),
      );
      out.push(...joinBranches(perAlt, Infinity));
    }
    j++;
  }
  return out;
}

/** Most pairs one place may stand for: beyond that a check would cost more than the regex. */
const MAX_PAIRS = 48;

/** The words that certainly end right before seq[k], each a whole word; null when unsure. */
function wordsEndingAt(seq: Node[], k: number, before: Outer): Set<string> | null {
  const p = seq[k - 1];
  if (p === undefined) return null;
  if (isWordLit(p)) {
    let j = k - 1;
    while (j > 0 && isWordLit(seq[j - 1]!)) j--;
    return edgeBefore(seq, j, before) ? new Set([wordOf(seq, j, k)]) : null;
  }
  if (p.kind !== 'group' || p.min !== 1 || p.max !== 1) return null;
  const out = new Set<string>();
  for (const alt of p.alts) {
    const words = wordsEndingAt(alt, alt.length, () => edgeBefore(seq, k - 1, before));
    if (words === null) return null;
    for (const w of words) out.add(w);
  }
  return out;
}

/** The words that certainly start at seq[k], each a whole word; null when unsure. */
function wordsStartingAt(seq: Node[], k: number, after: Outer): Set<string> | null {
  const n = seq[k];
  if (n === undefined) return null;
  if (isWordLit(n)) {
    const j = runEnd(seq, k);
    return edgeAfter(seq, j, after) ? new Set([wordOf(seq, k, j)]) : null;
  }
  if (n.kind !== 'group' || n.min !== 1 || n.max !== 1) return null;
  const out = new Set<string>();
  for (const alt of n.alts) {
    const words = wordsStartingAt(alt, 0, () => edgeAfter(seq, k + 1, after));
    if (words === null) return null;
    for (const w of words) out.add(w);
  }
  return out;
}

/** Pair requirements of a sequence that is itself certain to take part in the match. */
function pairsOf(seq: Node[], before: Outer, after: Outer): string[][] {
  const out: string[][] = [];
  for (let j = 0; j < seq.length; j++) {
    const n = seq[j]!;
    if (n.kind === 'lit' && n.code === 32 && n.min === 1 && n.max === 1) {
      const left = wordsEndingAt(seq, j, before);
      const right = left && wordsStartingAt(seq, j + 1, after);
      if (left && right && left.size * right.size <= MAX_PAIRS) {
        const pairs: string[] = [];
        for (const a of left) for (const b of right) pairs.push(`${a} ${b}`);
        out.push(pairs);
      }
      continue;
    }
    if (n.kind === 'group' && n.min >= 1 && n.max === 1) out.push(...groupSets(seq, j, before, after, pairsOf, MAX_PAIRS));
  }
  return out;
}

/**
 * Pairs of words a match of `re` must hold side by side (two whole words, one space between), as
 * sets of "first second" of which each match holds one; [] when nothing is certain.
 */
export function requiredPairs(re: RegExp): string[][] {
  if (re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v') || re.flags.includes('x')) return [];
  try {
    return pairsOf(parse(re.source), () => false, () => false);
  } catch (e) {
    if (e instanceof Unreadable) return [];
    throw e;
  }
}

type Firsts = Set<string> | null;

/**
 * The whole words one of which every match of seq[k, end) (then `cont`) starts with; null when
 * unsure: a match may start with a space, punctuation, a class, part of a word, or nothing.
 */
function firstsOf(seq: Node[], k: number, before: Outer, after: Outer, cont: () => Firsts): Firsts {
  for (let j = k; j < seq.length; j++) {
    const n = seq[j]!;
    if (n.kind === 'assert') continue;
    if (isWordLit(n)) {
      const end = runEnd(seq, j);
      return edgeBefore(seq, j, before) && edgeAfter(seq, end, after) ? new Set([wordOf(seq, j, end)]) : null;
    }
    if (isEmojiAt(seq, j)) return new Set([emojiAt(seq, j)]);
    if (n.kind === 'lit' && n.code === 32 && n.min === 1 && n.max === 1) {
      // "(?<=[,.]) calm down": the match starts on the space before one of the next words.
      const next = firstsOf(seq, j + 1, before, after, cont);
      if (next === null || [...next].some((w) => w.startsWith(' '))) return null;
      return new Set([...next].map((w) => ` ${w}`));
    }
    if (n.kind !== 'group') return null;
    const rest = (): Firsts => firstsOf(seq, j + 1, before, after, cont);
    const out = new Set<string>();
    for (const alt of n.alts) {
      // In a repeat, what follows an alternative may be another turn of it: nothing is certain there.
      const words = firstsOf(
        alt,
        0,
        () => edgeBefore(seq, j, before),
        n.max > 1 ? () => false : () => edgeAfter(seq, j + 1, after),
        n.max > 1 ? () => null : rest,
      );
      if (words === null) return null;
      for (const w of words) out.add(w);
    }
    if (n.min === 0) {
      const words = rest();
      if (words === null) return null;
      for (const w of words) out.add(w);
    }
    return out;
  }
  return cont();
}

/**
 * The whole words one of which every match of `re` starts with, so a match can start only where
 * one of them does; null when that is not certain. A word written with a space before it (" calm")
 * is one a match may start right before, on the space.
 */
export function firstWords(re: RegExp): string[] | null {
  if (re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v') || re.flags.includes('x')) return null;
  try {
    const words = firstsOf(parse(re.source), 0, () => false, () => false, () => null);
    return words && [...words];
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/**
 * The word sets a match of `re` must hold, or [] when nothing is certain. With `letterEdges`, a
 * pattern bounded by (?<![a-z]) and (?![a-z]) is read as if bounded by (?<![a-z0-9]) and
 * (?![a-z0-9]), and sets holding a digit are left out: the sets then hold for a text in which no
 * token mixes letters and digits.
 */
export function requiredWords(re: RegExp, letterEdges = false): string[][] {
  if (re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v') || re.flags.includes('x')) return [];
  try {
    const sets = requirementsOf(parse(re.source, letterEdges), () => null, () => null);
    return letterEdges ? sets.filter((set) => !set.some((w) => DIGIT.test(w))) : sets;
  } catch (e) {
    if (e instanceof Unreadable) return [];
    throw e;
  }
}

export const REQUIRED_WORDS_REGEXES: readonly RegExp[] = [QUANTIFIER, UNICODE_ESCAPE, HEX_ESCAPE, LETTER, DIGIT];
