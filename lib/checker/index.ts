import { APOLOGY_GATE, apologyAnatomy, APOLOGY_REGEXES } from './apology';
import { CONTEXT_REGEXES } from './context';
import { buildTriggerIndex, ENGINE_REGEXES, finish, NEGATION_GATE, prepare, REPORT_GATE, runRules } from './engine';
import { NORMALIZE_REGEXES } from './normalize';
import { REQUIRED_WORDS_REGEXES } from './required-words';
import { RULES } from './rules';
import { BLAME_REGEXES } from './rules/blame-shifting';
import { NON_APOLOGY_REGEXES } from './rules/non-apology';
import { SENTENCE_REGEXES } from './sentences';
import { CONTEMPT_REGEXES } from './rules/contempt';
import { CRITICISM_REGEXES } from './rules/criticism';
import { EXCUSE_REGEXES } from './rules/excuse';
import { HELPER_REGEXES } from './rules/helpers';
import { MINIMIZING_REGEXES } from './rules/minimizing';
import { RUSHING_REGEXES } from './rules/rushing';
import { STONEWALLING_REGEXES } from './rules/stonewalling';
import { STRENGTH_GATES, STRENGTH_REGEXES, findStrengths } from './strengths';
import { STYLE_REGEXES } from './style';
import type { Analysis, AnalyzeOptions, Sensitivity, Severity } from './types';
import { warm } from './warm';

export type { Rule, RuleReframe, MatchWords } from './rule';
export type * from './types';
export { CATEGORY_IDS } from './types';
export { RULES };

const TRIGGERS = buildTriggerIndex(RULES, [...STRENGTH_GATES, APOLOGY_GATE, NEGATION_GATE, REPORT_GATE]);
// The regexes every analysis may run, compiled to machine code now (see `warm`); the rules' own
// are compiled on first use, as most drafts need only a few of them.
for (const re of [...NORMALIZE_REGEXES, ...CONTEXT_REGEXES, ...ENGINE_REGEXES, ...STYLE_REGEXES, ...STRENGTH_REGEXES, ...APOLOGY_REGEXES, ...SENTENCE_REGEXES]) warm(re);

const MIN_SEVERITY: Record<Sensitivity, Severity> = { gentle: 3, balanced: 2, strict: 1 };

/** Analyses a draft: synchronous, pure, no DOM. Offsets are UTF-16 offsets into `text`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const min = MIN_SEVERITY[options.sensitivity ?? 'balanced'] ?? 2;
  const prep = prepare(text);
  const { findings, categories } = finish(TRIGGERS, runRules(prep, TRIGGERS), min);
  const analysis: Analysis = { categories, findings, strengths: findStrengths(prep) };
  const apology = apologyAnatomy(prep);
  if (apology) analysis.apology = apology;
  return analysis;
}

/**
 * Every regular expression the engine and the rules use (checked for ReDoS by the test suite). The
 * engine also scans with a copy of each rule pattern without the `d` flag: same source, same
 * backtracking, so the pattern listed here covers it.
 */
export function allRegexes(): RegExp[] {
  const fromRules = RULES.flatMap((r) => [...r.patterns, ...(r.unless ?? []), ...(r.requires ?? [])]);
  return [
    ...fromRules,
    ...NORMALIZE_REGEXES,
    ...CONTEXT_REGEXES,
    ...ENGINE_REGEXES,
    ...STYLE_REGEXES,
    ...STRENGTH_REGEXES,
    ...APOLOGY_REGEXES,
    ...HELPER_REGEXES,
    ...EXCUSE_REGEXES,
    ...MINIMIZING_REGEXES,
    ...CONTEMPT_REGEXES,
    ...CRITICISM_REGEXES,
    ...STONEWALLING_REGEXES,
    ...RUSHING_REGEXES,
    ...BLAME_REGEXES,
    ...NON_APOLOGY_REGEXES,
    ...SENTENCE_REGEXES,
    ...REQUIRED_WORDS_REGEXES,
  ];
}
