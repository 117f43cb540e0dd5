import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/checker/normalize.ts';
import { splitSentences } from '../../lib/checker/sentences.ts';
import { p } from '../../lib/checker/rule.ts';
import { RULES } from '../../lib/checker/rules/index.ts';
import { firstWords, requiredPairs, requiredWords } from '../../lib/checker/required-words.ts';
import { labelledTexts } from './labelled-texts.ts';

describe('requiredWords', () => {
  it.each([
    ['you always (?:ignore|forget) me', [['you'], ['always'], ['ignore', 'forget'], ['me']]],
    ['(?:so )?sorry', [['sorry']]],
    // A word whose end may run on needs one of its endings.
    ['calm(?:ing)? down', [['calming', 'calm'], ['down']]],
    ['(?:you|u)r? late', [['your', 'you', 'ur', 'u'], ['late']]],
    ['mark the calendars?', [['mark'], ['the'], ['calendars', 'calendar']]],
    ['(?:blame|fault)(?: is|s)? (?:fifty|half)', [['blame', 'blames', 'fault', 'faults'], ['fifty', 'half']]],
    ['blame[a-z]* now', [['now']]],
    // A class of spaces and punctuation stands between words like a space: "break-up" or "break up".
    ['break[ -]up', [['break'], ['up']]],
    ['(?:so|very)[.,!?]+ sorry', [['so', 'very'], ['sorry']]],
    ['no[\\- ]?one cares', [['no', 'noone'], ['one', 'noone'], ['cares']]],
    // Not when the class may hold a word char, or is negated: "no1one", "noxone".
    ['no[ 1]one', []],
    ['no[^a]one', []],
    ['no[\\s]one', []],
    // What a positive lookahead needs is in the sentence too; a word at its end may run on.
    ['sorry(?=[.,!]? ?\uD83D\uDE44)', [['sorry'], ['\uD83D\uDE44']]],
    ['stop(?= (?:crying|whining) now(?![a-z0-9]))', [['stop'], ['crying', 'whining'], ['now']]],
    ['stop(?= (?:crying|whining)(?![a-z0-9]))', [['stop'], ['crying', 'whining']]],
    ['stop(?= (?:crying|whining))', [['stop']]],
    ['stop(?! crying)', [['stop']]],
    // Branches are joined through their rarest sets, and the commonest words are never rare.
    ['(?:blame me|the (?:wine|beer|vodka) did it)', [['blame', 'wine', 'beer', 'vodka']]],
  ])('%s needs %j', (source, expected) => {
    expect(requiredWords(p(source))).toEqual(expected);
  });

  it('gives nothing for a pattern it cannot read for certain', () => {
    expect(requiredWords(/\w+ always/)).toEqual([]);
    expect(requiredWords(/you always/i)).toEqual([]);
  });

  it.each([
    // A letter edge is no word edge in "2thanks": only read as one when asked.
    [/(?<![a-z])(?:thank|thanks)(?![a-z])/, [], [['thank', 'thanks']]],
    // With letter edges, a word holding a digit gives no set: "24" is also in "124".
    [/(?<![a-z])24 hours(?![a-z])/, [], [['hours']]],
    [/(?<![a-z0-9])see you(?![a-z0-9])/, [['see'], ['you']], [['see'], ['you']]],
  ])('%s needs %j, or %j read with letter edges', (re, plain, letters) => {
    expect(requiredWords(re)).toEqual(plain);
    expect(requiredWords(re, true)).toEqual(letters);
  });
});

describe('requiredPairs', () => {
  it.each([
    ['calm down', [['calm down']]],
    ['you always (?:ignore|forget) me', [['you always'], ['always ignore', 'always forget'], ['ignore me', 'forget me']]],
    ['(?:you|youre) (?:always|never) late', [['you always', 'you never', 'youre always', 'youre never'], ['always late', 'never late']]],
    ['(?:i )?said so', [['said so']]],
    ['i (?:really )?mean it', [['mean it']]],
    // A gap, a word that may run on: nothing certain sits side by side.
    ['you{GAP2} always', []],
    ['calm(?:ing)? down', []],
  ])('%s holds %j', (source, expected) => {
    expect(requiredPairs(p(source))).toEqual(expected);
  });
});

