/** How the writer writes, so a reframe reads like them. */
export interface WriterStyle {
  allLower: boolean;
  apostrophe: "'" | '\u2019' | '';
}

const UPPER = /\p{Lu}/u;
const ANY_LETTER = /\p{L}/u;
const BARE_CONTRACTION = /(?<![a-z])(?:im|dont|didnt|doesnt|youre|cant|wont|isnt|wasnt|thats|ive|whats|shouldnt|wouldnt|couldnt|havent|hadnt|arent|theyre|lets)(?![a-z])/;

export function writerStyle(original: string, shadow: string): WriterStyle {
  const allLower = ANY_LETTER.test(original) && !UPPER.test(original);
  let apostrophe: WriterStyle['apostrophe'] = "'";
  if (original.includes('\u2019')) apostrophe = '\u2019';
  else if (!original.includes("'") && BARE_CONTRACTION.test(shadow)) apostrophe = '';
  return { allLower, apostrophe };
}

/** Adapts a template written in standard case with straight apostrophes. */
export function adapt(template: string, style: WriterStyle, atSentenceStart: boolean): string {
  let s = template;
  if (style.apostrophe === '') s = s.replace(/(?<=\p{L})'(?=\p{L})/gu, '');
  else if (style.apostrophe === '\u2019') s = s.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019');
  if (style.allLower) return s.toLowerCase();
  if (s.length === 0) return s;
  if (atSentenceStart) return s[0]!.toUpperCase() + s.slice(1);
  if (/^I(?![\p{L}])/u.test(s) || /^I[\u2019']/u.test(s) || /^(?:Im|Ive|Id|Ill)\b/.test(s)) return s;
  return s[0]!.toLowerCase() + s.slice(1);
}

export const STYLE_REGEXES: readonly RegExp[] = [UPPER, ANY_LETTER, BARE_CONTRACTION, /(?<=\p{L})'(?=\p{L})/gu, /^I(?![\p{L}])/u, /^I[\u2019']/u, /^(?:Im|Ive|Id|Ill)\b/];
