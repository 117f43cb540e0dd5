/** Checks on the words around a match that change what it means. All look at a bounded window. */

// "I don't know why you're …", "I can't believe you're …" frame what follows; they do not deny it.
const NEGATION = /(?<![a-z])(?:not|never|dont(?! (?:know|understand|get|see) why)|didnt|doesnt|isnt|wasnt|arent|werent|wont|cant(?! believe)|shouldnt|wouldnt|nobody|no one|nothing)(?![a-z])/;

/** A negation in the same clause just before the match: "I'm not saying you overreacted". */
export function negatedBefore(sentence: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  // The clause starts after the last break (, ; : " but " " and " " so ") in the 40 chars before,
  // read left to right (a space that ends one " so " cannot start an " and ").
  let cut = from;
  for (let p = from; p < at; ) {
    const c = sentence.charCodeAt(p);
    let len = 0;
    if (c === 44 || c === 59 || c === 58) len = 1;
    else if (c === 32) len = clauseWordAt(sentence, p + 1, at);
    if (len > 0) {
      p += len;
      cut = p;
    } else p++;
  }
  return NEGATION.test(sentence.slice(cut, at));
}

/** Length of " but ", " and " or " so " when one starts just before `p` and ends by `end`, else 0. */
function clauseWordAt(s: string, p: number, end: number): number {
  for (const w of CLAUSE_WORDS) {
    if (p + w.length <= end && s.startsWith(w, p)) return w.length + 1;
  }
  return 0;
}

const CLAUSE_WORDS = ['but ', 'and ', 'so '];

/** Inside quotation marks: "she said 'whatever'". */
export function quoted(sentence: string, at: number): boolean {
  const from = Math.max(0, at - 300);
  let doubles = 0;
  let singles = 0;
  for (let i = from; i < at; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 34) doubles++;
    else if (c === 39) singles++;
  }
  return doubles % 2 === 1 || singles % 2 === 1;
}

const REPORTING = /(?<![a-z])([a-z]+) (?:([a-z]+) )?(?:said|says|told|tells|asked|asks|yelled|texted|wrote|replied|goes|went|keeps saying|kept saying)(?![a-z])/g;
/** "Sorry I yelled", "so we went": the writer (or the two of them) did it; nobody is being quoted. */
const FIRST_PERSON = new Set(['i', 'ive', 'id', 'ill', 'im', 'you', 'youve', 'youd', 'we', 'weve', 'wed']);
/** Words that open a sentence with a capital without being anyone's name. */
const OPENERS = new Set(['sorry', 'honestly', 'well', 'look', 'listen', 'ok', 'okay', 'yes', 'yeah', 'no', 'so', 'but', 'and', 'just', 'maybe', 'also', 'anyway', 'seriously', 'fine', 'whatever', 'hey', 'oh', 'wow', 'then', 'now', 'again', 'really', 'sure', 'right', 'because', 'if', 'when', 'what', 'why', 'how', 'that', 'this', 'it', 'babe', 'dude', 'mate', 'literally', 'today', 'yesterday', 'last', 'actually']);
const THIRD_PARTY = new Set(['he', 'she', 'they', 'someone', 'somebody', 'people', 'everyone', 'mom', 'dad', 'mum', 'boss', 'sister', 'brother', 'friend', 'teacher', 'therapist', 'coach', 'manager', 'kids', 'guy', 'girl', 'man', 'woman', 'ex', 'husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'doctor']);
const TELLS_OTHER = /(?<![a-z])(?:told|tell|telling|asked|ask|asking) (?:him|her|them|my [a-z]+) (?:to|that)(?![a-z])/;

/** Where a sentence's shadow words were written, to tell a capitalised name ("Sam said"). */
export interface NameSource {
  original: string;
  /** Original offset of each shadow char. */
  starts: Int32Array;
  /** Shadow offset where the sentence starts. */
  base: number;
}

/** A capital followed by a small letter or by nothing more of the word: "Sam", "Al", not "SAID" or "THE". */
const NAME_START = /^\p{Lu}(?!\p{Lu})/u;

function isNameAt(src: NameSource, i: number): boolean {
  const at = src.starts[src.base + i]!;
  // In a message written in capitals every word starts with one: only a word in mixed case is a name.
  return NAME_START.test(src.original.slice(at, at + 2));
}

/**
 * Reported speech about someone else: "he told me to calm down". A subject written with a capital is
 * a name, which the shadow itself has lost.
 */
export function reported(sentence: string, at: number, names: NameSource): boolean {
  const from = Math.max(0, at - 80);
  const prefix = sentence.slice(from, at);
  if (TELLS_OTHER.test(prefix)) return true;
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(prefix); m; m = REPORTING.exec(prefix)) {
    const subject = m[1]!;
    const second = m[2];
    if (second !== undefined && FIRST_PERSON.has(second)) continue;
    if (THIRD_PARTY.has(subject) || (second !== undefined && THIRD_PARTY.has(second))) return true;
    if (FIRST_PERSON.has(subject)) continue;
    // A capital at the start of a sentence is only sentence case, unless the word is no ordinary opener.
    if (from + m.index === 0 && OPENERS.has(subject)) continue;
    if (isNameAt(names, from + m.index)) return true;
  }
  return false;
}

export const CONTEXT_REGEXES: readonly RegExp[] = [NEGATION, REPORTING, TELLS_OTHER, NAME_START];
