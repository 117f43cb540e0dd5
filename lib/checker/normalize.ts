/**
 * Builds a lower-cased "shadow" of the input that patterns are written against, plus a map from each
 * shadow index back to UTF-16 offsets in the original. The shadow drops apostrophes inside words
 * ("I'm" and chat "im" read the same), zero-width and direction marks, collapses runs of spaces and
 * stretched letters ("sooo"), and expands chat shorthand ("u" → "you").
 */
export interface Shadow {
  text: string;
  /** Original offset where shadow char i starts. */
  starts: number[];
  /** Original offset just after shadow char i. */
  ends: number[];
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC\u0060\u00B4\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/;
const SPACE = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const LETTER = /\p{L}/u;

/** Chat shorthand read as the words it stands for. */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['u', 'you'], ['ya', 'you'], ['yu', 'you'], ['ur', 'youre'], ['yr', 'your'], ['r', 'are'], ['y', 'why'],
  ['sry', 'sorry'], ['srry', 'sorry'], ['sory', 'sorry'], ['soz', 'sorry'], ['sowwy', 'sorry'], ['sorri', 'sorry'],
  ['pls', 'please'], ['plz', 'please'], ['plss', 'please'], ['ppl', 'people'],
  ['bc', 'because'], ['bcs', 'because'], ['bcuz', 'because'], ['becuz', 'because'], ['cuz', 'because'],
  ['coz', 'because'], ['cos', 'because'], ['cause', 'because'], ['bcoz', 'because'],
  ['idk', 'i dont know'], ['idc', 'i dont care'], ['dunno', 'dont know'], ['wat', 'what'], ['wut', 'what'],
  ['rn', 'right now'], ['tho', 'though'], ['thx', 'thanks'], ['ok', 'ok'], ['okay', 'ok'], ['okey', 'ok'],
  ['kk', 'k'], ['wanna', 'want to'], ['gonna', 'going to'], ['gotta', 'got to'], ['abt', 'about'],
  ['w', 'with'], ['b4', 'before'], ['2day', 'today'], ['msg', 'message'], ['txt', 'text'],
  ['apologise', 'apologize'], ['apologised', 'apologized'], ['apologising', 'apologizing'],
  ['apologies', 'apologies'], ['realise', 'realize'], ['whatevs', 'whatever'], ['wtv', 'whatever'],
  ['watever', 'whatever'], ['whatevr', 'whatever'], ['overeacting', 'overreacting'], ['overracting', 'overreacting'],
  ['ovverreacting', 'overreacting'], ['sensative', 'sensitive'], ['cmon', 'come on'], ['imma', 'im going to'],
  ['jk', 'just kidding'], ['tbf', 'to be fair'],
]);

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(c);
}

/** Char-level pass: returns chars with their original spans. */
function charPass(input: string): { chars: string[]; starts: number[]; ends: number[] } {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let prevLetter = '';
  let run = 0;
  for (let i = 0; i < input.length; i++) {
    const start = i;
    let c = input[i]!;
    const code = c.charCodeAt(0);
    if (code >= 65 && code <= 90) c = String.fromCharCode(code + 32);
    else if (code === 9) c = ' ';
    else if (code === 13) {
      if (input.charCodeAt(i + 1) === 10) continue;
      c = '\n';
    } else if (code >= 128) {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
        c = input.slice(i, i + 2);
        i++;
      } else if (INVISIBLE.test(c)) continue;
      else if (SINGLE_QUOTES.test(c)) c = "'";
      else if (DOUBLE_QUOTES.test(c)) c = '"';
      else if (SPACE.test(c)) c = ' ';
      else if (c === '\u2026') c = '.';
      else if (c === '\u2013' || c === '\u2014') c = '-';
      else {
        const lower = c.toLowerCase();
        if (lower.length === 1) c = lower;
      }
    }
    // An apostrophe between letters is a contraction mark: drop it so "don't" reads as chat "dont".
    if (c === "'" && chars.length > 0 && isLetter(chars[chars.length - 1]!) && isLetter(input[i + 1] ?? ' ')) continue;
    const last = chars[chars.length - 1];
    if (c === ' ' && (last === undefined || last === ' ' || last === '\n')) continue;
    if (c === '\n' && last === ' ') {
      chars.pop();
      starts.pop();
      ends.pop();
    }
    // Stretched letters ("sooo", "whateverrr"): a run of three or more reads as one.
    const letter = c.length === 1 && isLetter(c);
    if (letter && c === prevLetter) {
      run++;
      if (run === 3) {
        chars.pop();
        starts.pop();
        ends.pop();
        ends[ends.length - 1] = i + 1;
        continue;
      }
      if (run > 3) {
        ends[ends.length - 1] = i + 1;
        continue;
      }
    } else {
      run = 1;
      prevLetter = letter ? c : '';
    }
    chars.push(c);
    starts.push(start);
    ends.push(i + 1);
  }
  return { chars, starts, ends };
}

const WORD = /[\p{L}\p{N}]+/gu;

export function normalize(input: string): Shadow {
  const { chars, starts, ends } = charPass(input);
  const flat = chars.join('');
  // Map from index in `flat` (joined chars, each possibly 2 UTF-16 units) to index in `chars`.
  const out: string[] = [];
  const oStarts: number[] = [];
  const oEnds: number[] = [];
  const push = (s: string, st: number, en: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      oStarts.push(st);
      oEnds.push(en);
    }
  };
  // Walk chars and flat in parallel (flat index advances by chars[j].length).
  const charAtFlat: number[] = new Array<number>(flat.length);
  for (let j = 0, f = 0; j < chars.length; j++) {
    for (let k = 0; k < chars[j]!.length; k++) charAtFlat[f + k] = j;
    f += chars[j]!.length;
  }
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(flat); m; m = WORD.exec(flat)) {
    for (let f = last; f < m.index; f++) {
      const j = charAtFlat[f]!;
      push(flat[f]!, starts[j]!, ends[j]!);
    }
    const word = m[0];
    const rep = SHORTHAND.get(word);
    const j0 = charAtFlat[m.index]!;
    const j1 = charAtFlat[m.index + word.length - 1]!;
    if (rep !== undefined && rep !== word) {
      push(rep, starts[j0]!, ends[j1]!);
    } else {
      for (let f = m.index; f < m.index + word.length; f++) {
        const j = charAtFlat[f]!;
        push(flat[f]!, starts[j]!, ends[j]!);
      }
    }
    last = m.index + word.length;
  }
  for (let f = last; f < flat.length; f++) {
    const j = charAtFlat[f]!;
    push(flat[f]!, starts[j]!, ends[j]!);
  }
  return { text: out.join(''), starts: oStarts, ends: oEnds };
}

export const NORMALIZE_REGEXES: readonly RegExp[] = [INVISIBLE, SINGLE_QUOTES, DOUBLE_QUOTES, SPACE, LETTER, WORD];
