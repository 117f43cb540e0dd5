import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/checker/normalize.ts';
import { p } from '../../lib/checker/rule.ts';
import { RULES } from '../../lib/checker/rules/index.ts';
import { requiredPairs, requiredWords } from '../../lib/checker/required-words.ts';

describe('requiredWords', () => {
  it.each([
    ['you always (?:ignore|forget) me', [['you'], ['always'], ['ignore', 'forget'], ['me']]],
    ['(?:so )?sorry', [['sorry']]],
    ['calm(?:ing)? down', [['down']]],
    ['(?:you|u)r? late', [['late']]],
  ])('%s needs %j', (source, expected) => {
    expect(requiredWords(p(source))).toEqual(expected);
  });

  it('gives nothing for a pattern it cannot read for certain', () => {
    expect(requiredWords(/\w+ always/)).toEqual([]);
    expect(requiredWords(/you always/i)).toEqual([]);
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

// Every match of every rule pattern, on every labelled message and rule example, holds the words
// and pairs the engine skips a sentence for lacking: a wrong requirement would hide a finding.
describe('requirements hold for every match', () => {
  const dir = join(__dirname, '..', 'fixtures');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((l) => (JSON.parse(l) as { text: string }).text);
  for (const rule of RULES) texts.push(...rule.examples.flagged, ...rule.examples.clean);
  const shadows = [...new Set(texts.map((t) => normalize(t).text))];

  let checked = 0;
  it.each(RULES.map((r) => [r.id, r] as const))('%s', (_, rule) => {
    for (const pattern of rule.patterns) {
      const words = requiredWords(pattern);
      const pairs = requiredPairs(pattern);
      if (words.length === 0 && pairs.length === 0) continue;
      const scan = new RegExp(pattern.source, 'g');
      for (const text of shadows) {
        scan.lastIndex = 0;
        for (let m = scan.exec(text); m; m = scan.exec(text)) {
          if (m[0].length === 0) {
            scan.lastIndex++;
            continue;
          }
          const tokens = m[0].split(/[^a-z0-9\uD83D\uDE44\uDE12]+/).filter((w) => w !== '');
          const side = new Set(tokens.slice(1).map((w, i) => `${tokens[i]} ${w}`));
          for (const set of words) expect(set.some((w) => tokens.includes(w)), `${pattern.source} on "${m[0]}" lacks ${set.join('|')}`).toBe(true);
          for (const set of pairs) expect(set.some((w) => side.has(w)), `${pattern.source} on "${m[0]}" lacks ${set.join('|')}`).toBe(true);
          checked++;
        }
      }
    }
  });

  it('checked a good share of matches', () => {
    expect(checked).toBeGreaterThan(1000);
  });
});
