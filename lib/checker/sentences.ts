/** A sentence of the shadow text: [start, end) includes its closing punctuation or emoji. */
export interface Sentence {
  start: number;
  end: number;
}

const ALNUM = /[a-z0-9]/;

function isBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10; // . ! ? \n
}

/** Splits on . ! ? newlines and emoji, keeping offsets. Linear in the text length. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const emoji = (code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf);
    if (isBreak(code) || emoji) {
      // "3.5", "e.g." style dots inside a word do not end a sentence.
      if (code === 46 && i + 1 < n && ALNUM.test(text[i + 1]!) && i > 0 && ALNUM.test(text[i - 1]!)) {
        i++;
        continue;
      }
      let j = emoji && code >= 0xd800 ? i + 2 : i + 1;
      // Swallow the rest of the closing run: more punctuation, emoji, closing quotes and spaces.
      while (j < n) {
        const c = text.charCodeAt(j);
        if (isBreak(c) || c === 32 || c === 34 || c === 39 || c === 41 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf) || c === 0xfe0f) j++;
        else break;
      }
      out.push({ start, end: j });
      start = j;
      i = j;
    } else i++;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}

export const SENTENCE_REGEXES: readonly RegExp[] = [ALNUM];
