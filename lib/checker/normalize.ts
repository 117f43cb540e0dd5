/**
 * Builds a lower-cased "shadow" of the input that patterns are written against, plus a map from each
 * shadow index back to UTF-16 offsets in the original. The shadow drops apostrophes inside words
 * ("I'm" and chat "im" read the same), zero-width and direction marks, collapses runs of spaces and
 * stretched letters ("sooo"), and expands chat shorthand ("u" → "you"). One pass, typed arrays:
 * this runs on every keystroke.
 */
export interface Shadow {
  text: string;
  /** Original offset where shadow char i starts. */
  starts: Int32Array;
  /** Original offset just after shadow char i. */
  ends: Int32Array;
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC\u0060\u00B4\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/;
const SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const LETTER = /[\p{L}\p{N}]/u;

/** Chat shorthand read as the words it stands for. */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['u', 'you'], ['ya', 'you'], ['yu', 'you'], ['ur', 'youre'], ['yr', 'your'], ['r', 'are'], ['y', 'why'],
  ['sry', 'sorry'], ['srry', 'sorry'], ['sory', 'sorry'], ['soz', 'sorry'], ['sowwy', 'sorry'], ['sorri', 'sorry'],
  ['pls', 'please'], ['plz', 'please'], ['ppl', 'people'],
  ['bc', 'because'], ['bcs', 'because'], ['bcuz', 'because'], ['becuz', 'because'], ['cuz', 'because'],
  ['coz', 'because'], ['cos', 'because'], ['cause', 'because'], ['bcoz', 'because'],
  ['idk', 'i dont know'], ['idc', 'i dont care'], ['dunno', 'dont know'], ['wat', 'what'], ['wut', 'what'],
  ['rn', 'right now'], ['tho', 'though'], ['thx', 'thanks'], ['okay', 'ok'], ['okey', 'ok'],
  ['kk', 'k'], ['wanna', 'want to'], ['gonna', 'going to'], ['gotta', 'got to'], ['abt', 'about'],
  ['b4', 'before'], ['msg', 'message'], ['txt', 'text'],
  ['apologise', 'apologize'], ['apologised', 'apologized'], ['apologising', 'apologizing'],
  ['realise', 'realize'], ['whatevs', 'whatever'], ['wtv', 'whatever'],
  ['watever', 'whatever'], ['whatevr', 'whatever'], ['overeacting', 'overreacting'], ['overracting', 'overreacting'],
  ['sensative', 'sensitive'], ['cmon', 'come on'], ['imma', 'im going to'],
  ['jk', 'just kidding'], ['tbf', 'to be fair'],
  // "u'd", "u've", "u'll" lose their apostrophe like "you'd" does.
  ['ud', 'youd'], ['uve', 'youve'], ['ull', 'youll'], ['ure', 'youre'], ['urself', 'yourself'], ['urselves', 'yourselves'],
  ['urs', 'yours'],
  ['srsly', 'seriously'], ['rly', 'really'], ['shud', 'should'], ['cud', 'could'], ['wud', 'would'], ['shudnt', 'shouldnt'],
  ['cudnt', 'couldnt'], ['wudnt', 'wouldnt'], ['dnt', 'dont'], ['ik', 'i know'], ['ikr', 'i know right'], ['tht', 'that'],
  ['dat', 'that'], ['hav', 'have'], ['no1', 'no one'], ['every1', 'everyone'], ['some1', 'someone'], ['any1', 'anyone'],
  ['sum1', 'someone'], ['bout', 'about'], ['tryna', 'trying to'], ['lemme', 'let me'], ['wen', 'when'], ['luv', 'love'],
  ['ofc', 'of course'], ['obvs', 'obviously'], ['obvi', 'obviously'], ['prolly', 'probably'], ['sumthin', 'something'],
  ['nuthin', 'nothing'], ['alot', 'a lot'], ['shoulda', 'should have'], ['coulda', 'could have'], ['woulda', 'would have'],
  ['hafta', 'have to'], ['dey', 'they'], ['dem', 'them'], ['yh', 'yeah'],
  // A dropped final g: "ur overreactin", "stop bein dramatic". Only verbs whose clipped form is no other word.
  ...['overreact', 'be', 'do', 'go', 'say', 'try', 'mak', 'act', 'ly', 'yell', 'talk', 'play', 'noth', 'someth', 'cry', 'jok', 'kidd',
    'mess', 'blam', 'listen', 'whin', 'complain', 'exaggerat', 'overthink', 'gett', 'tak', 'think', 'look', 'com', 'ignor', 'push',
    'bring', 'dwell', 'start', 'fight', 'argu', 'cheat', 'leav', 'freak', 'lov', 'car', 'hurt', 'shout', 'scream', 'sulk',
    'nagg', 'moan', 'bitch', 'pretend', 'accus', 'attack', 'twist', 'gaslight', 'punish', 'dragg', 'hid',
    'avoid', 'ghost', 'pick', 'wait', 'text'].map((stem): [string, string] => [`${stem}in`, `${stem}ing`]),
  // Pure fillers, read as if they were not there: "but tbh I was tired" is "but I was tired".
  ['tbh', ''], ['ngl', ''], ['imo', ''], ['imho', ''], ['lowkey', ''], ['istg', ''],
]);

