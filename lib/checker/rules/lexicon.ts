/**
 * Shared word lists for the rules, written in shadow form (lower case, no apostrophes). Rules build their
 * patterns from these instead of each listing its own phrases, so a new word reaches every frame at once.
 */

/** `(?:a|b|c)`, longest first so a phrase wins over its first word. */
export function alt(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|').replace(/-/g, '[ -]')})`;
}

/** One trigger word per entry (its longest word): a phrase can only match when that word is present. */
export function triggerWords(...lists: (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const list of lists) {
    for (const entry of list) {
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
];

/** Telling them how to feel: minimising commands. */
export const CALM: readonly string[] = [
  'calm down', 'calm yourself', 'settle down', 'simmer down', 'relax', 'chill', 'chill out', 'take a chill pill',
  'get a grip', 'toughen up', 'man up', 'harden up', 'grow a thicker skin', 'get some perspective',
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
  'drunk', 'tipsy', 'hammered', 'wasted', 'pissed', 'smashed', 'trashed', 'buzzed', 'high', 'hungover',
  'busy', 'slammed', 'swamped', 'snowed under', 'run off my feet', 'rushed off my feet', 'flat out', 'overwhelmed',
  'hangry', 'hungry', 'sick', 'ill', 'unwell', 'distracted', 'frustrated',
  'in a bad mood', 'in a mood', 'in a bad place', 'on edge', 'not thinking', 'not thinking straight',
  'not myself', 'sleep deprived', 'running on no sleep', 'anxious', 'in a rush', 'under pressure',
  'under a lot of pressure', 'under a lot of stress', 'under so much pressure', 'having a bad day', 'having a rough day',
  'having a hard time', 'going through a lot', 'going through stuff', 'dealing with a lot', 'at the end of my rope',
  'at my wits end', 'at the end of my tether', 'had a few', 'had a few too many', 'had a bit to drink',
  'had too much to drink', 'a few too many', 'too much to drink', 'a few drinks', 'a bit to drink', 'been drinking', 'up all night', 'up all night with the baby', 'no sleep', 'zero sleep',
  'back-to-back meetings', 'back-to-back', 'on a deadline', 'wound up', 'triggered', 'hormonal', 'on my period',
  'jet lagged', 'jetlagged', 'a bad day', 'a rough day', 'a crap day', 'a shit day', 'a long day', 'a hard day',
  'a terrible day', 'an awful day', 'a bad week', 'a rough week', 'a crap week', 'a long week', 'a hard week',
  'a terrible week', 'a nightmare week', 'a stressful week', 'a stressful day', 'a lot on', 'a lot going on',
  'a lot on my plate', 'a lot on my mind',
];

/** How their day or week was, in an excuse: "work has been mental". */
export const BUSY: readonly string[] = [
  'mental', 'manic', 'insane', 'crazy', 'hectic', 'chaos', 'chaotic', 'nuts', 'mad', 'rough', 'stressful',
  'full on', 'a nightmare', 'a lot', 'busy', 'intense', 'relentless', 'non stop', 'nonstop', 'overwhelming',
  'a lot to deal with', 'too much', 'hell', 'brutal', 'killing me', 'on my back', 'a mess', 'a long day',
];

/** Their "doing": what they pin their own act on. */
export const PROVOKE: readonly string[] = [
  'set me off', 'sets me off', 'setting me off', 'pushed my buttons', 'push my buttons', 'pushing my buttons',
  'pressed my buttons', 'wound me up', 'winding me up', 'wind me up', 'provoked me', 'provoke me', 'provoking me',
  'drove me to', 'drive me to', 'drove me to it', 'pushed me to', 'pushed me into', 'pushed me over the edge',
  'tipped me over', 'tipped me over the edge', 'got me going', 'got under my skin', 'egged me on', 'goaded me',
  'baited me', 'triggered me', 'riled me up', 'made me snap', 'made me lose it', 'made me do it', 'made me',
  'started it', 'asked for it', 'had it coming', 'brought it on yourself', 'pushed me too far', 'pushed me',
  'wound me up all day', 'kicked it off', 'started all this',
];

/** Marks of affectionate teasing: "you muppet 😂", "you're so mean, love you". */
export const FRIENDLY =
  /\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE1C|\uD83D\uDE1D|\uD83D\uDE18|\uD83E\uDD70|\u2764|\u2665|(?<![a-z])(?:haha[a-z]*|hehe[a-z]*|love you|love ya|ily|just kidding|love it|love that|legend)(?![a-z])/;
