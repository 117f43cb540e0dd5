import type { CategoryId } from './types.ts';

export interface CategoryInfo {
  /** Short human name, e.g. "Shifting blame". */
  label: string;
  /** The step of repair this pattern works against. */
  step: string;
  /** One plain line saying what the pattern is. */
  description: string;
}

export const CATEGORY_INFO: Record<CategoryId, CategoryInfo> = {
  'blame-shifting': {
    label: 'Shifting blame',
    step: 'Step 1 · Take responsibility',
    description: 'Puts the reason for what you did on them.',
  },
  'non-apology': {
    label: 'Apology that misses',
    step: 'Step 3 · A sincere apology',
    description: 'Says sorry for their feelings, or only "if", instead of for what happened.',
  },
  excuse: {
    label: 'Sorry, but…',
    step: 'Step 3 · A sincere apology',
    description: 'An apology followed by a reason that takes it back.',
  },
  defensiveness: {
    label: 'Defending yourself',
    step: 'Step 2 · Listen and validate',
    description: 'Answers their hurt with a defence or a counter-charge.',
  },
  minimizing: {
    label: 'Making it smaller',
    step: 'Step 2 · Listen and validate',
    description: 'Suggests their hurt is too big for what happened.',
  },
  'shared-blame': {
    label: 'Spreading the blame',
    step: 'Step 1 · Take responsibility',
    description: 'Turns your part into something everyone did.',
  },
  criticism: {
    label: 'Always / never',
    step: 'Speak from your side',
    description: 'Describes who they are instead of one thing that happened.',
  },
  contempt: {
    label: 'Sarcasm or put-down',
    step: 'Keeping it safe',
    description: 'Mockery or names that make it unsafe to keep talking.',
  },
  stonewalling: {
    label: 'Closing the door',
    step: 'Step 4 · Stay open',
    description: 'Ends the talk without saying when you will come back to it.',
  },
  rushing: {
    label: 'Hurrying them',
    step: 'Step 6 · Give it time',
    description: 'Asks them to be over it sooner than they are.',
  },
};

export function categoryInfo(id: CategoryId): CategoryInfo {
  return CATEGORY_INFO[id];
}
