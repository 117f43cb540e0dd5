import type { Prepared } from './engine';
import { sentenceStart } from './sentences';
import type { Strength, StrengthId } from './types';

interface StrengthRule {
  id: StrengthId;
  label: string;
  /** Words one of which every match contains: the pattern only runs when one is present. */
  words: readonly string[];
  pattern: RegExp;
}

const B = '(?<![a-z])';
const E = '(?![a-z])';

const STRENGTH_RULES: readonly StrengthRule[] = [
  {
    id: 'ownership',
    label: 'Owns it',
    words: ['wrong', 'me', 'fault', 'responsibility', 'own', 'messed', 'screwed', 'mistake', 'decision', 'choice', 'excuse'],
    pattern: new RegExp(`${B}(?:i was wrong|(?:thats|that is|its|it is|this is|that was|it was|this was) (?:all )?(?:on me|my fault)|i take (?:full |complete )?responsibility|i own (?:that|this|it)|i messed up|i screwed up|i made a (?:mistake|poor decision|bad decision|bad choice)|no excuse for (?:it|what i did|that))${E}`, 'g'),
  },
  {
    id: 'validation',
    label: 'Validates their feelings',
    words: ['sense', 'right', 'why', 'course', 'hear', 'fair', 'feelings', 'ok', 'fine', 'must', 'deserve'],
    pattern: new RegExp(`${B}(?:(?:it )?makes (?:total |complete |perfect )?sense (?:that )?(?:you|youre|this)|you have every right|i understand why you|i get why you|of course youre|youre right|i hear you|i can see why|thats fair|your feelings (?:are|make) |(?:its|it is) (?:ok|okay|fine) to (?:be|feel|still)|that must have (?:felt|been|hurt)|you didnt deserve)${E}`, 'g'),
  },
  {
    id: 'asking-needs',
    label: 'Asks what they need',
    words: ['need', 'anything', 'how', 'what'],
    pattern: new RegExp(`${B}(?:what do you need(?: from me)?|is there anything (?:you need|i can do)|how can i (?:make|help|support|earn|fix|show)|what can i do|what would help)${E}`, 'g'),
  },
  {
    id: 'i-statement',
    label: 'Speaks from "I"',
    words: ['when'],
    pattern: new RegExp(`${B}i (?:feel|felt|am feeling|was feeling|get)(?: [a-z]+){1,4} when${E}`, 'g'),
  },
  {
    id: 'reassurance-request',
    label: 'Asks for reassurance',
    words: ['reassurance', 'reassure', 'remind', 'tell'],
    pattern: new RegExp(`${B}(?:(?:i )?could use (?:some |a little |a bit of )?reassurance|i need (?:some |a little |a bit of )?reassurance|(?:can|could) you reassure me|(?:can|could) you (?:remind|tell) me (?:that )?(?:we|you|were|youre))${E}`, 'g'),
  },
];

/** Gate bits 1, 2, 4, … one per strength, in STRENGTH_RULES order. */
export const STRENGTH_GATES = STRENGTH_RULES.map((r, i) => ({ bit: 1 << i, words: r.words }));
const ALL_BITS = (1 << STRENGTH_RULES.length) - 1;

/**
 * Each pattern runs only on the sentences holding one of its words. No pattern can cross a sentence
 * break (they are letters and spaces), so this finds what a scan of the whole text would.
 */
export function findStrengths(prep: Prepared): Strength[] {
  const out: Strength[] = [];
  if ((prep.gates & ALL_BITS) === 0) return out;
  const text = prep.shadow.text;
  const { sentences, gatedSentences, sentenceGates, gatedCount } = prep;
  for (let g = 0; g < gatedCount; g++) {
    const bits = sentenceGates[g]! & ALL_BITS;
    if (bits === 0) continue;
    const si = gatedSentences[g]!;
    const base = sentenceStart(sentences, si);
    const sentence = text.slice(base, sentences[si]!);
    for (let i = 0; i < STRENGTH_RULES.length; i++) {
      if ((bits & (1 << i)) === 0) continue;
      const rule = STRENGTH_RULES[i]!;
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
        const a = base + m.index;
        let b = a + m[0].length;
        while (b > a && text.charCodeAt(b - 1) === 32) b--;
        out.push({ id: rule.id, label: rule.label, start: prep.shadow.starts[a]!, end: prep.shadow.ends[b - 1]! });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

export const STRENGTH_REGEXES: readonly RegExp[] = STRENGTH_RULES.map((r) => r.pattern);
