/**
 * Shared word lists for the rules, written in shadow form (lower case, no apostrophes). Rules build their
 * patterns from these instead of each listing its own phrases, so a new word reaches every frame at once.
 */

/** `(?:a|b|c)`, longest first so a phrase wins over its first word. */
export function alt(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|').replace(/-/g, '[ -]')})`;
}

/** One trigger word per plain entry (its longest word); entries written as pattern pieces list theirs apart. */
export function triggerWords(...lists: (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const list of lists) {
    for (const entry of list) {
      if (/[^a-z -]/.test(entry)) continue;
      const words = entry.split(/[ -]/);
      out.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
    }
  }
  return [...out];
}

/** Character traits: "you're so ___" is a verdict on who they are. */
export const TRAITS: readonly string[] = [
  'selfish', 'lazy', 'useless', 'immature', 'toxic', 'childish', 'inconsiderate', 'careless', 'irresponsible',
  'controlling', 'manipulative', 'narcissistic', 'insensitive', 'heartless', 'ungrateful', 'clingy', 'needy',
  'annoying', 'rude', 'cruel', 'thoughtless', 'self-centered', 'self-centred', 'selfcentered', 'self-absorbed',
  'self-obsessed', 'hopeless', 'unbearable', 'exhausting', 'insufferable', 'cold', 'mean', 'unreliable',
  'difficult', 'impossible', 'arrogant', 'spoiled', 'spoilt', 'entitled', 'condescending', 'patronising',
  'patronizing', 'judgmental', 'judgemental', 'negative', 'bitter', 'jealous', 'possessive', 'stubborn',
  'pig-headed', 'bossy', 'nasty', 'vindictive', 'spiteful', 'petty minded', 'dishonest', 'fake', 'two-faced',
  'disrespectful', 'untrustworthy', 'disgusting', 'vile', 'horrible', 'awful',
  'terrible', 'a nightmare', 'a mess', 'a disappointment', 'a letdown', 'a hypocrite', 'hypocritical',
  'a liar', 'a cheat', 'a cheater', 'a narcissist', 'a control freak', 'a bully', 'a coward', 'cowardly',
  'weak', 'spineless', 'boring', 'ignorant', 'incompetent', 'clueless', 'stingy',
  'greedy', 'shallow', 'vain', 'cheap', 'moody', 'miserable', 'grumpy', 'emotionally unavailable',
  'emotionally stunted', 'unromantic', 'uncaring', 'unsupportive', 'unfair', 'abusive', 'gaslighting',
  'a gaslighter', 'a user', 'a snob', 'snobby', 'smug', 'a know-it-all', 'a waste of time', 'a terrible friend', 'a terrible partner',
  'a flake', 'flaky', 'a flakey', 'flakey', 'unreliable af', 'a slob', 'a mooch', 'a sponge', 'a pushover',
  'a (?:shit|crap|crappy|rubbish|terrible|bad|lousy|awful|horrible|shocking|useless|appalling) (?:listener|friend|partner|boyfriend|girlfriend|husband|wife|communicator|texter|dad|mum|mom|father|mother|brother|sister|son|daughter|flatmate|roommate|housemate)',
];

/** Superlatives of a trait: "the laziest person I know". */
export const WORST: readonly string[] = [
  'laziest', 'most selfish', 'most inconsiderate', 'most annoying', 'most immature', 'most useless', 'worst',
  'most ungrateful', 'most difficult', 'most arrogant', 'most toxic', 'most childish', 'rudest', 'meanest',
  'coldest', 'most controlling', 'most manipulative', 'most negative', 'most dramatic', 'most stubborn',
];

