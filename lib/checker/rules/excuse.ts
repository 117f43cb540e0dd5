import { p, type Rule } from '../rule';
import { capFirst, without } from './helpers';
import { alt, BUSY, CAUSE_TRIGGERS, CAUSES, FRIENDLY, SELF_FAULTS, triggerWords } from './lexicon';

/** Softeners between the verb and the cause: "I was just so bloody knackered". */
const EX_ADV = '(?: (?:just|so|really|super|very|a bit|kind of|kinda|literally|pretty|too|such|absolutely|completely|totally|bloody|fucking|genuinely|honestly|properly|quite|extremely|incredibly|beyond|utterly|dead|feeling|a little|also|already|still|half))';
/**
 * The same softeners, with "a bit" / "a little" only last ("just a bit tired"): causes that start with
 * "a" ("a few drinks") then have one reading, which recheck needs to call the pattern safe.
 */
const EX_ADV_LAST = `${EX_ADV.replace('|a bit|', '|').replace('|a little|', '|')}{0,3}(?: (?:a bit|a little))?`;
/** An apology or an admission somewhere near the reason. */
const OWNING = /(?<![a-z])(?:sorry|apolog[a-z]*|my bad|shouldnt have|should not have|shouldve|out of (?:line|order)|i was wrong|my fault|i know i|i messed up|i screwed up|forgive me|i regret|not ok of me|wasnt fair|didnt mean to|did not mean to|didnt mean (?:it|that|any of it)|did not mean (?:it|that|any of it)|(?:i have been|ive been|i was|ive been acting|i was being)(?: so| really| such| a bit)? (?:mean|rude|awful|horrible|distant|cold|short with you|a jerk|a dick|an ass|unfair|selfish|snappy|off with you))(?![a-z])/;
/** Feeling bad about it is owning it too: "Yes I forgot and I feel bad, but…". Kept apart so OWNING stays simple to match. */
const FEEL_BAD = /(?<![a-z])i feel (?:so |really )?(?:bad|terrible|awful|horrible)(?![a-z])/;
const NO_EXCUSE = /(?<![a-z])(?:no excuse|not an excuse|doesnt excuse|does not excuse|isnt an excuse|not excusing|not making excuses|no excuses|not blaming|no reason to|not a reason|no justification|doesnt justify|does not justify|doesnt make it (?:ok|okay|right)|(?:you|u) deserved? better|(?:you|u) (?:didnt|did not) deserve (?:that|it|this|any of (?:that|it|this)))(?![a-z])/;

/** Reasons beyond the shared lexicon: "I have so much going on rn", "I was half asleep". */
const MORE_CAUSES = [
  '(?:so much|too much|stuff|things|a lot of stuff|a lot of things|loads|a ton|tons) going on', '(?:so much|too much|a lot|loads|tons|a ton) (?:on my plate|to do(?= ?(?:$|[.,!?;:\\n]| rn| right now| at work| and| so| this week| today)))', 'half asleep', 'barely awake', 'on my period',
  'in a (?:really |very |pretty )?(?:dark|bad|low|weird|rough|terrible|awful|horrible|shit|crap) (?:place|spot|state)',
  'too much (?:wine|beer|vodka|booze|tequila|whiskey|alcohol|to drink)', '(?:one|a few|way|far) too many(?: drinks| beers| shots| pints| glasses)?',
  'too many (?:drinks|beers|shots|pints|glasses of wine|wines)', 'not at my best', 'not in my right mind', 'off my (?:face|head|tits)',
  // Life events and the writer's make-up, named as the cause: "im going through a divorce", "i have trust issues".
  'going (?:through|thru) (?:a (?:divorce|breakup|break-up|rough patch|bad patch|hard time|tough time|rough time|difficult time|lot)|some (?:stuff|things|shit|personal stuff|family stuff)|(?:my|the|a) (?:divorce|breakup|break-up|separation)|it(?= ?(?:$|[.,!?;:\\n]| lately| rn| right now| tbh| fr| and| so)))',
  '(?:trust|anger|abandonment|attachment|commitment|jealousy|control) issues', '(?:my own|some personal|personal) (?:stuff|shit|things|issues|problems|demons)(?: to deal with| going on)?', 'a (?:short |bad |quick )?temper', 'a short fuse',
  'running on fumes', 'overtired', 'starving', 'famished', 'overworked', 'overstimulated', 'worn out', 'run down', 'frazzled', 'fried', 'pmsing', 'panicking', 'in a funk',
  '(?:the|a) (?:day|week|month|night|shift|year|morning) from hell',
  '(?:two|three|four|five|\\d+) kids(?: and a (?:full-time|fulltime|demanding|new) job)?',
  // Day words CAUSES leaves out, and the crowded head: "a really shitty day", "a million things going on".
  'a (?:really |very |super |pretty |fucking |seriously )?(?:shitty|crappy|lousy|garbage|trash|brutal|exhausting|draining|chaotic|wild|insane|crazy|manic|mental) (?:day|week|night|month|shift|morning)',
  '(?:a million|a hundred|a thousand|a billion|so many|too many|loads of|a ton of|tons of) things (?:going on|on my (?:mind|plate)|to do|to deal with)', 'a (?:full-time|fulltime|demanding) job', 'a (?:newborn|new baby|toddler)(?= ?(?:$|[.,!?;:\\n]| and| at home| so))',
];
const MORE_BUSY = [
  'understaffed', 'short staffed', 'short handed', 'short-staffed', 'short-handed',
  'driving me (?:up the wall|crazy|mad|nuts|insane|round the bend|bananas)', 'fried', 'frazzled', 'scrambled', 'mush', 'burnt out', 'burned out', 'a wreck', 'kicking my (?:butt|ass|arse)', 'eating me alive', 'wiping me out', 'doing my head in', 'getting on my nerves', 'winding me up',
  'a (?:really |very )?(?:stressful|rough|hard|tough|difficult|hectic|crazy|busy|bad|awful|horrible|trying) (?:time|period|patch|few (?:days|weeks|months)|couple of (?:days|weeks|months))',
];
/** What the writer blames for what came out of them: "it was the wine talking", "the meds make me snappy". */
const SUBSTANCE = '(?:alcohol|drink|drinks|booze|wine|beer|tequila|vodka|whiskey|rum|gin|shots|meds|medication|pills|antidepressants|steroids|weed|hangover|hormones|pms|anxiety|adhd|depression|stress|exhaustion|tiredness|lack of sleep|jet lag|time of the month|trauma|ptsd|childhood|upbringing|temper|trust issues|anger issues|bpd|bipolar|ocd|insomnia|grief)';
const STATE =
  '(?:stressed|tired|exhausted|drunk|busy|overwhelmed|hungry|hangry|sick|distracted|frustrated|in a bad mood|having a bad day|not thinking|under a lot of pressure|under pressure|under a lot of stress|on edge|sleep deprived|hungover|anxious|in a rush|running late|not myself)';
/** Words that start a justification after "but" / "however". */
const EXCUSE_START =
  '(?:i (?:literally |honestly |genuinely |really |totally |simply )?(?:was|had|felt|thought|didnt|couldnt|just|only|meant|got|have been|knew|deserved|took a wrong|assumed|figured|wasnt (?:told|aware|informed)|was (?:never|not) (?:told|informed)|needed to (?:blow off|vent|unwind|relax|let off|get away|get out)|needed (?:a break|a drink|a night|a breather|some space|some time|some fun)|work(?:ed)? (?:hard|so hard|my|all|long|really))|ive had|(?:i have|ive got|i got|i have got) (?:a lot|so much|too much|loads|tons|a ton|(?:two|three|four|five|\\d+) kids|kids|a (?:full time|fulltime|full-time|demanding|new|stressful) job|a family|a life|other (?:things|stuff|priorities|responsibilities|commitments)|(?:trust|anger|abandonment) issues)|the (?:traffic|train|trains|bus|buses|roads?|queue|weather|wifi|signal) (?:was|were|is|are) (?:insane|awful|terrible|crazy|mental|horrendous|a nightmare|so bad|really bad|dead|down)|(?:the|our|my) [a-z]+(?: [a-z]+)? (?:went (?:to overtime|on forever|long|over)|ran (?:long|late|over)|overran|took (?:forever|ages|longer)|dragged on|(?:was|were) down|(?:wasnt|werent) (?:working|very clear|clear)|kept crashing|crashed)|the reason (?:(?:it|this|that) (?:happened|was|is)|i (?:did|said|forgot|was|didnt|couldnt))|id (?:asked|told|said|been|had|already|just|only|reminded)|you (?:would|wouldve|would have|wouldnt|would not|never would) (?:have )?(?:been|got|gotten|freaked|flipped|overreacted|made|lost|yelled|kicked|blown|blew|said|reacted|hated|killed)|youd (?:have )?(?:been|get|got|freak|flip|overreact|make|lose|yell|kick|blow|react|hate|kill)|im (?:just|so|really|tired|stressed|busy|exhausted|human|only human)|(?:the kids|the baby|the dog|my kids|my boss|the boss|my mum|my mom|my dad) (?:was|were|kept|wouldnt|had)|ive been|my|work|it was|it wasnt|its been|things|life|you (?:(?:have to|need to|gotta|got to|should|must) (?:understand|see|realize|remember|admit|know|appreciate|get)|know|should have|shouldve|were|did|started|made|kept|always|never|wouldnt|didnt)|youre (?:the one|mum|mom|mother|dad|father|sister|brother|friends?|family|parents|cousin|boss|ex|mates?)|there was|everyone|everybody|at least|in my defense|(?:he|she|they) started (?:it|this|that|the whole thing)|honestly|to be fair|only because|we (?:were|had) (?:basically|kind of|kinda|technically|sort of|on a break|not)|we (?:were|have been|had been|are) (?:under (?:a lot of |so much |enormous |huge |immense |tight |real )?(?:pressure|time pressure|stress|strain)|(?:so |really |extremely |incredibly )?(?:swamped|slammed|overwhelmed|stretched|understaffed|short staffed|short-staffed|rushed off our feet|busy)|(?:going through|having|in) (?:a |such a |some )?(?:really |very |pretty |super )?(?:rough|bad|hard|tough|difficult|dark|rocky|weird|shit|crap|stressful|low) (?:patch|time|spot|place|phase|period|stretch|stuff|things)|having (?:problems|issues)|up against (?:a|the) (?:deadline|clock)|(?:given|told) (?:the wrong|conflicting|no))|(?:the [a-z]+|they|he|she) kept)';
const NOT_EXCUSE =
  '(?!(?:its|it has|its already|it has already) been (?:like |almost |nearly |over |more than )?(?:(?:\\d+|a|an|two|three|four|five|six|several|a few|a couple of) (?:days?|weeks?|months?|hours?|years?)|ages|forever|weeks|days|months)(?![a-z])|i didnt(?:,| and| ?$)|i was wrong|i didnt (?:listen|handle|think about you)|(?:thats|that is|its|it is|there is|theres) no excuse|that doesnt excuse|it doesnt excuse|thats not an excuse|im going to|im working|im not)';
const STATE_WORDS = ['stressed', 'tired', 'exhausted', 'drunk', 'busy', 'overwhelmed', 'hungry', 'hangry', 'sick', 'distracted', 'frustrated', 'mood', 'day', 'thinking', 'pressure', 'stress', 'edge', 'deprived', 'hungover', 'anxious', 'rush', 'late', 'myself', 'insane', 'crazy', 'hectic', 'lot', 'stressful', 'rough', 'hard', 'nuts', 'back', 'dead', 'killing', 'chaos'];
/** States a writer hands over as the cause, after "when i…": "when im hungry", "when i havent slept". */
const STATE_WORD =
  '(?: so| really| a bit| super| too| that)? (?:tired|drunk|hungry|hangry|stressed|angry|mad|upset|drinking|hungover|anxious|overwhelmed|exhausted|triggered|on my period|pmsing|under pressure|slept|eaten|sleep|had a drink|had a few|drink|been drinking)';
