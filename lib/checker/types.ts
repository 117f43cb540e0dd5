/** Category ids are a fixed contract (DESIGN.md): tests outside the project rely on them. */
export const CATEGORY_IDS = [
  'blame-shifting',
  'contempt',
  'criticism',
  'defensiveness',
  'excuse',
  'minimizing',
  'non-apology',
  'rushing',
  'shared-blame',
  'stonewalling',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export type Severity = 1 | 2 | 3;

/** gentle: only severity 3; balanced: 2 and up; strict: everything. */
export type Sensitivity = 'gentle' | 'balanced' | 'strict';

export interface Reframe {
  label: string;
  /** Replacement for [start, end) of the finding, or for the whole message when `whole` is true. */
  text: string;
  whole?: boolean;
}

export interface Finding {
  ruleId: string;
  category: CategoryId;
  severity: Severity;
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  message: string;
  reframes: Reframe[];
}

export type StrengthId =
  | 'ownership'
  | 'validation'
  | 'asking-needs'
  | 'i-statement'
  | 'reassurance-request';

export interface Strength {
  id: StrengthId;
  label: string;
  start: number;
  end: number;
}

export interface ApologyAnatomy {
  remorse: boolean;
  action: boolean;
  impact: boolean;
  /** A rewrite of the whole message that adds the missing parts; absent when nothing is missing. */
  suggestion?: string;
}

export interface Analysis {
  categories: CategoryId[];
  findings: Finding[];
  strengths: Strength[];
  apology?: ApologyAnatomy;
}

export interface AnalyzeOptions {
  /** Default 'balanced'. */
  sensitivity?: Sensitivity;
}