/**
 * "ur" is "your" after a word that takes a possessive ("take ur time", "in ur head", "bless ur
 * heart"); elsewhere it stays "youre", the commoner reading ("ur overreacting").
 */
const BEFORE_YOUR: ReadonlySet<string> = new Set([
  'take', 'takes', 'taking', 'took', 'in', 'on', 'of', 'for', 'with', 'w', 'about', 'at', 'from', 'to', 'by', 'into', 'all',
  'lost', 'lose', 'mind', 'check', 'bless', 'hurt', 'read', 'through', 'thru', 'is', 'was', 'get', 'got', 'did', 'do',
  'does', 'accept', 'own', 'miss', 'love', 'see', 'saw', 'hate', 'answer', 'change', 'made', 'make', 'use',
  'not', 'its', 'thats', 'were', 'are', 'be', 'been', 'whats', 'hows', 'wheres', 'over', 'under', 'after', 'before',
]);

/**
 * Stretched words whose own double letter went with the stretch ("alll" reads as "al", "tooo" as
 * "to"): read back as the word. Only used for a word that had a run collapsed.
 */
const UNSTRETCH: ReadonlyMap<string, string> = new Map([
  ['al', 'all'], ['to', 'too'], ['stil', 'still'], ['wel', 'well'], ['se', 'see'], ['wil', 'will'], ['tel', 'tell'],
  ['cal', 'call'], ['fel', 'feel'], ['kil', 'kill'], ['ful', 'full'], ['god', 'good'], ['lok', 'look'], ['son', 'soon'],
  ['ned', 'need'], ['fre', 'free'], ['agre', 'agree'], ['col', 'cool'], ['hm', 'hmm'], ['of', 'off'], ['bo', 'boo'],
  ['swet', 'sweet'], ['mis', 'miss'], ['kis', 'kiss'], ['les', 'less'],
  ['aw', 'aww'], ['sen', 'seen'], ['gras', 'grass'], ['chil', 'chill'], ['gues', 'guess'], ['stuf', 'stuff'],
  ['hel', 'hell'], ['yel', 'yell'], ['mes', 'mess'], ['bos', 'boss'], ['pas', 'pass'], ['clas', 'class'],
  ['cros', 'cross'], ['dres', 'dress'], ['princes', 'princess'], ['stres', 'stress'], ['bles', 'bless'],
  ['sory', 'sorry'],
]);
const MAX_KEY = Math.max(...Array.from(SHORTHAND.keys(), (k) => k.length));

function hashCodes(codes: ArrayLike<number>, from: number, to: number): number {
  let h = 7;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + codes[k]!) & 0x3fffffff;
  return h;
}

