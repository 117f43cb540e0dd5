import { p, type Rule } from '../rule';
import { alt, MOVE_ON, triggerWords } from './lexicon';

/** Friendly context where "let it go" or "it's been a week" is not about their hurt. */
const BENIGN = /(?<![a-z])(?:my treat|its on me|song|singing|sing|so much happened|miss you|love you|congrats|cant wait|excited|still think|remember when|good times|those days)(?![a-z])|\uD83C\uDFB6|\uD83C\uDFB5/;

export const rushingRules: Rule[] = [
  {
    id: 'already-said-sorry',
    category: 'rushing',
    severity: 3,
    triggers: ['sorry', 'apologized', 'times', 'more', 'else', 'forgive', 'long', 'grovel'],
    negatable: false,
    patterns: [
      p('(?<span>i (?:already said|already told you|already apologized|said|apologized|told you)(?: (?:im|i was|i am))? sorry(?: already)?)(?= ?(?:$|[.,!?;:\\n]| what| so| can| ok| okay| and you| now))'),
      p('(?<span>i (?:already apologized|apologized already|already said sorry|said sorry already))(?= ?(?:$|[.!?\\n]))'),
      p('(?<span>you (?:have to|need to|gotta|got to|should|will have to) forgive me(?: eventually| at some point| already| sometime| soon)?)'),
      p('(?<span>how long (?:is|will) (?:this|it) (?:going to |gonna )?take (?:you )?to (?:get over|forgive|move on|let (?:it|this) go)(?: (?:it|this|that))?)'),
      p('(?<span>i (?:already )?apologized(?: already| twice| again| [a-z]+ times)?),? so (?:were|we are|are we|can we|its|everything)(?: [a-z0-9]+){0,4}'),
      p('(?<span>(?:so )?are we good (?:now )?or what)'),
      p('(?<span>how many (?:more )?times (?:are|r) we (?:going to|gonna|supposed to|meant to) (?:talk about|go over|go through|discuss|argue about|have) (?:this|it|that)(?: conversation)?)'),
      p('(?<span>how many (?:more )?times (?:do|does|must|should|will|am) i (?:have to |need to |got to )?(?:say|apologize|tell you|going to say)(?: (?:im|i am))?(?: sorry)?)'),
      p('(?<span>what (?:more|else) do you want(?: from me| me to do| me to say)?)'),
      p('(?<span>(?:do you want|want) me to grovel|(?:should|must) i grovel)'),
      p('(?<span>i (?:literally |already |have )?(?:said|told you|apologized)(?: im)?(?: sorry)? (?:like )?(?:[0-9]+|a (?:hundred|million|thousand)|so many|many|a few|two|three|four|five|ten) times)'),
    ],
    message: 'Healing runs on their clock, not yours. Pointing out you already apologised can make them feel they are not allowed to still hurt.',
    reframes: [
      { label: 'Give it time', text: "I know saying sorry doesn't undo it. Take the time you need" },
      { label: 'Ask', text: 'What would help you right now?' },
    ],
    examples: {
      flagged: ["how many more times are we going to talk about this", "what more do you want me to do, grovel?", "do you want me to grovel?", 'I already said sorry, what more do you want?', 'I apologized twice, so are we good now or what?', 'Can we not do this again? I apologized already.', 'You have to forgive me eventually.', 'how long is this going to take you to get over', 'i said sorry already', 'How many times do I have to say sorry?', "I apologized, so we're good now right?"],
      clean: ['I already said yes to the dinner invite.', "I said I'm sorry and I meant it, and I'll keep showing it."],
    },
  },
  {
    id: 'get-over-it',
    category: 'rushing',
    severity: 3,
    triggers: ['over', 'past'],
    patterns: [
      p('(?<span>(?:get|got|be|getting) over (?:it|this|that|yourself)(?: already)?)'),
      p('(?<span>(?:you need to|you have to|you gotta|you got to|just) (?:get|move) past (?:it|this|that))'),
    ],
    unless: [/(?<![a-z])(?:together|at your pace|help you|when youre ready|hard to|i cant|i will|ill)(?![a-z])/],
    message: 'Telling them to get over it asks them to skip the part where they heal. Patience is part of rebuilding trust.',
    reframes: [
      { label: 'Be patient', text: 'Take the time you need. I will be here' },
      { label: 'Ask', text: 'What would help you with this?' },
    ],
    examples: {
      flagged: ['Get over it.', 'You need to get over this.', 'You need to get past this.', 'It happened months ago, get over it.'],
      clean: ['I want to get over this together, at your pace.', "I'm over the moon about the news."],
    },
  },
  {
    id: 'move-on',
    category: 'rushing',
    severity: 2,
    triggers: ['move', 'drop', 'forget', 'stop', 'behind', 'forward', 'past', 'put', 'pretend', 'normal', 'forgive', 'over', 'let'],
    negatable: false,
    patterns: [
      p('(?<span>can we(?: (?:please|pls|just|not)){0,2} (?:move on|drop (?:it|this)|forget (?:it|this|about it|about this)|let it go|stop (?:talking about|bringing up|going on about|banging on about|harping on about) (?:this|it|that|the [a-z]+))(?: (?:now|already|from this|please))?)(?= ?(?:$|[.,!?;:\\n]| and))'),
      p('(?<span>can we(?: (?:please|pls|just)){0,2} (?:move past|get past|put) (?:it|this|that)(?: behind us)?(?: (?:now|already|please))?)'),
      p('(?<span>lets(?: just)? (?:forget|pretend) (?:it|this|that) (?:ever |never )?happened)'),
      p('(?<span>(?:lets|can we)(?: just)? go back to (?:normal|how (?:it|things) (?:was|were)))'),
      p('(?<span>(?:when|how soon) (?:are you going to|will you|are you gonna) (?:forgive me|get over (?:it|this)|let (?:it|this) go|move on(?! to)|stop being (?:mad|upset|angry))(?: already)?)'),
      p('(?<span>(?:just )?forgive me already)'),
      p('(?<span>lets(?: just)? (?:move on|move forward|forget (?:about )?(?:it|this)|put (?:this|it) behind us|drop (?:it|this)))(?= ?(?:$|[.,!?;:\\n]| and))'),
      p('(?<span>(?:just )?move on(?: already)?)(?= ?(?:$|[.!?\\n]))'),
    ],
    unless: [/(?<![a-z])(?:when youre ready|at your pace|whenever youre ready|if youre ready|take your time)(?![a-z])/],
    message: 'Asking to move on can feel like their hurt is an inconvenience. They need to be ready first; asking what would help works better.',
    reframes: [
      { label: 'Let them set the pace', text: "I'd like us to move forward, whenever you're ready" },
      { label: 'Ask', text: 'What do you need before we can move forward?' },
    ],
    examples: {
      flagged: ["can we please stop going on about the wedding", "can we stop banging on about it", 'Can we just move on?', 'Can we please move past this already?', "Let's just forget it happened.", 'lets just go back to normal', 'When are you going to forgive me already', 'Can we just put it behind us by tomorrow though?', "Let's just put this behind us and have a good weekend.", 'Can we please just move on already?', "Let's just move forward.", 'omg can we pls just move on already'],
      clean: ['Can we move on to the next item on the agenda?', "I can't wait for the kitchen to go back to normal after the works.", 'When will you move on to the new flat?', "We can move on whenever you're ready."],
    },
  },
  {
    id: 'still-upset',
    category: 'rushing',
    severity: 2,
    triggers: ['still', 'long', 'bringing', 'past', 'hold', 'holding', 'dwelling', 'again', 'keep'],
    negatable: false,
    patterns: [
      p('(?<span>why (?:are|r) you still (?:upset|mad|angry|on about|going on about|bringing|hurt|talking about|thinking about|so upset|crying|sulking)(?: about (?:this|that|it))?)'),
      p('(?<span>(?:are|r) you (?:seriously |really )?still (?:mad|upset|angry) about (?:that|this|it|last [a-z]+|[a-z]+day|the [a-z]+))(?= ?(?:$|[.,!?\\n]))'),
      p('(?<span>how long (?:are|r) you (?:going to|gonna) (?:be (?:mad|upset|angry)|hold (?:this|it|that)|stay (?:mad|upset)|keep (?:bringing|doing|this))(?: [a-z0-9]+){0,4})'),
      p('(?<span>(?:youre|you are) still (?:bringing (?:this|it|that) up|on about (?:this|it|that)|going on about (?:this|it|that)|mad about (?:this|that)|upset about (?:this|that)|talking about (?:this|it|that)))'),
      p('(?<span>not this again)'),
      p('(?<span>(?:are|r) you (?:seriously |really |honestly |actually )?still (?:on about|going on about|banging on about|harping on(?: about)?|bringing (?:this|that|it) up|moaning about|sulking)(?: (?:this|that|it))?)'),
      p('(?<span>you (?:cant|can not|cannot) (?:keep|just keep) (?:bringing (?:this|it|that) up|bringing up (?:the past|this|it|that)|throwing (?:this|it|that) in my face|holding (?:this|it|that) over (?:me|my head)|punishing me|being (?:mad|upset|angry) (?:forever|about this))(?: forever)?)'),
      p('(?:^|seriously |really |omg |wow |so )(?<span>still (?:on|going on about|talking about|upset about|mad about|stuck on) (?:this|that|it))(?= ?(?:$|[.!?]))'),
      p('(?<span>(?:why do you|stop|quit|you always|you keep)(?: keep)? (?:bringing (?:up )?(?:the past|this|it|that)(?: up)?|dwelling on (?:it|this|the past)|holding (?:this|it) over me))'),
    ],
    message: 'Questioning why they still hurt suggests there is a deadline on feelings. Trust returns slowly, and patience shows it is safe.',
    reframes: [
      { label: 'Make room', text: "I know you're still hurting, and that makes sense" },
      { label: 'Ask', text: 'What would help you feel safer with me?' },
    ],
    examples: {
      flagged: ['Why are you still upset?', 'omg are u still upset about saturday', "You can't keep bringing this up forever.", 'seriously still on this?', 'How long are you going to hold this over me?', 'Why do you keep bringing up the past?'],
      clean: ['Are you still upset? I want to understand.', 'Why are you still at work? Come home soon.'],
    },
  },
  {
    id: 'past-this',
    category: 'rushing',
    severity: 2,
    triggers: ['still', 'past', 'forgave', 'forgiven', 'been', 'let', 'days', 'weeks', 'months', 'day', 'week', 'month', 'hours'],
    negatable: false,
    patterns: [
      p('(?<span>(?:are we|were we) (?:seriously |really |honestly )?still (?:on|talking about|doing|fighting about|going on about) (?:this|that))'),
      p('(?<span>i thought we were (?:past|over|done with) (?:this|that|it))'),
      p('(?<span>you said you (?:forgave|forgive|had forgiven) me)'),
      p('(?<span>(?:its|it has) been (?:a|two|three|like a|over a|almost a) (?:week|weeks|month|months|year|years))(?= ?(?:$|[.!?\\n]| already| now))'),
      p('(?<span>(?:its|it has|its been|been)(?: been)? (?:like |almost |over |nearly |literally |a whole |more than )?(?:a|an|one|two|three|four|five|six|seven|ten|a few|several|[0-9]+) (?:day|days|week|weeks|month|months|year|years|hour|hours))(?=(?: [a-z]+){0,3}(?:,? (?:can we not|come on|get over|move on|let it go|seriously|already|jeez|omg|ffs)|\\?\\?))'),
      p('(?<span>(?:are|r) you (?:seriously |really |honestly |actually )?still (?:mad|upset|angry|annoyed|sulking))(?= ?(?:\\?\\?|\\? (?:its been|come on|seriously|really)))'),
      p('(?<span>(?:you need to|you have to|just|can you|please) let (?:this|that) go)'),
    ],
    unless: [BENIGN],
    message: 'This puts a deadline on their hurt. Trust comes back at its own pace, and patience is part of the repair.',
    reframes: [
      { label: 'Make room', text: 'I know this is still with you, and I am here for it' },
      { label: 'Ask', text: 'What would help you with this right now?' },
    ],
    examples: {
      flagged: ['Are we seriously still on this?', 'I thought we were past this.', 'You said you forgave me.', "It's been a week."],
      clean: ["It's been a week since I saw you, I miss you!", 'I thought we were past the exit, turn around.'],
    },
  },
  {
    id: 'in-the-past',
    category: 'rushing',
    severity: 2,
    triggers: ['ago', 'past', 'let', 'forget', 'bridge'],
    patterns: [
      p('(?<span>(?:it|that|this)(?: all)? (?:was|happened) (?:like |literally )?(?:months|weeks|years|ages|forever|so long|a long time|a year|a month|a week|two weeks|three weeks) ago)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:its|thats|it is|that is|this is)(?: all)? in the past)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:just )?let it go(?: already)?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:just )?forget about it(?: already)?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>water under the bridge)'),
    ],
    unless: [BENIGN],
    message: 'Pointing to how long ago it was tells them their hurt should have an end date. Healing is not linear; patience helps it along.',
    reframes: [
      { label: 'Make room', text: "I know it still hurts, even though it's been a while" },
      { label: 'Ask', text: 'What would help you feel safe with me again?' },
    ],
    examples: {
      flagged: ['It was months ago.', 'Let it go.', "It's in the past, forget about it.", 'that was ages ago'],
      clean: ['It was months ago that we booked it, right?', 'Let it go in the oven for 20 min.', 'I told him to let it go, the referee made the call.'],
    },
  },
  {
    id: 'move-on-command',
    category: 'rushing',
    severity: 2,
    triggers: triggerWords(MOVE_ON),
    negatable: false,
    patterns: [
      p(`(?:^|(?<=[,.!?;:]) |just |please |can you |can we |can you just |can we just |can everyone |can everyone just |will you |now |ok |okay |so |mate |babe |seriously |honestly |omg |god |come on |you need to |you have to |you should |time to |lets |lets just |and |or |for gods sake |for fucks sake |oh )(?<span>${alt(MOVE_ON)})(?= ?(?:$|[.,!?;:\\n]| already| now| please| ok| okay| mate| babe| for once| and| its| it was| we| you| seriously| lol| ffs| jeez| geez| man| dude| bro))`),
    ],
    unless: [BENIGN, /(?<![a-z])(?:dont|do not|never|wont) (?:want|expect|need|ask) you to(?![a-z])/],
    message: 'Telling them to be done with it puts a deadline on their hurt. Trust comes back at its own pace.',
    reframes: [
      { label: 'Make room', text: 'I know this is still with you, and I am here for it' },
      { label: 'Ask', text: 'What would help you with this right now?' },
    ],
    examples: {
      flagged: ['can everyone just move on please', 'give it a rest', 'oh change the record', 'knock it off, seriously'],
      clean: ['move on to slide 4 please', "let's drop it from the sprint", 'just drop it in the shared drive', 'she told me to get over it, which honestly hurt', 'let it go by Elsa is stuck in my head'],
    },
  },
];

export const RUSHING_REGEXES: readonly RegExp[] = [BENIGN];
