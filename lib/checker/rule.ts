import type { CategoryId, Severity } from './types';

/** What a reframe template gets: the writer's own words for each named group of the match. */
export interface MatchWords {
  /** Original text of a named group, '' when the group did not take part. */
  group(name: string): string;
  /** Original text of the whole flagged span. */
  span: string;
  /** Original text of the whole message. */
  message: string;
  /** Where the span sits in `message` (UTF-16 offsets). */
  spanStart: number;
  spanEnd: number;
}

export interface RuleReframe {
  label: string;
  /** Written in standard case with straight apostrophes; the engine adapts it to the writer's style. */
  text: string | ((m: MatchWords) => string);
  /** Replaces the whole message instead of the span. */
  whole?: boolean;
}

export interface Rule {
  /** kebab-case, unique. */
  id: string;
  category: CategoryId;
  severity: Severity;
  /**
   * Words of the shadow text (lower case, no apostrophes, chat shorthand expanded) that let the rule
   * run at all: it is only tried on sentences that contain one of them.
   */
  triggers: readonly string[];
  /**
   * Run on one sentence of the shadow text. A named group `span` narrows the highlight; otherwise the
   * whole match is highlighted.
   */
  patterns: readonly RegExp[];
  /** Tested on the shadow text around the match (the sentence and its neighbours); any hit drops it. */
  unless?: readonly RegExp[];
  /** Tested like `unless`; when given, at least one must hit. */
  requires?: readonly RegExp[];
  /** Only when the message apologised before the match ("I'm sorry. I was just tired."). */
  afterApology?: boolean;
  /** Dropped when another finding is in the same sentence (an emoji that only adds tone). */
  onlyAlone?: boolean;
  /** Skip when a negation ("I'm not saying …") comes just before. Default true. */
  negatable?: boolean;
  message: string;
  reframes: readonly RuleReframe[];
  examples: { flagged: readonly string[]; clean: readonly string[] };
}

/**
 * Pattern building blocks for the shadow text. The shadow has single spaces, no apostrophes inside
 * words and chat shorthand already expanded, so these stay small.
 */
const MACROS: Record<string, string> = {
  YOURE: '(?:youre|you are|your|you were|youve been)',
  YOUR: '(?:your|youre)',
  IM: '(?:im|i am)',
  SORRY: '(?:sorry|so sorry|really sorry|very sorry|truly sorry|apologize|apologies|regret|(?:i )?apologize)',
  ADV: '(?: (?:just|really|so|literally|honestly|actually|totally|completely|kinda|pretty|very|way|too|being|a bit|a little|such a|such an|so so)){0,3}',
  GAP2: '(?: [a-z0-9]+){0,2}',
  GAP3: '(?: [a-z0-9]+){0,3}',
  GAP4: '(?: [a-z0-9]+){0,4}',
  GAP6: '(?: [a-z0-9]+){0,6}',
  // A chat tag that closes the clause ("im done talking about it lol.", "… lol, anyway"), for a
  // hand-written end lookahead: (?= ?(?:$|{TAG}|[.!?])).
  TAG: '(?:lol|lmao|lmfao|haha|hahaha|smh|ffs|i dont know|fr|man|dude|bro|babe|mate)(?= ?(?:$|[.,!?;:\\n]|[\\uD83C-\\uD83E]))',
  // The clause ends: punctuation, an emoji, the end of the sentence, or a chat tag that is itself
  // followed by one ("that's on you lol, anyway"). Tags and emoji just before a sentence break are
  // already split off by sentences.ts; this covers them before a comma.
  END: '(?= ?(?:$|[.,!?;:)"\\n\\-\\u2600-\\u27bf]|[\\uD83C-\\uD83E]|(?:lol|lmao|lmfao|haha|hahaha|smh|ffs|i dont know|fr|man|dude|bro|babe|mate)(?= ?(?:$|[.,!?;:\\n]|[\\uD83C-\\uD83E]))))',
};

/** Compiles a pattern written with {MACRO} placeholders. Word boundaries are added at both ends. */
export function p(source: string, flags = ''): RegExp {
  const expanded = source.replace(/\{([A-Z][A-Z0-9]*)\}/g, (_, name: string) => {
    const macro = MACROS[name];
    if (macro === undefined) throw new Error(`Unknown pattern macro {${name}}`);
    return macro;
  });
  return new RegExp(`(?<![a-z0-9])${expanded}(?![a-z0-9])`, `dg${flags}`);
}
