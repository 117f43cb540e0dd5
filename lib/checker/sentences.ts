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

/**
 * Chat tags that close a clause when only more tags, punctuation or emoji follow ("that's on you
 * lol", "I'm done talking about it tbh"): they sit after the clause the way a full stop does.
 * Words as the shadow writes them ("tho" is "though", "idk" is "i dont know").
 */
const TAILS: ReadonlySet<string> = new Set([
  'lol', 'lool', 'lmao', 'lmaoo', 'lmfao', 'rofl', 'tbh', 'ngl', 'fr', 'frfr', 'smh', 'ffs', 'tbf', 'imo', 'istg', 'fml', 'ugh', 'jeez', 'geez', 'sheesh', 'omg', 'omfg',
]);
/** Tags that name the person spoken to: a tail only when no article or adjective ties them to the clause ("a grown man"). */
const VOCATIVES: ReadonlySet<string> = new Set(['man', 'dude', 'bro', 'bruh', 'babe', 'mate', 'hun', 'fam', 'sis', 'girl', 'bestie', 'buddy', 'pal']);
const TIES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'my', 'your', 'his', 'her', 'our', 'their', 'any', 'some', 'every', 'no', 'one',
  'same', 'old', 'grown', 'family', 'other', 'little', 'big', 'young', 'poor', 'sad', 'good', 'bad', 'real', 'wise',
]);
/** Tags that can also be part of the clause: a tail unless a word they modify or follow stands just before. */
const ADVERBS: ReadonlySet<string> = new Set(['though', 'honestly', 'seriously', 'ok', 'like']);
/** After one of these, "honestly" or "seriously" modifies what comes before ("too seriously"). */
const DEGREE = '(?<![a-z])(?:too|so|very|more|most|as|quite|pretty|really|even|not)$';
/** Words just before that make the tag part of the clause; tested on the text before it. */
const BEFORE_TAG: Readonly<Record<string, RegExp>> = {
  // "take anything seriously", "you can't be serious": the adverb goes with the verb.
  seriously: new RegExp(`(?<![a-z])(?:take|takes|taking|took|taken|mean|meant|consider|considered)(?: [a-z]+){0,3}$|${DEGREE}`),
  // "answer honestly", "tell me honestly".
  honestly: new RegExp(`(?<![a-z])(?:answer|answered|answering|speak|spoke|talk|talking|act|acted|live|lived|earn|earned|tell|told|say|said|ask|asked)(?: (?:me|you|him|her|them|us))?$|${DEGREE}`),
  // "I do though", "it was though": an auxiliary or a pronoun it contrasts with.
  though: /(?<![a-z])(?:too|so|very|more|most|as|it|this|that|them|me|him|her|us|quite|pretty|really|do|did|does|am|is|was|are|were|have|had|has|can|could|will|would|should|might|must|even|if|and|but|or|not)$/,
  // "sorry ok?" and "fine ok" are curt on their own; "it's ok", "are you ok" ask or grant.
  ok: /(?<![a-z])(?:sorry|apologi[sz]ed?|fine|ok|alright|whatever|its|thats|is|was|im|am|be|are|were|feel|feeling|not|all|sounds?|seems?|looks?|everything|everyone|this|that|it|lol|lmao|haha|yeah|yea|sure|right|k|oh|well|then|cool|so|are you|you all|wasnt|isnt|arent|werent|aint|wow|ah|um|hmm|too|so|very|really|quite|pretty)$/,
  // "what it's like", "if you like", "I don't like", "she was like": the verb or the comparison.
  like: /(?<![a-z])(?:dont|doesnt|didnt|wouldnt|i|we|they|its|whats|what|would|feel|felt|feels|look|looks|looked|sound|sounds|be|is|was|are|were|am|im|youre|thats|just|not|id|youd|wed|really|kinda|something|nothing|anything|stuff|things|more|most|act|acting|treat|treated|treating|talk|talking|seem|seems|seemed|much|people|someone|anyone|smell|smells|taste|tastes|(?:if|would|do|did|dont|didnt|wouldnt|whatever|anything|as|because) (?:you|u))$|(?<![a-z])(?:what|how)(?: [a-z]+){0,4}$/,
};
/** "though" after a statement about oneself turns it into a defence ("I had a deadline though"). */
const ABOUT_ONESELF = /^(?:[^a-z]*)(?:i|id|ive|im|my|there)(?![a-z])/;
/** Laughs of any length: "haha", "hahaha", "hehe", "ahaha". */
const LAUGH = /^a?(?:ha){2,}h?$|^(?:he){2,}h?$/;
/** "i guess", "i suppose" and "i think" closing a clause, and what they are grudging after. */
const HEDGES: ReadonlySet<string> = new Set(['guess', 'suppose', 'think']);
const GRUDGING = /(?<![a-z])(?:sorry|apologi[sz]e|apologies|my bad|fine|ok|whatever|then|happy|there|for you|me|so|it|that|this|do|did|is|was|not)$/;
/** "idk" and "rn" as the shadow spells them. */
const IDK = 'i dont know';
const RIGHT_NOW = 'right now';