/**
 * A bitmap of the shorthand keys' hashes: most words are ruled out with one bit test, without
 * building a string (hashes kept to 30 bits stay small integers, never boxed).
 */
const KEY_BITS = new Uint8Array(1 << 13);
for (const k of SHORTHAND.keys()) {
  const h = hashCodes(Array.from(k, (c) => c.charCodeAt(0)), 0, k.length) & 0xffff;
  KEY_BITS[h >> 3] = KEY_BITS[h >> 3]! | (1 << (h & 7));
}

function isWordCode(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(ch);
}

// Scratch buffers reused across calls (the checker is synchronous, so there is no sharing).
let cap = 1024;
let out = new Uint16Array(cap);
let starts = new Int32Array(cap);
let ends = new Int32Array(cap);

/** Makes room for `need` chars, keeping the first `used`. */
function grow(need: number, used: number): void {
  if (need <= cap) return;
  cap = Math.max(cap * 2, need + 16);
  const o = new Uint16Array(cap);
  o.set(out.subarray(0, used));
  out = o;
  const st = new Int32Array(cap);
  st.set(starts.subarray(0, used));
  starts = st;
  const en = new Int32Array(cap);
  en.set(ends.subarray(0, used));
  ends = en;
}

/** Writes `rep` over the word at [from, to), each char mapped to the whole original word. */
function replaceWord(from: number, to: number, rep: string): number {
  const st = starts[from]!;
  const en = ends[to - 1]!;
  grow(from + rep.length, from);
  for (let k = 0; k < rep.length; k++) {
    out[from + k] = rep.charCodeAt(k);
    starts[from + k] = st;
    ends[from + k] = en;
  }
  return from + rep.length;
}

/** The word just before `from` in the scratch buffer (one space between), lower case. */
function previousWord(from: number): string {
  if (from < 2 || out[from - 1] !== 32) return '';
  let k = from - 1;
  while (k > 0 && isWordCode(out[k - 1]!, '') && from - 1 - k < 12) k--;
  let w = '';
  for (let q = k; q < from - 1; q++) w += String.fromCharCode(out[q]!);
  return w;
}

/** Words "like" is a filler after: ", like", "but like". */
const BEFORE_FILLER_LIKE: ReadonlySet<string> = new Set(['but', 'and', 'so', 'because', 'or', 'cause', 'cuz', 'coz']);
/** Words a filler "like" comes before: the start of the clause it pads. */
const AFTER_FILLER_LIKE: ReadonlySet<string> = new Set([
  'i', 'im', 'id', 'ive', 'ill', 'you', 'u', 'ur', 'youre', 'it', 'its', 'the', 'my', 'we', 'he', 'she', 'they', 'this',
  'there', 'theres', 'nobody', 'no', 'not', 'literally', 'honestly', 'seriously', 'what', 'why', 'how', 'who', 'everyone',
]);

/**
 * Whether the word "like" just written at `from` (ending at input index `i`) is a filler between a
 * clause break and the clause ("but like I was tired", "it was one text, like relax"): then it is
 * read as if it were not there. A verb ("I like you") or a comparison ("acting like a child") has
 * no break before it.
 */
function fillerLike(input: string, i: number, from: number): boolean {
  if (out[from + 1] !== 105 || out[from + 2] !== 107 || out[from + 3] !== 101 || from < 2 || out[from - 1] !== 32) return false;
  const afterComma = out[from - 2] === 44;
  if (!afterComma && !BEFORE_FILLER_LIKE.has(previousWord(from))) return false;
  let k = i;
  while (k < input.length && input.charCodeAt(k) === 32) k++;
  let next = '';
  while (k < input.length && next.length < 12) {
    const c = input.charCodeAt(k) | 32;
    if (c < 97 || c > 122) {
      if (input.charCodeAt(k) === 39 || input.charCodeAt(k) === 0x2019) {
        k++;
        continue;
      }
      break;
    }
    next += String.fromCharCode(c);
    k++;
  }
  // ", like you would even notice" compares; "but like you never listen" pads.
  if (afterComma && (next === 'you' || next === 'u' || next === 'youd' || next === 'youre' || next === 'ur')) return false;
  return AFTER_FILLER_LIKE.has(next) || (afterComma && CLAUSE_OPENERS.has(next));
}

