import { describe, expect, it } from 'vitest';
import { APOLOGY_GATE, apologyAnatomy } from '../../lib/checker/apology.ts';
import { buildTriggerIndex, finish, NEGATION_GATE, prepare, REPORT_GATE, runRules, type TriggerIndex } from '../../lib/checker/engine.ts';
import { RULES } from '../../lib/checker/rules/index.ts';
import { requiredWords } from '../../lib/checker/required-words.ts';
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
// Short run-ons whose context window (160 chars around a sentence) cuts a word, and words with a
// digit glued on ("2thanks"), where a context regex's letter edge is no word edge.
const runOns = Array.from({ length: 200 }, (_, k) => unique.slice(k * 4, k * 4 + 4).map((t) => t.replace(/[.!?]+/g, ',')).join(' '));
const glued = unique.slice(0, 600).map((t, k) => t.replace(/(?<=\s|^)(\S+)/g, (w, _g, at: number) => ((at + k) % 3 === 0 ? `${k % 10}${w}` : (at + k) % 3 === 1 ? `${w}${k % 10}` : w)));

function found(index: TriggerIndex, text: string): string[] {
  return finish(index, runRules(prepare(text), index), 1).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`);
}

/** Expects the derived index to find on each text what the plain one finds; returns how many. */
function sameFindings(texts: readonly string[]): number {
  let findings = 0;
  for (const text of texts) {
    const expected = found(plain, text);
    expect(found(derived, text), text).toEqual(expected);
    findings += expected.length;
  }
  return findings;
}

describe('the derived filters', () => {
  it('find what running every pattern wherever its rule is keyed finds', () => {
    expect(sameFindings([...unique, ...joined])).toBeGreaterThan(2000);
  }, 120_000);

  it('find the same where a context window cuts a word or a digit is glued to a word', () => {
    expect(sameFindings([...runOns, ...glued])).toBeGreaterThan(300);
  }, 60_000);

  it('find the same when a context word is glued to a digit or cut by the context window', () => {
    // For each rule with a context regex that a single word of it matches ("him"): a flagged example
    // with that word glued to a digit ("2him"), or standing at the very start of the context window
    // as the end of a longer word ("qhim", 160 chars before the sentence). The regex, which reads
    // letter edges, matches both; the words walked are "2him" and "qhim".
    let texts = 0;
    let dropped = 0;
    for (const rule of RULES) {
      const example = rule.examples.flagged.find((t) => /^[a-z ]+$/.test(t));
      if (!example) continue;
      for (const re of [...(rule.unless ?? []), ...(rule.requires ?? [])]) {
        const word = requiredWords(re, true)[0]?.find((w) => /^[a-z]+$/.test(w) && re.test(w));
        if (!word) continue;
        const variants = [`${example} 2${word}`];
        const filler = 'zz '.repeat(70);
        for (let d = -2; d <= 2; d++) {
          // The window starts 160 chars before the sentence, which starts at the space after ".".
          const head = `${filler}q${word}`;
          const tail = 'ab '.repeat(80).slice(0, 158 - word.length + d);
          variants.push(`${head} ${tail}. ${example}`);
        }
        texts += variants.length;
        sameFindings(variants);
        for (const text of variants) if (found(plain, text).length < found(plain, example).length) dropped++;
      }
    }
    expect(texts).toBeGreaterThan(20);
    expect(dropped).toBeGreaterThan(0);
  }, 60_000);

  it('leave far fewer patterns to run than the rules keyed on the words', () => {
    const anchoredPlain = plain.wordPatterns[plain.wordPatterns.length - 1]!;
    const anchoredDerived = derived.wordPatterns[derived.wordPatterns.length - 1]!;
    expect(anchoredDerived).toBeLessThan(anchoredPlain);
    expect(derived.allPatterns.filter((p) => p.first !== null).length).toBeGreaterThan(derived.allPatterns.length / 2);
  });

  it('look long word groups up in bitmaps, so the comparison above covers that path', () => {
    expect(derived.filters.some((v) => v < 0)).toBe(true);
  });
});

describe('the word bloom', () => {
  it('is only read for the text it was built from', () => {
    // The apology pass skips its impact test when the walked words rule it out: a prep whose text
    // was never walked must still be tested.
    const hurt = "i'm sorry i lied, i know it hurt you";
    const walked = prepare('sorry, the bus was late');
    runRules(walked, derived);
    const unwalked = prepare(hurt);
    expect(apologyAnatomy(unwalked)).toBeUndefined(); // no gate bits yet: nothing walked
    unwalked.gates = APOLOGY_GATE.bit;
    expect(apologyAnatomy(unwalked)?.impact).toBe(true);
    const fresh = prepare(hurt);
    runRules(fresh, derived);
    expect(apologyAnatomy(fresh)?.impact).toBe(true);
  });
});
