import type { Rule } from '../rule';
import { blameShiftingRules } from './blame-shifting';
import { contemptRules } from './contempt';
import { criticismRules } from './criticism';
import { defensivenessRules } from './defensiveness';
import { excuseRules } from './excuse';
import { minimizingRules } from './minimizing';
import { nonApologyRules } from './non-apology';
import { rushingRules } from './rushing';
import { sharedBlameRules } from './shared-blame';
import { stonewallingRules } from './stonewalling';

export const RULES: readonly Rule[] = [
  ...blameShiftingRules,
  ...contemptRules,
  ...criticismRules,
  ...defensivenessRules,
  ...excuseRules,
  ...minimizingRules,
  ...nonApologyRules,
  ...rushingRules,
  ...sharedBlameRules,
  ...stonewallingRules,
];
