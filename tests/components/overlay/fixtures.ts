import type { KeyedFinding } from '../../../components/overlay/types.ts';
import type { Strength } from '../../../lib/checker/types.ts';

// Hand-written findings for the draft below; offsets are real so `quote` matches the slice.
export const DRAFT = "I'm sorry you feel that way, but you always overreact.";

function at(text: string): { start: number; end: number; quote: string } {
  const start = DRAFT.indexOf(text);
  if (start < 0) throw new Error(`fixture text not in draft: ${text}`);
  return { start, end: start + text.length, quote: text };
}

export const NON_APOLOGY: KeyedFinding = {
  key: 'f1',
  ruleId: 'non-apology.sorry-you-feel',
  category: 'non-apology',
  severity: 3,
  ...at("I'm sorry you feel that way"),
  message: 'This says sorry for their feelings rather than for what happened.',
  reframes: [
    { label: 'Own the action', text: "I'm sorry I did that" },
    { label: 'Name the hurt', text: "I'm sorry I hurt you" },
  ],
};

export const CRITICISM: KeyedFinding = {
  key: 'f2',
  ruleId: 'criticism.you-always',
  category: 'criticism',
  severity: 2,
  ...at('you always overreact'),
  message: '"Always" turns one moment into who they are.',
  reframes: [{ label: 'One moment', text: 'I felt hurt when that happened' }],
};

export const OWNERSHIP: Strength = { id: 'ownership', label: 'Owns their part', start: 0, end: 3 };
