/** Checks on the words around a match that change what it means. All look at a bounded window. */

const NEGATION = /(?<![a-z])(?:not|never|dont|didnt|doesnt|isnt|wasnt|arent|werent|wont|cant|shouldnt|wouldnt|nobody|no one|nothing)(?![a-z])/;
const CLAUSE_BREAK = /[,;:]| but | and | so /g;

/** A negation in the same clause just before the match: "I'm not saying you overreacted". */
export function negatedBefore(sentence: string, at: number): boolean {
  let from = Math.max(0, at - 40);
  const prefix = sentence.slice(from, at);
  CLAUSE_BREAK.lastIndex = 0;
  let cut = 0;
  for (let m = CLAUSE_BREAK.exec(prefix); m; m = CLAUSE_BREAK.exec(prefix)) cut = m.index + m[0].length;
  from = cut;
  return NEGATION.test(prefix.slice(from));
}

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

const REPORTING = /(?<![a-z])([a-z]+) (?:[a-z]+ )?(?:said|says|told|tells|asked|asks|yelled|texted|wrote|replied|goes|went|keeps saying|kept saying)(?![a-z])/g;
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

const UPPER_START = /^\p{Lu}/u;

function isNameAt(src: NameSource, i: number): boolean {
  const at = src.starts[src.base + i]!;
  return UPPER_START.test(src.original.slice(at, at + 1));
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
    if (THIRD_PARTY.has(subject)) return true;
    if (subject !== 'i' && subject !== 'you' && subject !== 'we' && isNameAt(names, from + m.index)) return true;
  }
  return false;
}

export const CONTEXT_REGEXES: readonly RegExp[] = [NEGATION, CLAUSE_BREAK, REPORTING, TELLS_OTHER, UPPER_START];