/** Name-calling. */
export const INSULTS: readonly string[] = [
  'idiot', 'moron', 'stupid', 'dumb', 'loser', 'clown', 'child', 'baby', 'brat', 'psycho', 'disgrace',
  'embarrassment', 'failure', 'jerk', 'dumbass', 'dummy', 'imbecile', 'waste of space', 'piece of work',
  'nutcase', 'lunatic', 'muppet', 'pillock', 'prat', 'plonker', 'twat', 'tosser', 'wanker', 'knob', 'knobhead',
  'dickhead', 'dick', 'prick', 'arsehole', 'asshole', 'bellend', 'git', 'numpty', 'div', 'drongo', 'dropkick',
  'galah', 'fool', 'buffoon', 'clot', 'halfwit', 'nitwit', 'dimwit', 'cretin', 'donkey', 'cow', 'pig', 'bitch',
  'snake', 'rat', 'creep', 'weirdo', 'freak', 'parasite', 'leech', 'joke',
  'pathetic', 'drama queen', 'crybaby', 'cry baby', 'snowflake', 'princess', 'diva', 'karen', 
  'fraud', 'thick', 'dense', 'mug', 'dipstick', 'wally', 'berk', 'twit', 'tool',
  'professional victim', 'useless lump', 'waste of oxygen', 'absolute weapon',
];

/** Words that call their reaction too much. */
export const OVERREACT: readonly string[] = [
  'overreacting', 'overdramatic', 'dramatic', 'hysterical', 'paranoid', 'overthinking', 'overthinkin',
  'oversensitive', 'sensitive', 'too sensitive', 'emotional', 'petty', 'extra', 'a bit much', 'a little much',
  'too much', 'a lot', 'irrational', 'unreasonable', 'ridiculous', 'crazy', 'insane', 'mental', 'psycho',
  'nuts', 'touchy', 'neurotic', 'histrionic', 'melodramatic', 'a drama queen', 'a baby',
  'a crybaby', 'a snowflake', 'worked up', 'wound up', 'het up', 'so worked up', 'over the top',
  'making a scene', 'making a fuss', 'kicking off', 'losing it', 'blowing it out of proportion',
  'blowing this out of proportion', 'blowing things out of proportion', 'making a big deal', 'making a mountain',
  'making something out of nothing', 'too invested',
  'a (?:total |complete |right |real |proper |bit of a )?drama (?:llama|queen)', 'a (?:total |complete |right |real )?snowflake',
];

/** Telling them how to feel: minimising commands. */
export const CALM: readonly string[] = [
  'calm down', 'calm yourself', 'settle down', 'simmer down', 'relax', 'chill', 'chill out', 'take a chill pill',
  'get a grip', 'toughen up', 'man up', 'harden up', 'grow a thicker skin', 'get some perspective',
  'grow thicker skin', 'grow some thicker skin', 'grow a thick skin', 'get a thicker skin',
  'cool it', 'cool your jets', 'keep your hair on', 'keep your shirt on', 'pull yourself together',
  'stop overreacting', 'stop being dramatic', 'stop being so dramatic', 'stop making a scene', 'stop crying',
  'dont get your knickers in a twist', 'dont get your panties in a twist', 'dont get so worked up',
  'dont be so sensitive', 'dont be dramatic', 'dont be so dramatic', 'get over yourself',
  'deal with it', 'suck it up', 'stop whining', 'stop sulking', 'stop moaning', 'quit whining',
];

/** Pressing them to be done with it. */
export const MOVE_ON: readonly string[] = [
  'get over it', 'let it go', 'drop it', 'move on', 'move past it', 'forget about it', 'get past it',
  'put it behind you', 'put it behind us', 'stop bringing it up', 'stop going on about it', 'give it a rest',
  'give it up', 'knock it off', 'let it lie', 'bury it', 'stop dwelling', 'enough already', 'change the record',
  'stop harping on',
];