/** After a comma, a filler "like" may also pad a short command: "like relax", "like calm down". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['relax', 'calm', 'chill', 'whatever', 'seriously', 'come', 'get', 'stop', 'just']);

/** Ends a word that had a run of letters collapsed: restores a double letter the stretch took. */
function endStretched(from: number, to: number): number {
  if (to - from > 7) return endWord(from, to);
  let word = '';
  for (let k = from; k < to; k++) word += String.fromCharCode(out[k]!);
  const rep = UNSTRETCH.get(word);
  return rep === undefined ? endWord(from, to) : replaceWord(from, to, rep);
}

/** Words after which "of" stands for "have": "should of known", "wouldnt of". */
const MODALS: ReadonlySet<string> = new Set([
  'would', 'wouldnt', 'could', 'couldnt', 'should', 'shouldnt', 'must', 'mustnt', 'might', 'mightnt',
]);

/** Ends the word at [from, to) of the scratch buffers: expands it when it is shorthand. Returns the new length. */
function endWord(from: number, to: number): number {
  if (to - from > MAX_KEY) return to;
  // "i wouldnt of yelled": "of" after a modal is "have" misheard.
  if (to - from === 2 && out[from] === 111 && out[from + 1] === 102) return MODALS.has(previousWord(from)) ? replaceWord(from, to, 'have') : to;
  const h = hashCodes(out, from, to) & 0xffff;
  if ((KEY_BITS[h >> 3]! & (1 << (h & 7))) === 0) return to;
  let word = '';
  for (let k = from; k < to; k++) word += String.fromCharCode(out[k]!);
  let rep = SHORTHAND.get(word);
  if (rep === undefined) return to;
  // A dropped filler takes the space before it along.
  if (rep === '') return from > 0 && out[from - 1] === 32 ? from - 1 : from;
  if (word === 'ur' && BEFORE_YOUR.has(previousWord(from))) rep = 'your';
  return replaceWord(from, to, rep);
}

// Set when the shadow holds a surrogate that is not half of a proper pair.
let unpaired = false;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;
const codes: number[] = [];

function decode(len: number): string {
  // A long text decoded in one go is one flat string; chunks joined with += make a rope, and every
  // later charCodeAt walk over a rope is several times slower. The decoder would replace a lone
  // surrogate, so texts with one take the chunked path.
  if (len > 4096 && UTF16 !== undefined && !unpaired) return UTF16.decode(out.subarray(0, len));
  if (len <= 4096) {
    // A plain array is the cheapest argument list for a short text.
    codes.length = len;
    for (let k = 0; k < len; k++) codes[k] = out[k]!;
    return String.fromCharCode.apply(null, codes);
  }
  let text = '';
  for (let k = 0; k < len; k += 4096) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  return text;
}

/**
 * The shadow char for a non-ASCII char, or -1 to drop it. Kept out of the main loop: a branch taken
 * rarely would otherwise throw the optimised loop away each time a long text first reaches it.
 */