describe('firstWords', () => {
  it.each([
    ['you always (?:ignore|forget) me', ['you']],
    ['(?<![a-z0-9])(?:so |really )?sorry', ['so', 'really', 'sorry']],
    ['(?:(?:im|i am) |i )?sorry', ['im', 'i', 'sorry']],
    ['(?<span>(?:you|u)r? late)', null],
    ['(?:^|, )calm down', null],
    ['(?:you )?\\d+ times', null],
    ['\uD83D\uDC4F(?: ?\uD83D\uDC4F){0,3}', ['\uD83D\uDC4F']],
    ['(?: [a-z]+){0,2} sorry', null],
    ['(?:sorry|my bad)s? for', null],
    // A match may start on the space before a word: a lookbehind wants punctuation there.
    ['(?:^|(?<=[,.]) |just )calm down', ['calm', ' calm', 'just']],
    ['(?:^|(?<=[,.]) )(?: |ok )calm', null],
  ])('%s starts with %j', (source, expected) => {
    expect(firstWords(p(source))).toEqual(expected);
  });
});

// Every match of every rule pattern, on every labelled message and rule example, holds the words
// and pairs the engine skips a sentence for lacking: a wrong requirement would hide a finding.
const TOKEN = /[a-z0-9]+|[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

describe('requirements hold for every match', () => {
  const shadows = [...new Set(labelledTexts().map((t) => normalize(t).text))];

  let checked = 0;
  it.each(RULES.map((r) => [r.id, r] as const))('%s', (_, rule) => {
    for (const pattern of rule.patterns) {
      const words = requiredWords(pattern);
      const pairs = requiredPairs(pattern);
      const firsts = firstWords(pattern);
      if (words.length === 0 && pairs.length === 0 && firsts === null) continue;
      const scan = new RegExp(pattern.source, 'g');
      for (const shadow of shadows) {
        // As the engine runs a pattern: on one sentence at a time.
        const ends = Array.from(splitSentences(shadow));
        for (let k = 0; k < ends.length; k++) {
          const text = shadow.slice(k === 0 ? 0 : ends[k - 1], ends[k]);
          scan.lastIndex = 0;
          for (let m = scan.exec(text); m; m = scan.exec(text)) {
            if (m[0].length === 0) {
              scan.lastIndex++;
              continue;
            }
            const tokens: string[] = m[0].match(TOKEN) ?? [];
            const side = new Set(tokens.slice(1).map((w, i) => `${tokens[i]} ${w}`));
            if (firsts !== null) expect(firsts.some((w) => (w.startsWith(' ') ? m[0].startsWith(w) && tokens[0] === w.slice(1) : m[0].startsWith(w) && tokens[0] === w && !/[a-z0-9]/.test(text[m.index - 1] ?? ' '))), `${pattern.source} on "${m[0]}" starts with none of ${firsts.join('|')}`).toBe(true);
            // A lookahead's words stand after the match: the sentence's words from its start count.
            const from = m.index;
            const rest = [...text.matchAll(TOKEN)].filter((t) => t.index >= from).map((t) => t[0]);
            for (const set of words) expect(set.some((w) => rest.includes(w)), `${pattern.source} on "${m[0]}" lacks ${set.join('|')}`).toBe(true);
            for (const set of pairs) expect(set.some((w) => side.has(w)), `${pattern.source} on "${m[0]}" lacks ${set.join('|')}`).toBe(true);
            checked++;
          }
        }
      }
    }
  });

  it('checked a good share of matches', () => {
    expect(checked).toBeGreaterThan(1000);
  });
});