/** Chat tags that open a message before the clause ("lol you started it", "honestly, you're overreacting"). */
const LEADS: ReadonlySet<string> = new Set([
  'lol', 'lmao', 'lmfao', 'omg', 'omfg', 'ngl', 'tbh', 'honestly', 'seriously', 'bro', 'dude', 'man', 'babe', 'bruh',
  'um', 'umm', 'uh', 'erm', 'ugh', 'jeez', 'geez', 'smh', 'look', 'listen', 'like',
]);

const OK_BUT = /^,? but(?= [a-z])(?! (?:you|your|youre|youve|youd)(?![a-z]))/;

/** Opening tags that change the tone of a curt reply after them: "lol ok" is a sneer, "bro ok" is not. */
const COLOURING: ReadonlySet<string> = new Set(['lol', 'lmao', 'lmfao', 'seriously', 'smh']);
/** Opening words that are tags only when they do not start a phrase: "look, calm down", not "look what you did". */
const OPENING_PHRASE: Readonly<Record<string, RegExp>> = {
  look: /^(?:what|whats|at|how|hows|who|whos|whose|where|wheres|which|like|into|for|after|up|forward|it|there|here|around|out|back|good|great|nice|fine|so|the|a|this|that|me|him|her|them)(?![a-z])/,
  listen: /^(?:to|up|out|for|here|there|me)(?![a-z])/,
  like: /^(?:it|you|youd|youve|youll|that|this|anyone|anybody|we|they|he|she|a|the|what|how|when|if|some|to|i (?:said|told|mentioned|care|give|was saying))(?![a-z])/,
};
const CURT: ReadonlySet<string> = new Set([
  'ok', 'okay', 'k', 'kk', 'sure', 'yeah', 'yea', 'yep', 'right', 'drop', 'like', 'cool', 'nice', 'wow', 'noted', 'thanks',
  'classic', 'great', 'fine', 'whatever',
]);

/** Where the clause starts after a run of opening chat tags at `start`, or `start` when there is none. */
function clauseStart(text: string, start: number, end: number): number {
  let at = start;
  let cut = start;
  for (let tags = 0; tags < 3; tags++) {
    let k = at;
    while (k < end && isAlnum(text.charCodeAt(k))) k++;
    let tag = text.slice(at, k);
    // "ok but" hands over to what follows; a "but you …" is kept whole, it blames.
    const but = tag === 'ok' || tag === 'okay' ? OK_BUT.exec(text.slice(k, k + 14)) : null;
    if (but !== null) {
      k += but[0].length;
      tag = 'but';
    }
    const laugh = LAUGH.test(tag);
    if (k === at || !(laugh || tag === 'but' || LEADS.has(tag))) break;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 44)) k++;
    // Something of the clause's own must follow the tags, and not a curt reply the tag colours
    // ("lol ok", "seriously, drop it"): patterns read those together.
    if (k >= end || !isAlnum(text.charCodeAt(k))) break;
    let w = k;
    while (w < end && isAlnum(text.charCodeAt(w))) w++;
    const next = text.slice(k, w);
    if ((laugh || COLOURING.has(tag)) && CURT.has(next)) break;
    if (OPENING_PHRASE[tag]?.test(text.slice(k, k + 24)) === true) break;
    cut = k;
    at = k;
  }
  return cut;
}