function foldNonAscii(ch: string, code: number): number {
  if (INVISIBLE.test(ch)) return -1;
  if (SINGLE_QUOTES.test(ch)) return 39;
  if (DOUBLE_QUOTES.test(ch)) return 34;
  if (SPACE.test(ch)) return 32;
  if (code === 0x2026) return 46;
  if (code === 0x2013 || code === 0x2014) return 45;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

// Run once before the scratch buffers are next overwritten (see `beforeReuse`).
let onReuse: (() => void) | undefined;

/**
 * Runs `fn` at the start of the next call, while the offsets handed out last are still valid:
 * findings write their reframes when first read, possibly after later drafts were checked.
 */
export function beforeReuse(fn: () => void): void {
  onReuse = fn;
}

/**
 * The shadow's offset arrays are the scratch buffers themselves (longer than the text): valid until
 * the next call (see `beforeReuse`). State lives in locals, not module bindings, so the per-char
 * loop keeps it in registers.
 */
export function normalize(input: string): Shadow {
  if (onReuse !== undefined) {
    const fn = onReuse;
    onReuse = undefined;
    fn();
  }
  const n = input.length;
  grow(n + 16, 0);
  let o = out;
  let st = starts;
  let en = ends;
  let len = 0;
  let wordStart = -1; // output index where the current word began, -1 outside a word
  let prevLetter = -1;
  let run = 0;
  let stretched = false; // the current word had a run of letters collapsed
  unpaired = false;
  for (let i = 0; i < n; i++) {
    let code = input.charCodeAt(i);
    let word: boolean;
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        code += 32;
        word = true;
      } else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) word = true;
      else {
        word = false;
        if (code === 9) code = 32;
        else if (code === 13) {
          if (input.charCodeAt(i + 1) === 10) continue;
          code = 10;
        }
      }
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        // A surrogate pair (emoji and other astral chars) is copied as is.
        if (wordStart >= 0) {
          len = stretched ? endStretched(wordStart, len) : endWord(wordStart, len);
          wordStart = -1;
        }
        prevLetter = -1;
        const low = input.charCodeAt(i + 1);
        if (low < 0xdc00 || low > 0xdfff) unpaired = true;
        grow(len + 2, len);
        o = out;
        st = starts;
        en = ends;
        o[len] = code;
        st[len] = i;
        en[len++] = i + 2;
        o[len] = low;
        st[len] = i;
        en[len++] = i + 2;
        i++;
        continue;
      }
      code = foldNonAscii(input[i]!, code);
      if (code < 0) continue;
      if (code >= 0xd800 && code <= 0xdfff) unpaired = true;
      word = isWordCode(code, code < 128 ? '' : String.fromCharCode(code));
    }
    if (!word) {
      // An apostrophe between letters is a contraction mark: drop it so "don't" reads as chat "dont".
      if (code === 39 && wordStart >= 0 && i + 1 < n) {
        const nx = input.charCodeAt(i + 1);
        if (isWordCode(nx, nx < 128 ? '' : input[i + 1]!)) continue;
      }
      if (wordStart >= 0) {
        len =
          len - wordStart === 4 && o[wordStart] === 108 && fillerLike(input, i, wordStart)
            ? wordStart - 1
            : stretched
              ? endStretched(wordStart, len)
              : endWord(wordStart, len);
        wordStart = -1;
        o = out;
        st = starts;
        en = ends;
      }
      prevLetter = -1;
      const last = len > 0 ? o[len - 1]! : -1;
      if (code === 32 && (last === -1 || last === 32 || last === 10)) continue;
      if (code === 44 && last === -1) continue;
      if (code === 10 && last === 32) len--;
    } else {
      // Stretched letters ("sooo", "whateverrr"): a run of three or more reads as one.
      if (code === prevLetter && code > 57) {
        run++;
        if (run === 3) {
          stretched = true;
          len--;
          en[len - 1] = i + 1;
          continue;
        }
        if (run > 3) {
          en[len - 1] = i + 1;
          continue;
        }
      } else {
        run = 1;
        prevLetter = code;
      }
      if (wordStart < 0) {
        wordStart = len;
        stretched = false;
      }
    }
    if (len === cap) {
      grow(len + 1, len);
      o = out;
      st = starts;
      en = ends;
    }
    o[len] = code;
    st[len] = i;
    en[len++] = i + 1;
  }
  if (wordStart >= 0) len = stretched ? endStretched(wordStart, len) : endWord(wordStart, len);
  return { text: decode(len), starts, ends };
}

export const NORMALIZE_REGEXES: readonly RegExp[] = [INVISIBLE, SINGLE_QUOTES, DOUBLE_QUOTES, SPACE, LETTER];
