/**
 * Sentence boundaries of the shadow text, as the end offset of each sentence: sentence k is
 * [k === 0 ? 0 : ends[k - 1], ends[k]) and includes its closing punctuation or emoji. The sentences
 * are contiguous and cover the whole text. Typed, with no object per sentence: a 1 MB paste has
 * tens of thousands of them.
 */
export type SentenceEnds = Int32Array;

// Scratch buffer reused across calls (the checker is synchronous); the result is a view of it.
let buf = new Int32Array(256);

function isBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10; // . ! ? \n
}

function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Splits on . ! ? newlines and emoji. Linear in the text length; valid until the next call. */
export function splitSentences(text: string): SentenceEnds {
  const n = text.length;
  if (buf.length < n + 1) buf = new Int32Array(Math.max(n + 1, buf.length * 2));
  let count = 0;
  let start = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const emoji = (code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf);
    if (isBreak(code) || emoji) {
      // "3.5", "e.g." style dots inside a word do not end a sentence.
      if (code === 46 && i + 1 < n && i > 0 && isAlnum(text.charCodeAt(i + 1)) && isAlnum(text.charCodeAt(i - 1))) {
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
      buf[count++] = j;
      start = j;
      i = j;
    } else i++;
  }
  if (start < n) buf[count++] = n;
  return buf.subarray(0, count);
}

/** Start of sentence k. */
export function sentenceStart(ends: SentenceEnds, k: number): number {
  return k === 0 ? 0 : ends[k - 1]!;
}

export const SENTENCE_REGEXES: readonly RegExp[] = [];