/** How many words stand in [from, to), counting up to 3. */
function wordsIn(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to && words < 3; k++) {
    const a = isAlnum(text.charCodeAt(k));
    if (a && !inWord) words++;
    inWord = a;
  }
  return words;
}

/** Start of the word that ends at `to` (exclusive) in `text`, or `to` when none does. */
function wordStartBefore(text: string, to: number, floor: number): number {
  let k = to;
  while (k > floor && isAlnum(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * Where the clause before a closing run of chat tags ends: `end` itself when no tag stands just
 * before it, else the start of the first tag (the clause keeps at least one word of its own).
 */
function clauseEnd(text: string, start: number, end: number, final: boolean): number {
  let at = end;
  let cut = end;
  for (let tags = 0; tags < 3; tags++) {
    let k = at;
    while (k > start && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 44)) k--;
    const to = k;
    const from = wordStartBefore(text, to, start);
    if (from === to || to - from > 10) break;
    let next = from;
    if (to - from === 4 && text.startsWith(IDK, to - IDK.length) && to - IDK.length >= start) next = to - IDK.length;
    else if (to - from === 3 && text.startsWith(RIGHT_NOW, to - RIGHT_NOW.length) && to - RIGHT_NOW.length >= start) next = to - RIGHT_NOW.length;
    else if (to - from >= 5 && to - from <= 7 && text.charCodeAt(from - 2) === 105 && text.charCodeAt(from - 1) === 32 && from - 2 > start && !isAlnum(text.charCodeAt(from - 3)) && HEDGES.has(text.slice(from, to))) {
      // "that's on you i guess": a hedge after the clause; "sorry i guess" and "good for you i
      // guess" are grudging, and patterns read them whole.
      if (GRUDGING.test(text.slice(Math.max(start, from - 30), from - 2).trimEnd())) break;
      next = from - 2;
    }
    else {
      const word = text.slice(from, to);
      if (VOCATIVES.has(word)) {
        let p = from;
        while (p > start && text.charCodeAt(p - 1) === 32) p--;
        // "a grown man", "the wrong man", "that man": a determiner just before or one word before.
        const prev = wordStartBefore(text, p, start);
        if (TIES.has(text.slice(prev, p))) break;
        let pp = prev;
        while (pp > start && text.charCodeAt(pp - 1) === 32) pp--;
        if (pp < prev && TIES.has(text.slice(wordStartBefore(text, pp, start), pp))) break;
        // Within a message "sorry babe." or "thanks man." greets; it closes no clause.
        if (!final && wordsIn(text, start, from) < 3) break;
      } else if (ADVERBS.has(word)) {
        // "taking it too seriously", "I do though": the word belongs to the clause.
        let p = from;
        while (p > start && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 44)) p--;
        // "wow ok", "fine ok": a short reply with ok is one reply.
        if (word === 'ok' && wordsIn(text, start, from) < 2) break;
        if (BEFORE_TAG[word]!.test(text.slice(Math.max(start, from - 40), p))) break;
        if (word === 'though' && ABOUT_ONESELF.test(text.slice(start, from))) break;
      } else if (!TAILS.has(word) && !LAUGH.test(word)) break;
    }
    // Something of the clause's own must stay before the tags.
    let q = next;
    while (q > start && !isAlnum(text.charCodeAt(q - 1))) q--;
    if (q === start) break;
    cut = next;
    at = next;
  }
  return cut;
}

/**
 * Splits on . ! ? newlines and emoji; a run of chat tags just before a break ("lol", "idk", "man")
 * or a closing emoji is split off too, so the clause before it ends where a pattern expects an
 * end, and opening tags at the start of the message likewise. Linear in the text length; valid
 * until the next call.
 */
export function splitSentences(text: string): SentenceEnds {
  const n = text.length;
  // Each break may add one boundary for its tags: at most one per two chars, plus the last.
  if (buf.length < n + 2) buf = new Int32Array(Math.max(n + 2, buf.length * 2));
  let count = 0;
  let start = 0;
  let i = 0;
  // Opening tags become a sentence of their own, so a pattern that wants the clause to start the
  // sentence still sees it start.
  const lead = clauseStart(text, 0, n);
  if (lead > 0) {
    buf[count++] = lead;
    start = lead;
    i = lead;
  }
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
      // A closing emoji ends the clause before it as a full stop would (an eye-roll or a clap
      // stays with its words, which patterns read together: "sorry 🙄"), and so do chat tags. At
      // the end of the message they are a sentence of their own; within it they open the next
      // sentence instead: the engine reads a match's neighbour sentences for context, and an
      // extra sentence would push the real neighbour out.
      if (readAsWords(text, i, j)) buf[count++] = j;
      else if (j < n) {
        const cut = clauseEnd(text, start, i, false);
        if (cut < i || (emoji && endsWord(text, start, i))) {
          buf[count++] = cut;
          start = cut;
          i = j;
          continue;
        }
        buf[count++] = j;
      } else if (emoji && endsWord(text, start, i)) {
        count = closeAt(text, start, i, i, count);
        buf[count++] = j;
      } else count = closeAt(text, start, i, j, count);
      start = j;
      i = j;
    } else i++;
  }
  if (start < n) count = closeAt(text, start, n, n, count);
  return buf.subarray(0, count);
}

