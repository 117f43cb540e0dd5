import { describe, expect, it } from 'vitest';
import { APOLOGY_GATE } from '../../lib/checker/apology.ts';
import { buildTriggerIndex, finish, NEGATION_GATE, prepare, REPORT_GATE, runRules, type TriggerIndex } from '../../lib/checker/engine.ts';
import { RULES } from '../../lib/checker/rules/index.ts';
import { STRENGTH_GATES } from '../../lib/checker/strengths.ts';
import { labelledTexts } from './labelled-texts.ts';

// The engine skips most patterns in most sentences, and runs many only at a few places, from what
// it reads in their sources: words and word pairs every match holds, the words a match starts with.
// Built without any of that, the index runs every pattern of a rule over every sentence holding the
// rule's triggers. Both must find exactly the same things.
const GATES = [...STRENGTH_GATES, APOLOGY_GATE, NEGATION_GATE, REPORT_GATE];
const derived = buildTriggerIndex(RULES, GATES);
const plain = buildTriggerIndex(RULES, GATES, true);

const unique = [...new Set(labelledTexts())];
// Several messages in one text: sentences next to each other, pairs across a break.
const joined = Array.from({ length: 40 }, (_, k) => unique.slice(k * 25, k * 25 + 25).join(k % 2 ? ' ' : '\n'));

function found(index: TriggerIndex, text: string): string[] {
  return finish(index, runRules(prepare(text), index), 1).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`);
}

describe('the derived filters', () => {
  it('find what running every pattern wherever its rule is keyed finds', () => {
    let findings = 0;
    for (const text of [...unique, ...joined]) {
      const expected = found(plain, text);
      expect(found(derived, text), text).toEqual(expected);
      findings += expected.length;
    }
    expect(findings).toBeGreaterThan(2000);
  });

  it('leave far fewer patterns to run than the rules keyed on the words', () => {
    const anchoredPlain = plain.wordPatterns[plain.wordPatterns.length - 1]!;
    const anchoredDerived = derived.wordPatterns[derived.wordPatterns.length - 1]!;
    expect(anchoredDerived).toBeLessThan(anchoredPlain);
    expect(derived.allPatterns.filter((p) => p.first !== null).length).toBeGreaterThan(derived.allPatterns.length / 2);
  });
});
