/** How the writer writes, so a reframe reads like them. */
export interface WriterStyle {
  allLower: boolean;
  apostrophe: "'" | '\u2019' | '';
}

const UPPER = /\p{Lu}/u;
const ANY_LETTER = /\p{L}/u;
const BARE_CONTRACTION = /(?<![a-z])(?:im|dont|didnt|doesnt|youre|cant|wont|isnt|wasnt|thats|ive|whats|shouldnt|wouldnt|couldnt|havent|hadnt|arent|theyre|lets)(?![a-z])/;

function hasLetterNoUpper(s: string): boolean {
  let letter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c >= 97 && c <= 122) letter = true;
    else if (c >= 128) return ANY_LETTER.test(s) && !UPPER.test(s);
  }
  return letter;
}

export function writerStyle(original: string, shadow: string): WriterStyle {
  const allLower = hasLetterNoUpper(original);
  let apostrophe: WriterStyle['apostrophe'] = "'";
  if (original.includes('\u2019')) apostrophe = '\u2019';
  else if (!original.includes("'") && BARE_CONTRACTION.test(shadow)) apostrophe = '';
  return { allLower, apostrophe };
}

const CAPITAL_I_WORD = /^(?:Im|Ive|Id|Ill)\b/;

/** Adapts a template written in standard case with straight apostrophes. */
const IN_WORD_APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function adapt(template: string, style: WriterStyle, atSentenceStart: boolean): string {
  let s = template;
  if (style.apostrophe !== "'" && s.includes("'")) s = s.replace(IN_WORD_APOSTROPHE, style.apostrophe);
  if (style.allLower) return s.toLowerCase();
  if (s.length === 0) return s;
  if (atSentenceStart) return s[0]!.toUpperCase() + s.slice(1);
  // "I", "I'm", "I've" keep their capital inside a sentence.
  if (s.charCodeAt(0) === 73 && !isAsciiLetter(s.charCodeAt(1))) return s;
  if (CAPITAL_I_WORD.test(s)) return s;
  return s[0]!.toLowerCase() + s.slice(1);
}

export const STYLE_REGEXES: readonly RegExp[] = [UPPER, ANY_LETTER, BARE_CONTRACTION, IN_WORD_APOSTROPHE, CAPITAL_I_WORD];