const STATE_TRIGGERS = ['tired', 'drunk', 'hungry', 'hangry', 'stressed', 'angry', 'mad', 'upset', 'drinking', 'hungover', 'anxious', 'overwhelmed', 'exhausted', 'triggered', 'period', 'pmsing', 'pressure', 'slept', 'eaten', 'sleep', 'drink', 'few'];
/** A condition named as what did it: "its my adhd". */
const CONDITION = '(?:adhd|add|anxiety|depression|ocd|bpd|bipolar|autism|ptsd|trauma|hormones|pms|insomnia|temper)';
const CONDITIONS_TRIGGERS = ['adhd', 'add', 'anxiety', 'depression', 'ocd', 'bpd', 'bipolar', 'autism', 'ptsd', 'trauma', 'hormones', 'pms', 'insomnia', 'temper', 'straight', 'clearly', 'properly'];
const WHY = '(?:i (?:was|felt|thought|didnt|couldnt|knew|needed|had to|got|wanted to protect|was trying)|im|ive been|you (?:always|would|wouldve|would have|get|overreact|freak|flip|lose)|youd|its|it was|everyone|my|(?:work|life|things|everything|school|uni|the (?:day|week|month|job|kids|baby|boss|stress|pressure)) (?:has been|have been|had been|was|were|is|had me|has me|got))';
/**
 * The sorry runs up to the first "but": a remorse gap that could also hold the "but" gives every
 * "sorry … but … but" two readings, which recheck reports as polynomial.
 */