/** What an excuse blames: the state they were in, or what their day was like. */
export const CAUSES: readonly string[] = [
  'stressed', 'tired', 'exhausted', 'knackered', 'shattered', 'wrecked', 'drained', 'burnt out', 'burned out',
  'drunk', 'tipsy', 'hammered', 'wasted', 'pissed', 'smashed', 'buzzed', 'high', 'hungover', 'busy', 'slammed',
  'swamped', 'snowed under', '(?:run|rushed) off my feet', 'flat out', 'overwhelmed', 'hangry', 'hungry', 'sick',
  'ill', 'unwell', 'distracted', 'frustrated', 'in a (?:bad )?(?:mood|place)', 'on edge',
  'not (?:thinking(?: straight)?|myself)', 'sleep deprived', 'anxious', 'in a rush', 'jet-lagged', 'hormonal',
  'under (?:a lot of |so much |loads of )?(?:pressure|stress)', 'having a (?:bad|rough|hard) (?:day|time|week)',
  '(?:going through|dealing with) (?:a lot|stuff)', 'at (?:the end of my (?:rope|tether)|my wits end)',
  '(?:had )?(?:a few(?: too many| drinks)?|a bit to drink|too much to drink)', 'been drinking',
  'up all night', '(?:running on )?(?:like )?(?:no|zero|little|barely any|hardly any|\\d+|two|three|four|five|a few) (?:hours? )?(?:of )?sleep', 'back-to-back(?: meetings)?', 'on a deadline',
  'a (?:really |very )?(?:bad|rough|crap|shit|long|hard|terrible|awful|nightmare|stressful|horrible|busy|hectic) (?:day|week|night|month|shift)',
  'a lot (?:on|going on)(?: my (?:plate|mind))?',
  '(?:so much|too much|loads|a lot) on my (?:mind|plate)', 'in a (?:really |very )?(?:bad|dark|weird|low) (?:headspace|head space|way)',
  'not in a (?:good|great) (?:place|headspace|head space|way)', 'running on empty', 'in pain', 'in my (?:own )?head', 'in my feelings', 'all over the place', 'a (?:migraine|headache|hangover|panic attack)',
  'having a (?:panic attack|meltdown|breakdown|moment)',
  '(?:the|a) (?:worst|longest|hardest|toughest|roughest|craziest) (?:day|week|night|month|shift|year)(?: ever| of my life)?',
];
/** Trigger words for the phrases in CAUSES written as pattern pieces. */
export const CAUSE_TRIGGERS: readonly string[] = ['headspace', 'head', 'way', 'plate', 'mind', 'empty', 'migraine', 'headache', 'hangover', 'attack', 'meltdown', 'breakdown', 'moment', 'run', 'rushed', 'mood', 'place', 'thinking', 'myself', 'pressure', 'stress', 'having', 'going', 'dealing', 'rope', 'tether', 'wits', 'few', 'bit', 'much', 'sleep', 'back', 'deadline', 'day', 'week', 'night', 'month', 'shift', 'lot'];

/** Traits the writer names as the reason for a lapse: "you know I'm terrible with dates". */
export const SELF_FAULTS: readonly string[] = [
  'terrible', 'hopeless', 'useless', 'bad', 'rubbish', 'awful', 'crap', 'shit', 'the worst', 'no good', 'not good',
  'forgetful', 'scatterbrained', 'scatty', 'disorganized', 'disorganised', 'clumsy', 'impatient', 'hot-headed',
  'hotheaded', 'a mess', 'a disaster', 'a goldfish', 'a space cadet', 'all over the place',
];

/** How their day or week was, in an excuse: "work has been mental". */
export const BUSY: readonly string[] = [
  'mental', 'manic', 'insane', 'crazy', 'hectic', 'chaos', 'chaotic', 'nuts', 'mad', 'rough', 'stressful',
  'full on', 'a nightmare', 'a lot', 'busy', 'intense', 'relentless', 'non stop', 'nonstop', 'overwhelming',
  'a lot to deal with', 'too much', 'hell', 'brutal', 'killing me', 'on my back', 'on my case', 'on at me', 'a mess', 'a long day',
  'through the roof', 'all over the place', 'bad', 'terrible', 'awful', 'playing up', 'acting up', 'off the charts', 'really bad',
];


/** Marks of affectionate teasing: "you muppet 😂", "you're so mean, love you". */
export const FRIENDLY =
  /\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE1C|\uD83D\uDE1D|\uD83D\uDE18|\uD83E\uDD70|\u2764|\u2665|(?<![a-z])(?:haha[a-z]*|hehe[a-z]*|love you|love ya|ily|just kidding|love it|love that|legend)(?![a-z])/;