/**
 * Emoji that rules read together with the words before them (🙄 😒 👏 🙃 🤡), as surrogate pairs:
 * a closing run holding one stays in its sentence. A rule that matches another emoji inside a
 * pattern adds it here (tests/checker/robustness.test.ts checks this).
 */
export const READ_WITH_WORDS: readonly string[] = ['\uD83D\uDE44', '\uD83D\uDE12', '\uD83D\uDC4F', '\uD83D\uDE43', '\uD83E\uDD21'];

function readAsWords(text: string, i: number, j: number): boolean {
  for (let k = i; k + 1 < j; k++) {
    const c = text.charCodeAt(k);
    if (c < 0xd800 || c > 0xdbff) continue;
    for (const e of READ_WITH_WORDS) if (e.charCodeAt(0) === c && e.charCodeAt(1) === text.charCodeAt(k + 1)) return true;
  }
  return false;
}

/** Whether a word stands just before `at` (spaces aside), after `start`. */
function endsWord(text: string, start: number, at: number): boolean {
  let k = at;
  while (k > start && text.charCodeAt(k - 1) === 32) k--;
  return k > start && isAlnum(text.charCodeAt(k - 1));
}

/** Records the sentence that breaks at `at` and ends (with its closing run) at `end`. */
function closeAt(text: string, start: number, at: number, end: number, count: number): number {
  const cut = clauseEnd(text, start, at, true);
  if (cut < at && cut > start) buf[count++] = cut;
  buf[count++] = end;
  return count;
}

/** Start of sentence k. */
export function sentenceStart(ends: SentenceEnds, k: number): number {
  return k === 0 ? 0 : ends[k - 1]!;
}

export const SENTENCE_REGEXES: readonly RegExp[] = [LAUGH, OK_BUT, GRUDGING, ABOUT_ONESELF, ...Object.values(BEFORE_TAG), ...Object.values(OPENING_PHRASE)];