const NOT_BUT = '(?!(?:but|however|though)(?![a-z0-9]))';
/** Said of someone else, or an apology for their state. Two fixed lookbehinds, not one with an optional word: recheck reads that one as polynomial. */
const NOT_AFTER = '(?:sorry|apologize|apologies|regret|you|youve|youre|your|she|shes|he|hes|they|theyre|we|weve|theyve)';
const THOUGH_END = /,? though$/i;
/** A "but" clause that points at someone else ("but you always…") is blame, not context to keep. */
const AT_OTHERS = /^(?:you|youre|your|ur|u|yall|everyone|everybody|they|theyre|he|hes|she|shes|we|were|only because you|because you|if you)(?![a-z])/;
/** "Own it first": keep the writer's context after the apology, unless the context is blaming them. */
function ownItFirst(own: string, excuse: string): string {
  if (AT_OTHERS.test(excuse.toLowerCase().replace(/['’]/g, ''))) return `${own}. That's on me, not on you.`;
  return `${own}. ${capFirst(excuse)}, but that's no excuse.`;
}
/** Naming a need and coming back to talk ("I was overwhelmed and needed a breather, ready to talk now"), or saying it was not about them. */
const COMING_BACK =
  /(?<![a-z])(?:(?:ready|ok|okay|happy|free|good|here) to talk|needed (?:a breather|a break|a minute|some space|space|some time|time to (?:think|cool|calm))|not (?:about|at|with|because of) you)(?![a-z])/;
/** The reason comes with ownership of the act: "I was hurt, and I took it out on you". */
const OWNS_IT =
  /(?<![a-z])(?:took it out on you|taking it out on you|take it out on you|handled it (?:badly|poorly|wrong)|(?:thats|that is|its|it is|this is) on me|i own (?:that|it|this)|my responsibility|i take (?:full )?responsibility|not your fault|wasnt your fault|made (?:it|things|this) worse|i (?:should|shouldve) have (?:told|said|come|called|asked|trusted|been honest|been upfront)|(?:that|it|this) was (?:on me|all me|all on me)|i (?:shouldve|should of) (?:told|said|come|called|asked|reached out|talked)|(?:that|it|this) was (?:wrong|my (?:choice|fault|mistake)|unfair|not fair|not ok|not okay)|next time i|from now on|going forward|taken it out on you|take (?:that|this) out on you|(?:it|that|this) (?:wont|will not|will never) happen again|i will (?:try|do better|tell you|say|work on)|ill (?:try|do better|tell you|say|work on))(?![a-z])/;
const LOGISTICS =
  /(?<![a-z])(?:sorry|apologize|apologies)(?: for the| for being| for my| about the| im| i am| i was| to| i| the)? (?:late|delay|delayed|wait|slow|bother|bothering|confusion|typo|interrupt|interrupting|missed (?:your |youre )?calls?|missed call|the mess|hear|miss|wrong chat|double text|went off topic|going off topic|rambled|rambling|(?:i )?(?:couldnt|cant|could not|cannot|wasnt able to|am not able to) (?:come|make it|join|be there|attend))(?![a-z])(?![a-z0-9 ]{0,40},? but (?:the [a-z]+|they|he|she|nobody|no one|you|everyone) (?:kept|keeps|never|didnt|wouldnt|told|changed))/;

/** Lapses that hurt someone, as said right after the sorry: "sorry I snapped", "sorry for ghosting". Not the logistics ones (late, a missed call, a typo). */
const HURT_ACT =
  '(?:flamed (?:you|u)|flaming|trolled|trolling|griefed|griefing|tilted|rage ?quit(?:ting)?|threw (?:the|that) (?:game|match|round)|(?:fed|feeding)(?=[,.!?]| again| so| all game| hard)|(?:was|being) (?:so )?toxic|broke (?:the build|prod|production|main|master|the tests|ci|the pipeline|the site|the app)|breaking (?:the build|prod|production|main|master|the tests|ci|the pipeline|the site|the app)|force pushed|(?:missed|forgot to send|didnt send|was late with|was late on) (?:the|your|my)? ?(?:child support|maintenance|payment|rent|deposit|money)|got (?:so |really |a bit |too |super )?(?:heated|angry|mad|defensive|snippy|nasty|aggressive|worked up|carried away)|ditched you|ditching you|abandoned you|left you|walked out|hung up on you|(?:didnt|did not) (?:come|call|text|reply|answer|get back to you|pick (?:you|them|him|her|the kids) up|pick up the kids)|(?:wasnt|was not) there|(?:what|everything|the things|the stuff|those things|some of the things) i said|said (?:that|it|those things|what i said)|(?:the|that|my|those) (?:comment|comments|remark|joke|jokes|outburst|tone|attitude|behaviou?r|reaction|words|rant)|(?:last night|the other night)|hurt you|hurting you|hurt your feelings|ignored you|ignoring you|embarrassed you|embarrassing you|raised my voice|raising my voice|kept you waiting|went through your|going through your|read your|checked your|went behind your back|going behind your back|took credit|picked a fight|overreacted|overreacting|went quiet|going quiet|went silent|shut you out|shutting you out|blew you off|blowing you off|pushed you away|forgot|forgetting|snapped|snapping|yelled|yelling|shouted|shouting|lost my (?:temper|cool)|blew up|blowing up|lashed out|lashing out|went off(?! topic| track| to| on one)|raged|raging|flaked|flaking|bailed|bailing|ghosted|ghosting|cancell?ed|cancell?ing|stood you up|let you down|lied|lying|cheated|broke (?:my|our|the) promise|made fun of|missed (?:your|our|the|my|it)(?! (?:call|calls|text|texts|message|messages))|(?:didnt|did not) (?:show up|invite|tell you|stick up|stand up|back you)|(?:havent|have not|hasnt) been (?:there|around|in touch|present)|(?:was|been|being) (?:so |such |a bit |really |very )?(?:rude|short|harsh|mean|moody|distant|cold|off|snappy|grumpy|cranky|a jerk|a dick|an ass|an idiot|a bad friend|a crap friend|a mess|useless|hurtful|nasty|out of order|out of line|off with you|short with you))';
/** A clause that gives the cause: the writer's state, or what the day, the job or a thing did. */
const REASON =
  '(?:(?:ive|i have|id|i had|ive just|i just|i was just|im just|i was|im|i am|i got|i get) (?:been|was|had|got|get|am|im|ive had|had had|so|just|really|too|a bit|in|on|at|under|up|out|stuck|caught|tied|busy|tired|stressed|exhausted|slammed|swamped|overwhelmed|distracted|completely|totally|genuinely|honestly|literally|super|pretty|kind of|kinda|thought|assumed|figured)|(?:its been|it has been|its just been|its honestly been)|(?:been|had|got|just been|just had)|(?:my|the|our|work|works|life|lifes|things|everything|school|uni|college|new job|traffic|money|finances|cash|lag|ping|internet|wifi|connection|ci|(?:your|ur|youre) (?:mum|mom|mother|dad|father|sister|brother|friend|friends|family|cousin|boss|ex|mate|mates))(?: [a-z]+){0,2} (?:has been|have been|had been|been|was|were|is|kept|ran|went|took|got|is being|came|had me|has me|wouldnt|didnt|started|showed up|turned up|called|rang|made me|told me to))';
/** What keeps the clause from being a cause: owning it, regret, a plan, reflection, or a gift. */
const NOT_REASON =
  '(?!(?:[a-z0-9]+ ){0,5}(?:wrong|a mistake|my fault|my bad|on me|out of (?:line|order)|uncalled for|unfair|not (?:fair|ok|okay|cool|right|acceptable)|unacceptable|selfish|immature|childish|thoughtless|careless|inconsiderate|disrespectful|unkind|hurtful|cruel|petty|an idiot|a jerk|a dick|an ass|stupid|ashamed|embarrassed|mortified|gutted|devastated|heartbroken|kicking myself|annoyed (?:at|with) myself|looking forward|thinking|reflecting|realized|realised|learning|working on|therapy|meant to|supposed to|going to|gonna|sorry|no excuse|no right|got (?:you|u)|bought|made (?:you|u)|saved (?:you|u)|for (?:you|u))(?![a-z]))';

export const excuseRules: Rule[] = [
  {
    id: 'sorry-but',
    category: 'excuse',
    severity: 3,
    triggers: ['sorry', 'apologize', 'apologies', 'regret'],
    patterns: [
      p(`(?<span>(?<remorse>(?:(?:im|i am) |i |we )?(?:so |really |very |deeply |truly )?(?:sorry|apologize|apologies|regret)(?:(?: ${NOT_BUT}[a-z0-9]+){0,6}| i(?: ${NOT_BUT}[a-z0-9]+){6,8})),? (?:but|however|though),? (?:like |i mean |tbh |honestly )?${NOT_EXCUSE}(?<excuse>${EXCUSE_START}(?: [a-z0-9]+){0,10}))`),
    ],
    unless: [LOGISTICS, /(?<![a-z])(?:best|great|amazing|kind|lovely|sweet|proud|thank|thanks|beautiful|brilliant|gorgeous|cute)(?![a-z])/],
    message:
      'The "but" can cancel the apology: what they hear is the reason, not the sorry. Let the apology stand on its own, and explain later if they ask.',
    reframes: [
      { label: 'Drop the excuse', text: (m) => `${m.group('remorse')}.` },
      { label: 'Own it first', text: (m) => ownItFirst(m.group('remorse'), m.group('excuse')) },
    ],
    examples: {
      flagged: ['I regret what I said, but I was really hurt.', 'I regret that the update caused problems, but we were under enormous time pressure.', 'sorry but i assumed you were busy', "I'm sorry, but I'm human, I make mistakes", 'sorry but i literally had no time', "I'm sorry but the kids were screaming and I couldn't think", "I'm sorry I missed it, but the instructions weren't very clear.", "I'm sorry, but I was stressed.", 'sorry but i was drunk', 'Sorry I forgot, but work has been insane this week.', "I apologize, however you have to understand the pressure I'm under.", 'sorry i forgot to pick u up but like i had a million things going on today', 'sorry i was rude to ur sister but she started it tbh', 'sorry about the weekend but i work hard and i needed to blow off steam'],
      clean: ["I'm sorry. I was stressed, but that's no excuse.", "Sorry I'm late, but the train was delayed.", 'sorry but you were the best man tonight', "I'm sorry I cried, but you were so kind about it", "I'm sorry, but I was wrong and I want to fix it.", "Sorry to hear about the match, but she started it strong and you'll win next time", 'sorry but i needed to tell you i love you', 'sorry, but there were no tickets left for saturday, friday ok?', 'sorry, but the reason i called is the rent'],
    },
  },
  {
    id: 'sorry-state-excuse',
    category: 'excuse',
    severity: 2,
    triggers: [...new Set([...triggerWords(CAUSES, BUSY, MORE_BUSY), ...CAUSE_TRIGGERS, ...STATE_WORDS, 'sleep', 'slept', 'eat', 'eaten', 'moment', 'wobble', 'zoned', 'guard', 'elsewhere', 'else', 'miles', 'been', 'going', 'asleep', 'awake', 'period', 'understaffed', 'staffed', 'handed', 'place', 'headspace', 'feeling', 'kids', 'baby', 'traffic', 'boss', 'way', 'panicked', 'freaked', 'froze', 'hadnt', 'eaten', 'slept', 'dark', 'low', 'weird', 'spot', 'state', 'wine', 'beer', 'vodka', 'booze', 'tequila', 'whiskey', 'alcohol', 'drink', 'many', 'best', 'mind', 'face', 'driving', 'nerves', 'winding', 'away', 'month', 'health', 'school', 'uni', 'college', 'money', 'phone', 'battery', 'meds', 'medication', 'pills', 'hormones', 'anxiety', 'adhd', 'depression', 'blame', 'clearly', 'properly', 'through', 'thru', 'issues', 'temper', 'fuse', 'overtired', 'starving', 'famished', 'overworked', 'overstimulated', 'worn', 'down', 'frazzled', 'fried', 'pmsing', 'panicking', 'funk', 'hell', 'job', 'newborn', 'toddler', 'trauma', 'ptsd', 'childhood', 'upbringing', 'grief', 'grew', 'raised', 'heat', 'exhaustion', 'tiredness', 'pain', 'situation', 'workload', 'sleeping', 'eating', 'track', 'great', 'everything', 'own', 'personal', 'wasnt', 'coffee', 'caffeine', 'breakfast', 'lunch', 'ex', 'cheated', 'tilted', 'tilt', 'impression', 'believe', 'understand', 'fumes', 'trying', 'tryna', 'add', 'ocd', 'bpd', 'bipolar', 'autism', 'insomnia', 'memory', 'work', 'shift', 'office', 'desk', 'manager', 'kicking', 'alive', 'wiping', 'heads', 'brains', 'minds', 'works', 'lifes', 'everythings', 'days', 'weeks', 'months', 'ages', 'forever'])],
    requires: [OWNING, FEEL_BAD],
    patterns: [
      p(`(?<!${NOT_AFTER} )(?<!${NOT_AFTER} (?:that|for|about) )(?<span>(?:i was|im|i am|ive been|id been|i had been|i got|i felt|was|been|had been|i had|id had|ive had|i have had|had|having|after|i just had|just had|i (?:just |also )?have|ive got|i have got)${EX_ADV_LAST} ${alt([...CAUSES, ...MORE_CAUSES])})(?![a-z])`),
      p('(?<span>i (?:just |really )?(?:wasnt|was not|havent been|have not been)(?: just| really| exactly)? (?:in a (?:good|great|right) (?:place|headspace|head space|frame of mind|mood)|feeling (?:it|myself|great|up to it)|up (?:for|to) it|thinking(?: clearly| straight| properly| right| at all)?|myself|in my right mind|at my best))(?= ?(?:$|{TAG}|[.,!?;:\\n]| and| so| lately| at the time| that day| rn| right now| tbh))'),
      p(`(?<span>(?:work|life|things|everything|(?:my|the) (?:day|week|job|boss|shift|head|manager|kids?|family|mum|mom|dad)|(?:the|my|our)(?: [a-z]+)? (?:team|office|department|workload|schedule)|my (?:anxiety|adhd|brain|hormones|stress|stress levels|back|migraine|head|mind|depression|mental health|health|ocd|bipolar|insomnia|sleep)|mental health|(?:school|uni|college|money|home|home life|family stuff)|(?:this|the) (?:week|month|year|term|semester|weekend)|(?:the|these|this) (?:last|past) (?:few |couple of |couple )?(?:days|weeks|months)|today|the day|it)(?: (?:has|had|have))?(?: just| really| honestly| literally)? (?:been|was|is|were|got|gets|went)${EX_ADV}{0,3} ${alt([...BUSY, ...MORE_BUSY])}|(?:my (?:heads|brains|minds)|works|lifes|everythings)${EX_ADV}{0,3} ${alt([...BUSY, ...MORE_BUSY])})(?![a-z])(?! for (?:you|him|her|them|your|everyone))(?! (?:at|in) (?:the|a) (?:party|match|game|club|bar|pub|concert|gig|wedding|festival|event|show))`),
      p('(?<span>(?:life|work|things|stuff|everything|my job|school|uni|college|family stuff) (?:just |kind of |kinda )?(?:got|gets|get|has got|has been getting) in the way)'),
      p('(?:sorry|apologize|apologies)(?: [a-z0-9]+){0,6}[,.]? (?<span>i (?:just )?(?:panicked|freaked out|froze|hadnt eaten|had not eaten|hadnt slept|had not slept)(?: [a-z0-9]+){0,3})'),
      // The body or the head as the reason: "sorry I was grumpy, didnt get much sleep", "my mind was elsewhere".
      p(`(?:sorry|apologize|apologies|my bad)(?: [a-z0-9]+){0,6},? (?<span>(?:i )?(?:(?:didnt|did not|havent|have not|hadnt) (?:sleep|slept|eat|eaten|get (?:much|any|enough) sleep|been (?:sleeping|eating))(?: well| much| properly| at all| last night| all day| lately)?(?! yet)|(?:didnt|did not|hadnt|had not|havent) (?:had|have) (?:my |any |a |enough )?(?:coffee|caffeine|breakfast|lunch|food|anything to eat)(?: yet)?|(?:i )?(?:had|was having) a (?:moment|bad moment|wobble)|(?:i )?(?:was )?(?:zoned out|caught off guard|half awake)|(?:i )?(?:just |totally |completely |honestly just )?lost track of (?:time|the time|the days|the day|everything)|(?:my )?(?:mental health|health|head|sleep|anxiety|depression|mood|energy|home life|week|month|year) (?:hasnt|has not|havent|hadnt|wasnt|isnt) been (?:great|good|the best|amazing|brilliant|easy|ideal|fun|in a good place)|(?:my )?(?:mind|head) (?:was|is|has been) (?:elsewhere|somewhere else|not in it|not in the room|miles away))|(?:ive |i have )?been${EX_ADV}{0,3} (?:busy|slammed|swamped|flat out|snowed under|crazy busy|overwhelmed|stressed|run off my feet))(?= ?(?:$|{TAG}|[.,!?;:\\n]| and| so| since| lately| today| tonight| this week| rn| right now| tbh| honestly| in (?:days|weeks|ages|months|forever)| for (?:days|weeks|ages)))`),
      p('(?<span>the (?:kids|kid|baby|dog|boss|traffic|commute|neighbours|neighbors)(?: [a-z]+){0,2} (?:had me|kept me|have had me|has had me) (?:up|awake|busy|running|going)(?: [a-z]+){0,3})'),
      // Work or the boss holding them: "work wouldnt let me leave", "couldnt get away from work".
      p('(?<span>(?:work|my boss|my manager|the boss|my shift|the office) (?:wouldnt|would not|didnt|did not|wont) let me (?:leave|go|get away|out|off)|(?:i )?(?:couldnt|could not|cant|wasnt able to) get (?:away|out) (?:from|of) (?:work|the office|my shift|my desk))(?![a-z])'),
      // Time itself as the culprit: "the week got away from me".
      p('(?<span>(?:the (?:day|week|weekend|month|morning|evening|night|time)|time|things|life|work|everything) (?:just |kind of |kinda |totally |completely )?(?:got|ran|slipped|has got|has run) away (?:from|on) me)(?![a-z])'),
      // A drink, a pill or a condition named as what did it: "the meds make me snappy", "blame it on the wine", "its my anxiety".
      p(`(?<span>(?:the|my|these|those|that) ${SUBSTANCE} (?:make|made|makes|have made|has made|have been making|has been making|are making|is making|were making|was making|had|has|have|got) me (?:so |really |a bit |kinda |super |extra |more |a little )?(?:snappy|moody|grumpy|irritable|angry|mean|cranky|emotional|short|say|act|do|crazy|aggressive|paranoid|forgetful|on edge|irrational|reactive|impatient|defensive|jealous|insecure|snap|lash out|blow up|like this|like that|not myself)|blame (?:it|that|this) on (?:the|my) ${SUBSTANCE}|blame (?:the|my) ${SUBSTANCE}|(?:its|it was|thats|that was)(?: just| probably| all| totally| honestly| literally)? (?:my|the|that) ${SUBSTANCE})(?![a-z])`),
      // The drink or the state as the one acting: "alcohol brings out the worst in me", "my anxiety wouldnt let me leave".
      p(`(?<span>(?:(?:the|my|that) )?${SUBSTANCE}(?: just| always| really)? (?:does (?:that|this|things|strange things|weird things|funny things) to me|brings out the worst in me|(?:makes|made) me (?:say|do|act|snap|forget|lash out)(?: [a-z]+){0,3}|(?:wouldnt|would not|didnt|did not|wont|doesnt) let me (?:leave|go|come|think|sleep|focus)(?: [a-z]+){0,3}))(?![a-z])`),
      // A broken promise put on the phone: "sorry i never called like i said, my phone died".
      // Everything around the writer as the cause: "it slipped my mind with everything going on".
      p('(?<span>with (?:everything|all this|all that|all the stuff|so much|all of this|all of that|the move|the new job|the kids|the baby|work)(?: stuff)? (?:going on|happening|on my plate))(?![a-z])'),
      // A pressure that "got to me": the state wins, the writer steps back.
      p('(?<span>(?:the|all the|all this|this|that) (?:pressure|stress|heat|exhaustion|tiredness|grief|pain|drink|wine|booze|alcohol|lack of sleep|jet lag|deadline|situation|anxiety|workload) (?:just |really |finally |must have |mustve )?(?:(?:got|gets|was getting|has been getting|had got|had gotten|has got|has gotten|is getting) to me|got the better of me))(?![a-z])'),
      // Upbringing named as the reason: "I grew up in a house where nobody talked about feelings".
      p('(?<span>i (?:grew up|was raised|was brought up) (?:in a (?:house|family|home|household) (?:where|with) (?:nobody|no one|noone|we (?:never|didnt|did not|yelled|shouted|screamed|fought)|people (?:never|didnt|yelled|shouted|screamed|fought)|everyone (?:yelled|shouted|screamed|fought)|you (?:didnt|couldnt|never)|(?:my )?(?:parents|dad|mum|mom) (?:never|didnt|yelled|shouted|screamed|fought|drank)|(?:yelling|shouting|screaming|fighting|drinking) was)|with (?:parents|a dad|a mum|a mom|a father|a mother|people) who (?:never|didnt|yelled|shouted|screamed|fought|drank|hit)|(?:that way|like that|like this)(?![a-z]))(?: [a-z0-9]+){0,6})'),
      // Good intentions handed over right after the sorry: "sorry I read your texts, I was just trying to protect you".
      p('(?:sorry|apologize|apologies|my bad)(?: [a-z0-9]+){0,8}[,.] (?<span>i was (?:just |only |honestly |genuinely )?(?:trying|tryna) to (?:help|protect (?:you|u|us|myself)|look out for (?:you|u)|keep (?:you|u) safe|do (?:the right thing|whats best|what was best|what i thought was best)|spare (?:you|u|your feelings)|keep the peace|be honest|be helpful))(?![a-z])'),
      // A past hurt handed over as the reason: "sorry i checked your phone, my ex cheated so i get paranoid".
      p('(?:sorry|apologize|apologies|my bad)(?: [a-z0-9]+){0,8}[,.]? (?:its (?:just )?(?:that |because )?|its only because |because |but |just )?(?<span>my (?:ex|last (?:girlfriend|boyfriend|partner|relationship|wife|husband)|ex[- ]?(?:wife|husband|girlfriend|boyfriend|partner)|previous (?:partner|relationship|girlfriend|boyfriend)|dad|father|mum|mom|mother|parents) (?:cheated|lied|used to (?:cheat|lie|hit|yell|shout|scream|cheat on me|lie to me)|hurt me|betrayed me|did (?:the same|this|that)|left)(?: [a-z0-9]+){0,6})(?![a-z])'),
      // A misunderstanding at work named as the cause: "I apologise, I was under the impression the deadline was Friday".
      p('(?:sorry|apologize|apologies|apologise|my bad)(?: [a-z0-9]+){0,6}[,.]? (?:but |however,? )?(?<span>i was (?:under the impression|led to believe|given to understand)(?: that)? (?:the|it|we|you|this|that|there)(?: [a-z0-9]+){1,6})'),
      // Gaming tilt as the state, kept out of the long cause list so that stays provably linear.
      p('(?:sorry|apologize|apologies|my bad)(?: [a-z0-9]+){0,6}[,.] (?<span>(?:i was|im|i am|ive been|i got|been|was|got)(?: so| really| super| a bit| kinda| hella| fully)? (?:tilted|on tilt|tilting))(?![a-z])'),
      // A condition named so that the lapse follows from it: "sorry, i have adhd so i forget stuff".
      p('(?<span>i (?:have|got|struggle with|suffer from|deal with) (?:adhd|add|anxiety|depression|ocd|bpd|bipolar|autism|insomnia|ptsd|trust issues|anger issues|a (?:bad|terrible|awful|shit|crap|rubbish|horrible) memory|a (?:short|bad|quick) temper|a short fuse),? (?:so|and|which is why|thats why) (?:i (?:forget|forgot|snap|snapped|zone out|lose track|lost track|lose my temper|lost my temper|overreact|overreacted|blurt|space out|miss (?:stuff|things|texts|messages)|(?:get|got) (?:angry|mad|snappy|overwhelmed|distracted|defensive|jealous)|cant (?:help it|remember|focus)|(?:say|said) (?:stuff|things))|(?:stuff|things|it|dates|names|plans|birthdays|texts|everything) (?:just )?(?:slips|slipped|gets lost|got lost|falls through|fell through|goes over my head|went over my head)))(?![a-z])'),
      // The same, the other way round: "i forgot because i have adhd", "i dont remember cos of my adhd".
      p('(?<span>(?:i (?:dont|do not|cant|cannot|couldnt) remember|i (?:forgot|forget|snapped|zoned out|lost track))(?: [a-z]+){0,3} (?:because|cause|cos|coz|bc) (?:i have|i got|of my) (?:adhd|add|anxiety|depression|ocd|bpd|bipolar|autism|insomnia|ptsd|a (?:bad|terrible|awful|shit|crap) memory))(?![a-z])'),
      p('(?:sorry|apologize|apologies|my bad)(?: [a-z0-9]+){0,3} (?:never (?:called|rang|texted|replied|answered|messaged|got back to you)|forgot to (?:call|ring|text|reply|message)|(?:didnt|did not) (?:call|ring|text|reply|message)(?: you)?(?: back)? (?:like|when|as) i (?:said|promised))(?: [a-z0-9]+){0,5},? (?<span>(?:my |the )?(?:phone|battery|mobile|cell) (?:died|was dead|had died|ran out(?: of battery| of charge)?|went flat|was flat)(?: [a-z]+){0,3})(?![a-z])'),
    ],
    // Someone else's illness is a reason, not an excuse: "sorry I cancelled, my little one was sick".
    unless: [LOGISTICS, NO_EXCUSE, COMING_BACK, OWNS_IT, /(?<![a-z])(?:can we (?:talk|chat|catch up)|can you (?:take|help|watch|grab|get|pick|cover|do the))(?![a-z])/, /(?<![a-z])(?:my|the|our) (?:little one|kid|kids|son|daughter|baby|mum|mom|dad|wife|husband|partner|grandma|grandad|nan|gran|dog|cat|sister|brother)(?: [a-z]+)? (?:was|were|is|got|has been|had been) (?:so |really |very )?(?:sick|ill|unwell|poorly|in hospital|in the hospital)(?![a-z])/],
    message:
      'Right after an apology, the reason can sound like "so it wasn\'t really my fault". Own it first; the context can wait until they feel heard.',
    reframes: [
      { label: 'Keep the context, own it', text: (m) => `${m.span}, but that's no excuse.` },
      { label: 'Drop the excuse', text: (m) => without(m), whole: true },
    ],
    examples: {
      flagged: ["sorry about the shouting, the boss was on my case all day", "sorry i forgot our anniversary, been so swamped", "sorry for snapping, I'm running on like 3 hours sleep", "sorry for snapping, I'm running on like three hours sleep", "sorry I was short, I'm running on barely any sleep", "I'm sorry, I was just tired and not thinking straight.", "Sorry I was short. I'm under a lot of stress with the move.", 'sorry for ghosting, things have been crazy at work', 'Sorry I snapped, I was just stressed out.', "I'm sorry. I was in a bad mood.", 'sry i was just tired', "sorry about last night. I'd had a few too many with the lads", 'I apologise for snapping. Work has been absolutely mental this week', 'i know i shouldnt have said it. i was hungover and knackered', 'Yes I forgot our anniversary and I feel bad, but work has been insane, you know that.', 'sorry for the mess. the kids had me up all night so', 'sorry i was rude, my anxiety was through the roof', 'sorry i blew up, i hadnt eaten all day', 'sorry i lied, i panicked', 'sorry i ghosted, life got in the way', "i'm sorry, things have just been a lot lately", 'sorry i was a jerk, i was in my head', "I'm sorry, I was just in a really bad headspace", 'sorry i forgot, i have so much going on rn', 'sorry about the text, i was half asleep', 'sorry i didnt show up, i just wasnt feeling it', "sorry, i wasn't in a good place", 'sorry i was grumpy, didnt get much sleep', 'sorry i was snappy, i havent eaten', 'sorry, my mind was elsewhere', 'sorry i forgot, been super busy', 'sorry i canceled, my depression has been bad', 'sorry for what i said, i wasnt thinking clearly', 'forgive me, i was half drunk and not myself', 'I apologize for my behavior last night, I had too much wine.', 'im sorry i cheated, i was in a really dark place', 'sorry i ghosted, mental health has been rough', 'sorry i forgot our anniversary, this month has been chaos', 'sorry i snapped, the kids were driving me up the wall', 'my apologies, the week got away from me', 'sorry babe, the meds make me snappy', 'sorry i blew up, blame it on the wine', "sorry for the outburst, it's my time of the month", 'sorry i never called like i promised, my phone died', 'sorry i forgot to call, my phone was dead all day', 'sorry, the pressure got to me', 'sorry i lashed out, im going through a divorce', 'sorry i checked ur phone, i have trust issues', "I'm sorry I was cold, I grew up in a house where nobody talked about feelings.", 'sorry I was off with you, I haven\'t been sleeping', 'sorry for yelling, I hadn\'t had my coffee', 'im sorry i yelled, ive had the week from hell', 'sorry i forgot, i have two kids and a full time job', 'im sorry, its my trauma', 'I apologize for my outburst, it has been a stressful time for our family.', "Sorry I haven't replied, my mental health hasn't been great", "i'm sorry i missed it, i honestly just lost track of time", "I'm sorry I forgot to call your mum, it slipped my mind with everything going on", 'Sorry I didnt help with the move, I had my own stuff to deal with', "Sorry I didn't come, I wasn't up for it", "I'm sorry I went through your things, I was just trying to protect you.", 'i have adhd so i forget stuff, sorry', 'im sorry i blew up, i had a really shitty day', 'sorry i checked your phone, my ex cheated so i get paranoid', 'I apologise, I was under the impression the deadline was Friday.', 'sorry i flamed you, i was tilted af', 'sorry for raging, been tilted all day'],
      clean: ["I'm sorry I yelled. I was hurt, and I took it out on you.", "I'm sorry for going quiet. I was overwhelmed, and next time I'll say that", 'sorry for the late reply, been so busy', 'sorry i missed ur call, i was in the shower', "I'm sorry I couldn't come, I was sick", 'sorry, but you need to return the form by Monday', "I'm sorry. I was stressed, but that's no excuse.", 'I was so tired after the hike.', "sorry im late, traffic was insane", "I'm sorry you had such an awful day", "I'm sorry I got drunk at your party", "I'm tired, heading to bed. love you", 'sorry, i have so much going on rn, can we talk tomorrow?', 'i wasnt in a good place last year but therapy helped a lot', 'sorry to hear the team has been understaffed, that sounds rough', 'sorry, my phone died, calling you now', 'sorry to wake you, i know you didnt sleep well', "sorry, i haven't eaten yet so i'll be quick at lunch", 'so sorry i cancelled, my little one was sick all night', 'sorry i was in the shower, my mind was elsewhere with the music haha', 'sorry my phone died, call u back', 'sorry i missed your call, my phone died', "im sorry, i was stressed, but i shouldnt have taken it out on you", 'i was drunk and said some dumb stuff to you last night. im sorry, it wont happen again', 'sorry i was rude, i was tired but you didnt deserve that', 'the meds make me sleepy so ill nap first', 'sorry to hear the week got away from you', 'its the wine, its really good this year', "I'm going through a divorce so I might be slow on email for a bit, thanks for understanding.", 'the heat was getting to everyone at the picnic, we left early', 'sorry, i havent had lunch yet, can we talk at 2?', 'I grew up in a house where we always sang, so sorry in advance for the karaoke 😂', 'so sorry youre going through a divorce, im here for you', "sorry to hear your health hasn't been great", 'sorry im late, lost track of time', 'so sorry to hear about your dad, with everything going on take all the time you need', 'sorry i was only trying to reach you about the keys', 'i have adhd so meetings are hard for me, sorry if i ramble', 'sorry, my ex is calling, talk later', 'sorry to hear your ex cheated, that is awful', 'sorry, i was told the meeting moved to 3, is that right?'],
    },
  },
  {
    id: 'sorry-feeling-excuse',
    category: 'excuse',
    severity: 2,
    triggers: ['upset', 'angry', 'mad', 'hurt', 'lonely', 'triggered', 'scared', 'insecure', 'jealous', 'panicking', 'provoked', 'wound', 'fed', 'pissed', 'annoyed', 'irritated', 'embarrassed', 'ashamed', 'afraid', 'terrified', 'nervous', 'worried', 'desperate', 'neglected', 'ignored', 'unappreciated', 'invisible', 'granted', 'unloved', 'rejected'],
    afterApology: true,
    patterns: [
      p(`(?<!(?:sorry|apologize|apologies|regret|you|youve|she|he|they|we|weve|theyve)(?: that| for| about)? )(?<span>(?:i was|i got|i felt|ive been|id been|i had been)${EX_ADV}{0,3} (?:upset|angry|mad|hurt|lonely|triggered|scared|insecure|jealous|panicking|provoked|wound up|fed up|pissed off|annoyed|irritated|embarrassed|terrified|neglected|ignored|unappreciated|invisible|taken for granted|unloved|rejected))(?![a-z])(?!,? (?:but|and) (?:i|that)(?: [a-z]+)? (?:shouldnt|should not|took|handled|was wrong|doesnt|does not|isnt))`),
    ],
    unless: [LOGISTICS, NO_EXCUSE, COMING_BACK, OWNS_IT],
    message:
      'Right after the apology, how you felt can sound like the reason it was not really on you. Let the sorry land first; your feelings can be shared once they feel heard.',
    reframes: [
      { label: 'Own it with the feeling', text: (m) => `${m.span}, and I took it out on you. That's on me.` },
      { label: 'Drop the excuse', text: (m) => without(m), whole: true },
    ],
    examples: {
      flagged: ['sorry i said that, i was upset', "I'm sorry I cheated, I was lonely", "I'm sorry I yelled, I was triggered", 'sorry i snapped at you. i was just so fed up'],
      clean: ["I was mad, but I shouldn't have called you a name. I'm sorry.", 'i got upset earlier and im sorry i raised my voice. can we try again after dinner?', "I'm sorry I hurt you. I was angry, and I took it out on you.", "Sorry, I'm upset and need a minute.", "I'm sorry you were upset"],
    },
  },
  {
    id: 'admission-but',
    category: 'excuse',
    severity: 2,
    triggers: ['but', 'however'],
    patterns: [
      p(`(?<span>(?<admit>(?:i know|i admit|yes|yeah|ok|okay|fine|i get that|sure),? (?:i|it)(?: [a-z0-9]+){0,6}|(?:i know|i admit),? (?:ive|id|im)(?: [a-z0-9]+){0,6}|i (?:shouldnt|should not|should) have(?: [a-z0-9]+){0,5}|i take (?:full |all the |the )?(?:responsibility|blame)(?: [a-z0-9]+){0,6}|i (?:messed|screwed) up(?: [a-z0-9]+){0,4}|i regret(?: [a-z0-9]+){0,5}),? (?:but|however),? ${NOT_EXCUSE}(?<excuse>${EXCUSE_START}(?: [a-z0-9]+){0,10}))`),
    ],
    unless: [LOGISTICS],
    message:
      'Admitting it and then adding "but" takes the admission back. Let the ownership stand by itself.',
    reframes: [
      { label: 'Let it stand', text: (m) => `${m.group('admit')}.` },
      { label: 'Own it first', text: (m) => ownItFirst(m.group('admit'), m.group('excuse')) },
    ],
    examples: {
      flagged: ["I know I shouldn't have yelled, but I was exhausted.", 'I take full responsibility for the delay, but the client kept changing the brief.', 'Yes, I looked at your texts, but I had a feeling something was off.', 'Yes I lied, but only because I was scared.', 'I know it was wrong but I had my reasons.', "i know i said i'd stop but i deserved one drink", 'i know i was late but the traffic was insane', "yeah i forgot but i've had a crazy week"],
      clean: ['I know I hurt you, and I want to make it right.', "I know it's late but can you call me?", 'I should have called, but I didn\'t, and I\'m sorry.', "i know you were late but the traffic was insane, don't worry"],
    },
  },
  {
    id: 'just-how-i-am',
    category: 'excuse',
    severity: 2,
    triggers: ['how', 'who', 'human', 'defense', 'defence', 'mean', 'meant', 'going', 'way', 'childhood', 'upbringing', 'parents', 'past', 'family', 'control', 'break', 'problems', 'issues', 'apart', 'over'],
    negatable: false,
    unless: [FRIENDLY, /(?<![a-z])(?:lol|lmao)(?![a-z])/],
    patterns: [
      p('(?<span>(?:its|thats|that is|it is) (?:just )?(?:how|who) i am)(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| deal| take it| sorry))'),
      p('(?<span>(?:im|i am) only human)'),
      // Upbringing as the reason the behaviour cannot change: "thats just how i was raised".
      p('(?<span>(?:its|thats|that is|it is)(?: just| simply)? (?:the way|how) i (?:was raised|was brought up|grew up))(?![ ,]+to )(?![^.!?\\n]{0,40}(?:proud|grateful|thankful|lucky|love|lol|lmao|haha))(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| deal| sorry| ok| okay| i guess| i cant))'),
      p('(?<span>if i (?:had|hadnt|had not|didnt|did not)(?: had| have| grow up with| grow up in)? (?:a |such a )?(?:better|different|normal|happier|easier|stable|proper|rough|bad|crap|shit|messed up|fucked up|abusive|terrible|awful|horrible|violent) (?:childhood|upbringing|parents|dad|father|mum|mom|mother|family|home life|past)(?: [a-z0-9]+){0,4},? (?:then )?i (?:wouldnt|would not|would never|might not|wouldve never|would have never)(?: [a-z0-9]+){1,5})(?![^.!?\\n]{0,30}(?:lol|lmao|haha))'),
      // Control lost, as if it happened to the writer: "i just lost control".
      p('(?<span>i (?:just |completely |totally |kind of |kinda |sort of )?lost control(?: of myself)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| for a| and| i | when| there| sorry| ok| okay))'),
      // The relationship as the reason: "we were on a break", "we were having problems anyway".
      p('(?<span>we were (?:technically |basically |kind of |kinda |sort of )?on a break)(?= ?(?:$|[.,!?;:\\n]| so| and| at the time| technically| remember))(?![^.!?\\n]{0,30}(?:lol|lmao|haha))'),
      p('(?<span>(?:we were|wed been|we had been|weve been|we have been) (?:already )?(?:having (?:problems|issues)|falling apart|drifting apart|basically over) (?:anyway|already|for (?:months|ages|a while|years)))'),
      p('(?<span>in my (?:defense|defence))'),
      p('(?<span>i was(?: just| so| really| only){0,2} (?:blowing off steam|letting off steam|venting|ranting|drunk|tired|exhausted|angry|mad|upset|hurt|stressed|hangry|hungover|frustrated|overwhelmed|in a mood|in a bad mood|not thinking)(?: earlier| last night| that night| at the time| then)?,? (?:and |so )?i (?:didnt|did not) mean (?:it|that|any of it|any of that|what i said|those things|a word of it))(?![a-z])'),
      p('(?<span>i (?:didnt|did not) mean (?:to|it|that|any of it|any of that|what i said|those things)(?: like that| that way| the way it sounded| how it sounded)?,? i was(?: just| so| really| only){0,2} [a-z]+|i (?:didnt|did not) mean to (?:hurt|upset|offend|scare|worry) you,? i was (?:just |only )?trying to(?: [a-z]+){1,3})'),
      p('(?<span>i was (?:going|gonna|about) to tell you(?: about (?:it|this|that|her|him|them|(?:the|my|your|what) [a-z]+))?)(?= ?(?:$|{TAG}|[.!?;\\n]|, i swear|, honestly|, really| i swear| eventually|,? i just|,? but i (?:didnt know how|didnt want|couldnt find|never found|was scared|was afraid|got scared|was waiting|wanted to wait|chickened out|panicked|just)))'),
    ],
    message: 'Explaining why can sound like it should not count. The explanation can come later, once they feel heard.',
    reframes: [
      { label: 'Own it', text: "That's something I need to work on" },
      { label: 'Own it plainly', text: 'I did it, and it hurt you' },
    ],
    examples: {
      flagged: ["That's just how I am.", "I'm only human.", 'In my defense, nobody told me.', 'I was going to tell you.', 'i was gonna tell you but i didnt want to upset you', 'i was gonna tell you about it, i just didnt want to hurt you more', 'i didnt mean to hurt you, i was just trying to help', 'i didnt mean it like that, i was tired', 'i didnt mean any of it, i was just angry and drunk', "That's just the way I was raised.", 'sorry, thats how i was brought up', 'i was gonna tell you about the kisses, i just didnt want to hurt you more', 'if i had a better childhood i wouldnt be like this', "I'm sorry, I just lost control.", 'We were on a break.', "I'm sorry, we were having problems anyway."],
      clean: ["I'm glad that's how I am with you, open.", 'I was going to tell you about the party, are you free Saturday?', 'I was going to tell you, the party is on Saturday!', 'i was going to tell you but you beat me to it haha', 'I was going to tell you about the party but the date moved', "that's how I was raised, to always say thank you", 'thats just how i was raised and im proud of it', 'i lost control of the car on the ice, everyone is fine', 'we were on a break when the fire alarm went off', 'WE WERE ON A BREAK 😂', 'if i had a better childhood i wouldnt be in therapy lol'],
    },
  },
  {
    id: 'only-because',
    category: 'excuse',
    severity: 2,
    triggers: ['because'],
    patterns: [
      p(`(?<act>i (?:only|just) [a-z]+(?: [a-z0-9]+){0,5}) (?<span>because ${WHY}(?: [a-z0-9]+){0,10})`),
      p(`(?<act>i did (?:it|that|this)) (?<span>because ${WHY}(?: [a-z0-9]+){0,10})`),
      // The cleft: "its just because im stressed out with work that im short tempered at home".
      p(`(?<act>(?:its|it is|thats|that is|it was)) (?<span>(?:just |only |all |purely |simply ){1,2}(?:because|cause|cos|coz|bc) (?:im|i am|i was|ive been|i have been|i get|i got|id had|i had)${EX_ADV}{0,3} ${alt([...CAUSES, ...MORE_CAUSES])})(?![a-z])(?=[^.!?\n]{0,60}(?:short|snappy|snapped|snap|grumpy|moody|mean|rude|yell|shout|angry|irritable|cranky|off with you|like this|distant|cold|lash|take it out))`),
      p(`(?<act>i was (?:only|just) (?!late|a bit late|a little late|running|stuck|delayed|there|home|out)[a-z]+(?: [a-z0-9]+){0,4}) (?<span>because ${WHY}(?: [a-z0-9]+){0,10})`),
      p(`(?<act>i (?:forgot(?! my)|lied|yelled|snapped|blew up|didnt (?:call|text|reply|answer|come|show up|tell you))(?: [a-z0-9]+){0,4}) (?<span>because i (?:was|had|felt|got|have been|ive been)(?: just| so| really| super| too| a bit){0,2} (?:${STATE}|${alt([...CAUSES, ...MORE_CAUSES])}))(?![a-z])`),
    ],
    message:
      'Leading with the reason can sound like a justification. Owning the choice first helps them feel it is safe to trust you again.',
    reframes: [
      { label: 'Own the choice', text: (m) => `${m.group('act').replace(/ (?:only|just)(?= )/, '')}. It was my choice, and it was wrong`, whole: true },
    ],
    examples: {
      flagged: ['I only looked at her messages because I was worried about you.', 'I did it because I was tired.', "It's just because I'm stressed out with work that I'm short-tempered at home.", 'its just because im exhausted that im so snappy with you', 'i only said it because i was mad', 'i forgot because i was so busy', 'i didnt call because i was exhausted', 'i forgot because i had a million things going on', 'i was only mean because i was stressed about money'],
      clean: ['I was only ten minutes late because the bus broke down, sorry about that.', 'I called because I missed you.', 'i forgot my keys because i was so tired', 'i yelled because i was so excited about the news', 'i was only late because i had to drop the kids off', "it's only because I'm tired, I'll be fine tomorrow", 'its just because im busy that i havent called, love you'],
    },
  },
  {
    id: 'but-only-because',
    category: 'excuse',
    severity: 2,
    triggers: ['because'],
    patterns: [p('(?<span>(?:but )?only because(?: [a-z0-9]+){1,10})')],
    negatable: false,
    message: '"Only because" turns the admission into a defence. Own the act on its own first.',
    reframes: [{ label: 'Own the act', text: "and that's on me" }],
    examples: {
      flagged: ['I read it, but only because I was worried.', 'i went through ur phone but only because i was scared'],
      clean: ['It only takes a minute.', 'We only met because of you, thank you!'],
    },
  },
  {
    id: 'reason-after-owning',
    category: 'excuse',
    severity: 2,
    triggers: ['though', 'how', 'just', 'thing', 'those', 'them', 'understand', 'said', 'fairness', 'fair', 'stuff', 'story', 'happened', 'drama', 'issues', ...STATE_WORDS, 'slammed', 'swamped', 'drowning', 'hurt', 'long', 'hectic', 'sleep', 'day', 'week', 'night', 'shift', 'like', 'handling', 'juggling', 'dealing', 'hormones', 'pms', 'hangover', 'meds', 'anxiety', 'period', 'tiredness', 'exhaustion', 'adhd', 'lag', 'month', 'much', 'lot', 'loads', 'tons', 'things', 'crazy', 'mad', 'busy', 'rough', 'nightmare', 'few', 'couple'],
    patterns: [
      p('(?<span>(?:i had|id had|i was|ive been|i have been|i got|there was|there were|my [a-z]+ (?:was|had|called|kept|needed))(?: [a-z0-9]+){1,6} though){END}'),
      p('(?<span>you know (?:how|what) (?:it is|its like|it was like|it goes|it gets|work is|work gets|things are|things get|my [a-z]+ (?:is|gets|can be)|my [a-z]+s like|my [a-z]+ is like|im like|i am like|i am|i get|i can be|(?:the )?(?:lads|boys|girls|guys) are(?: like)?|(?:he|she|they) (?:is|are|get|gets)(?: like)?|(?:hes|shes|theyre) like|(?:the )?(?:buses|trains|traffic|roads|kids|boss|mornings|mondays|deadlines) (?:are|is|get|can be))(?: though| with [a-z]+(?: [a-z]+)?)?){END}'),
      p('^(?:just |its been |it was |been |had )?(?:a |such a )?(?<span>(?:long|rough|hard|bad|crap|shit|busy|hectic|stressful|mad|crazy|nightmare) (?:day|week|night|shift)){END}'),
      p('(?:sorry|apologize|apologies|my bad)(?: [a-z0-9]+){0,6}, (?:just |its been |it was |been |had |what a )?(?:a |such a )?(?<span>(?:long|rough|hard|bad|crap|shit|busy|hectic|stressful|mad|crazy|nightmare) (?:day|week|night|shift|month)(?: (?:at|with|of) (?:work|the office|the kids|uni|school))?){END}'),
      // The terse reason after naming the act: "sorry i forgot our anniversary, work stuff", "sorry i was short, long story".
      p('(?:sorry|apologize|apologies|my bad) (?:i|for|about)(?: [a-z0-9]+){1,5}, (?:just |its )?(?<span>(?:work|family|personal|kid|baby|school|uni|money|health|home) (?:stuff|things|drama|chaos|issues)|long story|(?:life|work|stuff) happened|(?:so much|too much|a lot|loads|tons) (?:going on|on my plate|on my mind)|things got (?:hectic|crazy|busy|mad|messy|away from me)|(?:been )?(?:a |such a )?(?:crazy|mad|hectic|busy|rough|long|nightmare) (?:few days|couple of days|couple days|few weeks)|(?:my |the )?(?:hormones|pms|stress|hangover|meds|anxiety|period|tiredness|exhaustion|adhd|jet lag|lack of sleep|no sleep|zero sleep|time of the month))(?:,? (?:sorry|lol|tbh|i guess|probably|ugh))?{END}'),
      p('(?:sorry|apologize|apologies|my bad)(?: [a-z0-9]+){0,6}, (?<span>(?:its been|it was|been|had|just) one of (?:those|them) (?:days|weeks|nights|mornings|months)|(?:its|it has) been (?:a|such a|quite a|one hell of a|a hell of a) (?:day|week|month|year)){END}'),
      p('(?:sorry|apologies|my bad)(?: [a-z0-9]+){0,9},? (?<span>(?:its|it was) just that(?: [a-z0-9]+){1,8}|(?:the )?thing is(?: [a-z0-9]+){1,8})'),
      p(`(?<span>(?:i was|im|i am|ive been|i have been|id had|i had|its been|it has been|it was)(?: just| so| really| super| very| a bit| kind of| kinda| literally| pretty| too| such){0,2} (?:slammed|swamped|drowning|hurt|a (?:really |very |super |pretty )?(?:rough|hard|bad|long|hectic|crazy|stressful|busy) (?:day|week|month|night|year)|zero sleep|no sleep|handling(?: [a-z0-9]+){1,4}|juggling(?: [a-z0-9]+){1,4}|dealing with(?: [a-z0-9]+){1,4}))`),
      p(`my bad,? (?<span>(?:i was|im|i am|ive been)(?: just| so| really| super| very| a bit| kind of| kinda| pretty){0,2} ${STATE})`),
      p('(?<span>you (?:have to|need to|gotta|got to|should) understand(?: [a-z0-9]+){0,8})'),
      p('(?<span>i (?:didnt|did not|never) mean(?:t)? (?:it|that) (?:like that|that way|the way it sounded|how it sounded|how it came out|the way it came out|the way you took it|how you took it))(?![a-z ,]{0,12}(?:i see|i understand|i get|i know|i can see|i hear|it hurt|it still))'),
      p('(?<span>(?:that said|having said that|in fairness|to be fair),? (?:i|we|it|my|there|the|you)(?: [a-z0-9]+){1,8})'),
    ],
    requires: [/(?<![a-z])(?:sorry|apolog[a-z]*|my bad|wrong|shouldnt have|messed up|screwed up|my fault|wasnt ok|wasnt okay|not ok|not okay|out of line|on me)(?![a-z])/],
    unless: [LOGISTICS, OWNS_IT, /(?<![a-z])(?:ill|i will|let me) (?:grab|get|fix|do|make|sort|call|ring|text|pick|bring|send|pay|buy)(?![a-z])/, /(?<![a-z])(?:no excuse|not an excuse|doesnt excuse|isnt an excuse|not excusing|not making excuses)(?![a-z])/],
    message: 'Right after owning it, a reason can sound like it did not really count. Let the apology stand; the context can come later.',
    reframes: [
      { label: 'Let it stand', text: (m) => without(m), whole: true },
      { label: 'Keep the context, own it', text: (m) => `${m.span.replace(THOUGH_END, '')}, but that's no excuse` },
    ],
    examples: {
      flagged: ['sorry i snapped, long day', "sorry babe. long day. didn't mean it", "sorry. rough week.", "I'm sorry I forgot. you know what my memory's like though", "sorry, you know how I get", "I'm sorry I missed the recital. I had a deadline though.", 'My bad for flaking, its just that my mom called and I could not hang up.', "Sorry I blew up in the group chat yesterday, it's just that this group stresses me out so much.", 'my bad, i was distracted by the game', "I'm sorry I yelled. You have to understand I'd had zero sleep.", 'I apologize for the missed deadline. That said, I was handling three other projects.', "I apologise for forgetting. It's been a really hectic month for me.", "Sorry I snapped at you, it's been a long week.", 'sorry i forgot, its been one of those weeks', 'sorry i forgot our anniversary, work stuff', 'sorry i was short, long story', 'sorry i was off with you, long week at work', 'sorry for snapping, its been a week', 'sorry i was a bitch, hormones', "I was short with you and that wasn't okay. I'd had a terrible week though.", "sorry, i didn't mean it like that"],
      clean: ["long day at work, ordering pizza tonight", 'sorry, long story, tell you at lunch', 'sorry for the delay, work stuff', 'I had a great time though, thanks for inviting me!', "I'm sorry you had a long day. Want me to cook?", "I'm so sorry you're dealing with all of that at work.", "I'm sorry I missed it. I had no excuse though, it's on me.", "i didn't mean it like that, i meant it as a compliment haha", "I didn't mean it that way, but I see how it came across and I'm sorry."],
    },
  },
  {
    id: 'how-i-am-excuse',
    category: 'excuse',
    severity: 2,
    triggers: ['know', ...triggerWords(SELF_FAULTS), 'help', 'wired', 'nature'],
    patterns: [
      p(`(?<span>you (?:know|knew) (?:how |that )?(?:im|i am|i can be|i get|i have always been|ive always been)(?: just| so| really| always| such| a bit| kind of| kinda| pretty){0,2} ${alt(SELF_FAULTS)}(?: (?:at|with) [a-z]+(?: [a-z]+)?)?)`),
      p(`(?<span>(?:im|i am|ive always been|i have always been|i can be)(?: just| so| really| always| such| a bit| kind of| kinda| pretty){0,2} ${alt(SELF_FAULTS)} (?:at|with) (?:dates|birthdays|names|remembering(?: [a-z]+)?|time|timing|texting|replying|keeping track(?: [a-z]+)?|anniversaries|plans|money|emotions|feelings|words|this stuff|this kind of thing|these things|stuff like this|things like this|that stuff|that kind of thing))`),
      p('(?<span>(?:(?:its|thats) just (?:the way|how) (?:im|i am) wired|its (?:just )?(?:in )?my nature|i (?:cant|cannot|could not|couldnt) help (?:it|myself|the way i am|how i am|the way i feel)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| sorry| ok| okay| though| tbh))'),
    ],
    requires: [/(?<![a-z])(?:sorry|apolog[a-z]*|my bad|forgot|forget|forgotten|missed|why didnt you|remind me|should have|shouldve|shouldnt have|messed up|screwed up|snapped|yelled|didnt mean)(?![a-z])/],
    unless: [FRIENDLY],
    message: 'Pointing to the way you are can sound like it will keep happening and they should just expect it. Owning this time tells them you will try.',
    reframes: [
      { label: 'Own this time', text: "That's on me, and I'll do better" },
      { label: 'Offer a fix', text: "That's on me. I'll set a reminder so it doesn't happen again" },
    ],
    examples: {
      flagged: ['why didnt u remind me?? you know im terrible with dates', "Sorry I forgot, I'm just hopeless with birthdays.", "sorry i forgot, you know i can be so scatterbrained", "I know I messed up, you know I've always been bad at texting back", "sorry i yelled, i cant help it"],
      clean: ["you know I'm terrible at bowling, count me out haha", "I'm hopeless with directions, can you send the address?", "Sorry I forgot to mention it, I'm terrible at bowling so I'll just watch 😂", "I can't help it, your puppy is too cute"],
    },
  },
  {
    id: 'it-just-happened',
    category: 'excuse',
    severity: 2,
    triggers: ['happened', 'led', 'moment'],
    patterns: [
      p('(?<span>it (?:just |kind of |kinda |sort of |sorta |simply |literally ){1,2}happened)(?= ?(?:$|{TAG}|[.,!?;:\\n]| i swear| i didnt| i dont| it meant| it didnt| it wasnt| ok| okay| honestly| with (?:her|him|them)))'),
      p('(?<span>one thing (?:just )?led to (?:another|the other))'),
      p('(?<span>(?:i|we) (?:just )?got (?:carried away|caught up in the moment)|(?:in|it was) the heat of the moment)'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:engaged|married|pregnant|promoted|promotion|won|yay|omg|amazing|excited|congrats|congratulations|lucky|proposed|puppy|baby)(?![a-z])/],
    message: '"It just happened" takes you out of the story, as if no one chose it. Saying "I did this" is what lets them start to trust you again.',
    reframes: [
      { label: 'Own the choice', text: 'I made a choice, and it was wrong' },
      { label: 'Own it plainly', text: 'I did it, and that was my decision' },
    ],
    examples: {
      flagged: ['I never meant to hurt you. It just happened.', 'it kinda just happened, i swear it meant nothing', 'We had a few drinks and one thing led to another.', 'I said it in the heat of the moment'],
      clean: ["It just happened to rain all weekend.", "The accident? It just happened so fast.", "It just happened!! We're engaged 💍", 'we got carried away with the cake decorating haha'],
    },
  },
  {
    id: 'sorry-act-reason',
    category: 'excuse',
    severity: 2,
    triggers: ['been', 'was', 'had', 'got', 'get', 'am', 'im', 'kept', 'ran', 'went', 'took', 'came', 'is', 'has', 'have', 'were', 'showed', 'turned', 'called', 'rang', 'made', 'told', 'started', 'wouldnt', 'didnt', 'thought', 'assumed', 'figured'],
    afterApology: true,
    // A fallback for causes the lexicon does not name: it steps aside when a named one is found.
    onlyAlone: true,
    // "Sorry I snapped, <cause>": the shape of an excuse, whatever the cause is called.
    requires: [new RegExp(`(?<![a-z])(?:sorry|apologize|apologies|my bad|forgive me)(?: (?:for|that|about|i|ive|im|if i|i have|i am|again|so|guys|babe|mum|mom|dad))*,? ${HURT_ACT}(?![a-z])`)],
    patterns: [
      p(`(?:^|(?<=[,;:]) |(?<=[,;:] )(?:but|just|honestly|tbh|like|i mean|but honestly|its just|its just that),? )${NOT_REASON}(?<span>${REASON}(?: [a-z0-9]+){1,6})`),
    ],
    unless: [LOGISTICS, NO_EXCUSE, OWNS_IT, COMING_BACK, FRIENDLY, /(?<![a-z])(?:ill|i will|im going to|let me|can we|how about|want to|make it up|on (?:its|the|my) way|tomorrow|tonight|next (?:time|week)|i know (?:you|u|it|that)|i love|i miss|miss (?:you|u|ya)|i feel|i hate (?:that|myself)|i promise|no excuses?|thats on me|hospital|emergency|a and e|sick|ill|fever|flu|covid|funeral|passed away|passed|doctor|doctors|surgery|accident|ambulance|vet|broke down|flat tyre|flat tire|injured|in labou?r)(?![a-z])/],
    message:
      'Right after the sorry, the reason can sound like "so it was not really on me". Let the apology stand; the context can wait until they feel heard.',
    reframes: [
      { label: 'Keep the context, own it', text: (m) => `${m.span}, but that's no excuse.` },
      { label: 'Drop the excuse', text: (m) => without(m), whole: true },
    ],
    examples: {
      flagged: ['sorry i missed your game, got stuck at work', "I'm sorry I forgot to pick up the kids. My meeting ran over.", 'sorry I missed the deadline, the requirements kept changing', 'sorry for raging, the lag has been unreal all night', "sorry ive been a mess lately, new job is kicking my ass", "I'm sorry I haven't been there for you lately, work has been taking over my life", 'sorry for being distant, the new job has been taking all my energy', 'sorry i fed, lag was insane', 'Sorry for breaking the build, the CI has been flaky all week.', 'Sorry I forgot to send the child support on time, money has been tight.'],
      clean: ['sorry i forgot your birthday, i feel awful', 'sorry i snapped, i was completely out of line', 'sorry i missed your game, was it good?', 'sorry i cancelled, i was really looking forward to it', "sorry i forgot, i'll make it up to you tomorrow", 'sorry i missed your call, was in the shower', 'sorry i yelled, i was wrong and im working on it', 'sorry i forgot your birthday, the present is on its way', 'so sorry i cancelled, my little one was sick all night', 'sorry i missed the meeting, i was at the hospital with my mum', 'sorry i fed the ducks your bread, the kids loved it', 'sorry for breaking the build, fixed now and added a test'],
    },
  },
  {
    id: 'drink-talking',
    category: 'excuse',
    severity: 2,
    triggers: ['talking', 'speaking', 'drunk', 'tired', 'hangry', 'hungover', 'angry', 'stressed', 'sleepy', 'sober', 'wasnt', 'werent', 'hadnt', 'drink', 'drinking', 'high', 'period', 'pmsing', 'few', 'couple', 'much', 'made', 'makes'],
    // What came out is put on a state of the writer, not on the writer: "it was the alcohol talking", "that was drunk me".
    patterns: [
      p(`(?<span>(?:(?:it was|that was|twas|its|thats|it is|that is|was|just)(?: just| only| all| totally| clearly| obviously| probably| honestly)? )?(?:the|my) ${SUBSTANCE} (?:talking|speaking)(?= ?(?:$|{END}|[.,!?;:\\n]| not| again| there| earlier| last night))|(?:that|it|this) was (?:just |all |only )?(?:drunk|tired|hangry|hungover|angry|stressed|sleepy|sleep deprived) (?:me|me talking)(?: not (?:the real )?me)?)(?![a-z])`),
      // The act only comes out in a state: "i only flip out when i drink".
      p('(?<span>i (?:only|just|always|usually) (?:flip out|freak out|snap|get (?:mean|nasty|angry|mad|aggressive|loud|violent|like (?:this|that))|lose it|lose my temper|say (?:stuff|things|shit) like that|act like (?:this|that)|lash out|blow up|kick off|get physical|cheat)(?: at you| on you| with you)? (?:when|if|after) (?:i|ive|im)(?: have| am)?(?: been)? (?:drink|drinking|drunk|had a (?:few|drink|couple)|had too much|had a few too many|high|hungover|on my period|pmsing))(?![a-z])'),
      p(`(?<span>(?:the|that|all the|too much) ${SUBSTANCE} (?:made|makes|make) me (?:do (?:it|that|this|those things|what i did)|say (?:it|that|those things|what i said)|act (?:like that|that way|like this|out)|(?:so |really )?(?:aggressive|nasty|violent)))(?![a-z])`),
      p(`(?<span>i (?:wouldnt|would not|would never|never would)(?: have|ve)? [a-z]+(?: [a-z0-9]+){0,4} if i (?:(?:wasnt|was not|werent|hadnt been|had not been|hadnt had|hadnt)(?: so| that| as)? ${alt([...CAUSES, ...MORE_CAUSES])}|(?:was|had been) sober))(?![a-z])`),
    ],
    unless: [NO_EXCUSE, OWNS_IT, FRIENDLY, /(?<![a-z])(?:he|she|they|him|them|his|their|ignore (?:him|her|them)|my (?:uncle|aunt|dad|mum|mom|brother|sister|boss|friend|grandad|grandpa|nan|gran|mate|cousin))(?![a-z])/],
    message: 'Putting it on the drink or the mood says it was not really you. It was you, and owning that is what lets them trust you again.',
    reframes: [
      { label: 'Own it', text: 'I said it, and it was wrong' },
      { label: 'Drop the excuse', text: (m) => without(m), whole: true },
    ],
    examples: {
      flagged: ['it was the alcohol talking', 'that was the drink talking, not me', 'But I only flip out when I drink.', 'The alcohol made me do it.', 'i only get nasty when ive been drinking', "i wouldn't have said it if i wasn't drunk", 'sorry, that was tired me talking', 'i would never have texted her if i hadnt been so drunk'],
      clean: ['it was the alcohol talking when my uncle said that, ignore him', 'drunk me sends weird texts haha sorry', 'i wouldnt drive if i was drunk', 'it was the alcohol talking, but thats no excuse, im sorry', 'the wine talking tour was fun', 'he only gets nasty when he drinks', 'the wine made me so sleepy', 'i only dance when ive been drinking 😂'],
    },
  },
  {
    id: 'not-up-to-me',
    category: 'excuse',
    severity: 2,
    triggers: ['nothing', 'control', 'hands', 'know', 'waiting', 'caused', 'party', 'external', 'tied', 'fault', 'someone', 'somebody', 'came', 'want', 'choice', 'option', 'killed', 'fired', 'presentation', 'meeting', 'exam', 'deadline', 'interview', 'caught', 'tied', 'sidetracked', 'me', 'get', 'out'],
    requires: [OWNING, /(?<![a-z])we (?:regret|are (?:so |very |truly )?sorry|sincerely apologi[sz]e)(?![a-z])/],
    patterns: [
      // The reason is put outside the writer: nothing I could do, out of my hands, so it wasn't my fault.
      p('(?<span>(?:there was|theres|there is|there wasnt) (?:nothing|not much|not a lot|anything) (?:else )?(?:i|we) could (?:have )?(?:do|done)(?: about it)?)'),
      p('(?<span>(?:(?:it was|that was|its|thats|it is|it was all) (?:completely |totally |just |really |honestly )?)?(?:out of|beyond) my (?:control|hands))'),
      p('(?<span>so (?:it|this|that) (?:really |honestly |technically |actually |genuinely )?(?:wasnt|isnt|was not|is not) (?:really |even )?my fault)'),
      p('(?<span>(?:someone|somebody) (?:had|needed) to (?:say|tell) (?:it|you|the truth|something|them|him|her))'),
      p('(?<span>(?:something|things|stuff|work|life|an emergency) (?:just )?came up)(?= ?(?:$|{TAG}|[.,!?;:\\n]|[\\u2600-\\u27bf]|[\\uD83C-\\uD83E]| and| so| again| last minute| at work| i| ill))'),
      p('(?<span>i (?:just |only |really )?(?:didnt|did not) want (?:to (?:start|upset|hurt|worry|ruin|stress|cause|make|fight|spoil|disappoint|deal with|have)|you to (?:worry|be upset|get upset|be hurt|stress|freak|find out|know|be mad|get mad))(?: [a-z0-9]+){0,5})'),
      p('(?<span>i (?:just )?(?:felt|feel|thought) (?:like )?i (?:had|have) no (?:other )?(?:choice|option)(?: [a-z0-9]+){0,3})'),
      p('(?<span>i was (?:just |only )?waiting for the (?:right|perfect|best) (?:time|moment)(?: to tell you)?)(?![a-z])'),
      p('(?<span>i (?:just |really |honestly |genuinely )?(?:didnt|did not) know how to (?:tell you|say it|say (?:this|that) to you|bring it up|talk (?:to you )?about it|explain|handle it|deal with it|face you)(?: [a-z0-9]+){0,5})'),
      p('(?<span>i (?:just |kind of |kinda )?got (?:caught up|tied up|sidetracked)(?: (?:with|in|w) (?:stuff|things|work|something|everything|it|the (?:guys|lads|boys|girls|game|match|party)|my (?:friends|mates|family|brother|sister)|friends|mates))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]|[\\u2600-\\u27bf]|[\\uD83C-\\uD83E]| and| so| sorry))'),
      p('(?<span>(?:has|had|have|got) me(?: so| really| lowkey| literally| completely| totally| kinda| a bit){0,2} (?:unhinged|stressed|on edge|frazzled|wound up|all over the place|losing it|going crazy|tweaking|drained|so tired|exhausted))'),
      p('(?<span>you know how i (?:get|am|can be) (?:when|after|if) (?:i|im|i am|i get|theres|there is)(?: [a-z]+){1,3})'),
      p('(?<span>it (?:just )?came out (?:wrong|that way|like that|badly|the wrong way|before i could))'),
      // The institutional version: the cause handed to a supplier or to "circumstances".
      p('(?<span>(?:was|were|is|are|been|was all) (?:caused by|the fault of|down to) (?:a |an |the |our |one of our )?(?:third[ -]party|external|outside)(?: [a-z]+){0,2}|(?:circumstances|factors|reasons|events|issues) (?:beyond|outside(?: of)?) (?:our|my) control|(?:our|my) hands (?:were|are) tied)'),
      p('(?<span>(?:my|the) (?:manager|boss|mum|mom|dad|wife|husband|partner|teacher|coach|parents) (?:would have|wouldve|would) (?:killed|murdered|fired|been furious with|gone mad at|lost it at) me)'),
      p('(?:^|[.,] )(?<span>i had (?:a|an|this) (?:huge |big |massive |important |early |really important )(?:presentation|meeting|exam|test|deadline|interview|shift|work thing|pitch|review)(?: [a-z0-9]+){0,4})'),
    ],
    unless: [LOGISTICS, NO_EXCUSE, OWNS_IT, FRIENDLY, /(?<![a-z])(?:reschedule|rain check|raincheck|another (?:day|time)|instead|can we (?:do|move|try|make it)|how about|(?:and|but) (?:that|it) was (?:wrong|my choice|on me)|i should have|i shouldve|to hear|good luck|went (?:well|great|fine)|for (?:him|her|them)|passed|loss)(?![a-z])/],
    message: 'This puts the reason somewhere you had no say, so the apology can sound like it was not really on you. Owning the choice you did have helps them trust you again.',
    reframes: [
      { label: 'Own the choice', text: "I made a choice there, and it let you down" },
      { label: 'Drop the excuse', text: (m) => without(m), whole: true },
    ],
    examples: {
      flagged: [
        'Sorry I missed the handoff. There was nothing I could do.',
        "I'm sorry I kept you waiting. Traffic was a nightmare, so it really wasn't my fault.",
        "I'm sorry if I came across harsh, but someone had to say it.",
        "I'm sorry I yelled at the ref, but the call was ridiculous and someone had to say something.",
        'sorry i cancelled again but something came up',
        "I'm sorry I lied about where I was. I just didn't want to start another fight.",
        "I'm sorry I went behind your back. I just felt like I had no other option at the time.",
        'sorry for ghosting u, i just got caught up w stuff',
        'sorry i didnt call, my phone died and then i got caught up with the guys',
        'sorry i went off, mercury retrograde has me unhinged fr 😭',
        "I'm sorry I didn't show up to your recital. I had a huge presentation the next morning.",
        'sorry i missed ur gig, couldnt leave work early, my manager would have killed me',
        'im sorry about the wedding. you know how i get when i drink',
        'im sorry i made fun of u, u know how i get when im nervous',
        "I'm sorry I took credit. I was nervous and it just came out that way.",
        "Sorry, it was out of my hands.",
        'We regret that some customers felt let down. While the outage was caused by a third-party provider, we remain committed.',
        'We apologise for the disruption, which was due to circumstances beyond our control.',
        'sorry about the refund, my hands were tied',
        "I'm sorry I lied, I just didn't know how to tell you.",
        "I'm sorry I didn't tell you. I was waiting for the right time.",
      ],
      clean: [
        'sorry, something came up at work, can we do Friday instead?',
        "I'm so sorry about your dog, there was nothing you could have done.",
        "I'm sorry I didn't tell you. I didn't want to worry you, and that was wrong.",
        'sorry im late, i got tied up at work',
        'sorry i missed your call, i had a big meeting',
        "sorry i didnt tell u, i just didnt want u to worry. that was wrong of me",
        "I'm so sorry, there was nothing anyone could have done for him.",
        'my mum would have killed me for that haha',
        "sorry the delay was out of my hands, the courier lost it",
        'the kids have me exhausted haha, sorry for the late reply',
        'i got caught up with the guys at the match, what a game',
        'the outage was caused by a third-party provider, details in the doc',
        'so sorry to hear your flight was cancelled, circumstances beyond your control',
        "sorry i didnt tell you sooner, i didnt know how to tell you and i should have tried",
      ],
    },
  },
  {
    id: 'thats-why',
    category: 'excuse',
    severity: 2,
    triggers: ['why'],
    // The writer's state, then the act as what follows from it: "im under so much stress, thats why i snapped".
    patterns: [
      p(`(?:(?:im|i am|i was|ive been|i have been|i get|i got|id had|i had)${EX_ADV}{0,3} ${alt([...CAUSES, ...MORE_CAUSES])}|(?:i|my head|my mind) (?:wasnt|was not) (?:in a (?:good|great|right) (?:place|headspace|head space|frame of mind|mood)|thinking(?: straight| clearly| properly)?|myself))(?: (?:all|this|last|that) (?:day|week|night|month|morning|year)| lately| today| recently| at the time| back then)?,? (?:and |so |ok |okay )?(?<span>(?:thats|that is|which is|its|this is)(?: just| exactly| probably| honestly| literally| the only reason)? why i (?:snapped|yelled|shouted|screamed|blew up|lashed out|flipped out|freaked out|went off|lost it|lost my temper|forgot|lied|cheated|said (?:it|that|those things|what i said)|did (?:it|that|what i did)|acted (?:like that|that way|out)|reacted (?:like that|that way)|was (?:so |a bit |being )?(?:short|rude|mean|snappy|off|distant|cold|grumpy|harsh|nasty|quiet|like that)|(?:ignored|ghosted|hung up on|blanked) (?:you|u)|(?:didnt|did not) (?:call|text|reply|answer|come|show up|tell you|tell u)))(?![a-z])`),
    ],
    unless: [NO_EXCUSE, OWNS_IT, /(?<![a-z])(?:hospital|emergency|a and e|funeral|ambulance|accident)(?![a-z])/],
    message: 'Naming what you were going through as the reason can sound like it was not really you. Own the act first; the context can come once they feel heard.',
    reframes: [
      { label: 'Own the act', text: "That's no excuse for how I treated you" },
      { label: 'Drop the excuse', text: (m) => without(m), whole: true },
    ],
    examples: {
      flagged: ['im under so much stress, thats why i snapped', "I've been exhausted all week, that's why I was short with you.", 'i was drunk thats why i said it', 'i had a million things going on, thats why i forgot'],
      clean: ["I'm under so much stress, that's why I booked the spa day", 'i was so tired, thats why i went to bed early', "I was stressed, that's why I snapped, but that's no excuse and I'm sorry", 'i was busy thats why i asked sam to pick you up'],
    },
  },
  {
    // The writer's state or make-up handed over as the cause, with no sorry needed: "you know how i get when im hungry",
    // "i get like that when im stressed", "its my adhd, i cant help it".
    id: 'state-as-reason',
    category: 'excuse',
    severity: 2,
    triggers: [...STATE_TRIGGERS, ...CONDITIONS_TRIGGERS],
    patterns: [
      p(`(?<span>you know how i (?:get|am|can be|can get) (?:when|after|if) (?:im|i am|i get|ive been|i have been|i havent|i dont|ive had|i had|i)${STATE_WORD})(?![a-z])`),
      p(`(?<span>i (?:get|can get|go|turn|can be|get so|get really|get a bit) (?:like (?:that|this)|(?:so |really |a bit )?(?:snappy|grumpy|moody|mean|nasty|cranky|short|irritable|horrible|awful|angry|aggressive)) (?:when|if|after|whenever) (?:im|i am|i get|ive been|i have been|i havent|i dont|ive had|i had|i)${STATE_WORD})(?![a-z])`),
      p(`(?<span>(?:its|thats|it was|that was)(?: just| all| literally| probably| honestly)? my ${CONDITION})(?= ?(?:$|{TAG}|[.,!?;:\\n]| ok| okay| babe| tho| though| sorry| talking| acting| again| not me| i (?:literally |just |really |honestly )?(?:cant|cannot|can not|didnt|dont|forget|forgot)))`),
      p(`(?<span>i (?:wasnt|was not) thinking (?:straight|clearly|properly|right)(?: at the time| that night| then)?[,.;]? (?:i was|id been|i had been|ive been|i was just)(?: so| really| just| super){0,2} (?:stressed|drunk|tired|exhausted|angry|upset|hurt|overwhelmed|panicking|scared|hungover|high|wasted))(?![a-z])`),
    ],
    requires: [/(?<![a-z])(?:forgot|forget|forgetting|snap|snapped|snapping|yell|yelled|yelling|shout|shouted|mean|nasty|short|rude|cold|said|say|didnt|cant help|couldnt help|sorry|my bad|personal|like (?:that|this)|ignore|ignored|missed|lied|cheated|wasnt thinking|was not thinking|snappy|grumpy|moody|cranky|irritable|horrible|awful|angry|aggressive)(?![a-z])/],
    unless: [NO_EXCUSE, OWNS_IT, FRIENDLY, /(?<![a-z])(?:eat|eating|food|snack|snacks|lunch|dinner|breakfast|pizza|feed me|nap|working on|therapy|remind me|call me out|tell me|warn you|heads up|meds|medication|appointment|diagnos[a-z]*)(?![a-z])/],
    message: 'Naming your state as the cause can tell them it will keep happening and is nobody\u2019s doing. Own what you did; the why can come once they feel heard.',
    reframes: [
      { label: 'Own it', text: "That's on me, not on how I was feeling" },
      { label: 'Drop the excuse', text: (m) => without(m), whole: true },
    ],
    examples: {
      flagged: ['you know how i get when im tired, it wasnt personal', 'i get like that when im stressed, its not personal', 'its my adhd, i literally cant help forgetting things', 'i wasnt thinking straight, i was so stressed about money', 'i get so snappy when im tired, you know that'],
      clean: ['you know how i get when im hungry lol, can we eat first', 'i get like this when im excited, sorry for the 10 texts', 'its my adhd, i use reminders for everything, works great', 'i get so grumpy when im tired, remind me to nap', 'you know how i get when im tired, can we talk in the morning?'],
    },
  },
  {
    id: 'capacity-excuse',
    category: 'excuse',
    severity: 2,
    triggers: ['understaffed', 'staffed', 'handed', 'stretched', 'overstretched', 'resourced', 'capacity', 'volume', 'volumes', 'demand', 'number', 'numbers', 'levels', 'level', 'amount'],
    // The workplace apology undone by the team's load: "I apologise for the delay, however the team has been understaffed".
    requires: [/(?<![a-z])(?:sorry|apologi[sz]e|apologies|regret)(?![a-z])/],
    patterns: [
      p('(?<span>(?:(?:the|our|my)(?: [a-z]+)? (?:team|department|office|staff|warehouse|support|store|branch|desk)|we|i)(?: (?:has|have|had|is|are|was|were|am))?(?: been)?(?: (?:very|extremely|severely|really|so|super|pretty|kinda|a bit|quite|currently|badly|massively|still))? (?:understaffed|short[- ]staffed|short[- ]handed|stretched(?: thin)?|overstretched|under[- ]resourced|at (?:full )?capacity))(?![a-z])'),
      p('(?<span>(?:(?:we|the team|our team|i) (?:have been|are|were|had been|has been|am|was|are currently) (?:experiencing|dealing with|seeing|handling|receiving|facing|getting)|due to|because of|(?:there (?:has|have) been|there is|there was|theres been)) (?:an? )?(?:unusually |exceptionally |extremely |very |really )?(?:high|higher than (?:usual|normal|expected)|heavy|large|huge|increased|unprecedented|record) (?:volume|volumes|demand|number|numbers|levels?|amount)(?: of [a-z]+)?)(?![a-z])'),
    ],
    unless: [NO_EXCUSE, OWNS_IT, /(?<![a-z])(?:sorry to hear|sorry (?:that )?(?:you|your|youre)|sorry for your|(?:i|we) will (?:have|get|send|reply|respond|fix|sort)|(?:well|ill) (?:have|get|send|reply|respond|fix|sort)|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|end of day)|thank you for your patience|thanks for your patience)(?![a-z])/],
    message: 'The load on the team is real, but right after the apology it can sound like the delay is nobody\'s doing. Own it first, then say what happens next.',
    reframes: [
      { label: 'Own it, give the next step', text: "That's on us, and here is what we're doing about it" },
      { label: 'Drop the excuse', text: (m) => without(m), whole: true },
    ],
    examples: {
      flagged: ['I apologise for the mix-up. The team has been understaffed for weeks.', 'I apologise for the delay, however the team has been understaffed.', 'We apologize for the delay in your refund. However, we have been experiencing an unusually high volume of requests.', 'sorry for the slow reply, we are super short staffed rn'],
      clean: ['sorry to hear the team has been understaffed, that sounds rough', 'We apologize for the delay. Due to high demand, your order will ship by Friday.', 'sorry for the wait, we are at capacity tonight, thank you for your patience', 'the team has been understaffed all month, hiring starts monday'],
    },
  },
];

export const EXCUSE_REGEXES: readonly RegExp[] = [FEEL_BAD, LOGISTICS, THOUGH_END, / (?:only|just)(?= )/, AT_OTHERS, /['\u2019]/g];
