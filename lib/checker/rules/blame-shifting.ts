import { p, type Rule } from '../rule';
import { upTo } from './helpers';

const ACT =
  '(?:done (?:that|it|this)|do (?:that|it|this)|lied|lie|yelled|yell|shouted|shout|cheated|cheat|snapped|snap|said (?:that|it|those things|anything|what i said)|say (?:that|it)|hidden|hid|hide|checked|check|looked|gone (?:through|behind)|lost (?:it|my temper|my cool)|reacted|react|hit|blown up|blew up|gotten angry|got angry|gotten mad|got mad|left|walked out)';

const ENDS_WITH_OBJECT = / (?:to|into) (?:it|this|that|doing it|doing this)$/i;
const LOSE_IT = /^(?:lose it|lose my temper|snap)$/i;
const FINAL_STOP = /[.!?]$/;

export const blameShiftingRules: Rule[] = [
  {
    id: 'you-made-me',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['made', 'make', 'makes', 'forced', 'force', 'pushed', 'push', 'drove', 'drive', 'provoked'],
    patterns: [
      p('(?<span>you (?:made|make|forced|force|provoked)(?: me| me to))(?= (?:do|say|lie|act|yell|snap|react|cheat|hide|check|go|behave|treat|hit|scream|shout|lose|look|leave|text|drink|walk|get (?:mad|angry|physical)|do (?:it|this|that)|this|it|that way)(?![a-z]))'),
      p('(?<span>you (?:pushed|drove|forced|provoked|push|drive|force) me (?:to|into)(?: (?:it|this|that|doing it|doing this))?)(?= ?(?:$|[.,!?;]| (?:do|say|check|cheat|lie|drink|yell|snap|leave|look|hide|go behind|the edge|breaking point|it|this|that)(?![a-z])))'),
    ],
    message:
      'Saying they made you do it hands them the responsibility for your choice. Owning it is the first step to rebuilding trust.',
    reframes: [
      { label: 'Own the choice', text: (m) => (ENDS_WITH_OBJECT.test(m.span) ? 'I chose to do it' : 'I chose to') },
    ],
    examples: {
      flagged: ['You made me do this.', 'Look what you made me do.', 'You pushed me to it.', 'You drove me to check your phone.', 'you made me lie to you'],
      clean: ['You made me so happy yesterday.', 'You made me dinner, that was really sweet.', 'You drove me to the airport, thank you so much.'],
    },
  },
  {
    id: 'you-make-me-angry',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['angry', 'mad', 'furious', 'crazy', 'jealous', 'lose', 'snap'],
    patterns: [p('(?<span>you (?:make|made) me (?:so |really |that )?(?<feeling>angry|mad|furious|crazy|jealous|lose it|lose my temper|snap))')],
    message: 'Your reaction belongs to you, even when their behaviour hurt. Saying how you felt keeps it honest without handing them the blame.',
    reframes: [
      { label: 'Say how you felt', text: (m) => `I get ${m.group('feeling').replace(LOSE_IT, 'angry')}` },
      { label: 'I-statement', text: (m) => `I felt ${m.group('feeling').replace(LOSE_IT, 'angry')} when …` },
    ],
    examples: {
      flagged: ["You make me so angry that I can't help it.", 'you made me so mad'],
      clean: ['You make me so happy.', 'The film made me angry.'],
    },
  },
  {
    id: 'if-you-hadnt',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['wouldnt', 'would', 'werent', 'wasnt'],
    patterns: [
      p(`(?<span>i (?:wouldnt|would not|would never) (?:have )?(?:had to )?${ACT}(?: [a-z0-9]+){0,6} if you(?: [a-z0-9]+){1,8})`),
      p('(?<span>if you (?:werent|wasnt|were not) so [a-z]+(?: [a-z0-9]+){0,4},? (?:then )?(?:i would|id|i wouldnt|i would not|i could|i might)(?: [a-z0-9]+){1,5})'),
      p('(?<span>if you (?:hadnt|didnt|had not|did not|had just|would just|would|werent|wasnt|had|just|stopped|would stop|didnt always|didnt keep|ever|actually)(?: [a-z0-9]+){1,8},? (?:then )?i (?:wouldnt|would not|would never)(?: have to| need to)?(?: [a-z0-9]+){1,6})'),
    ],
    message:
      'This makes your choice depend on what they did. Even if they hurt you too, owning your part first is what makes repair possible.',
    reframes: [
      { label: 'Own the choice', text: "That was my choice, and it's on me" },
      { label: 'Own it, then share', text: "I chose to … and that's on me. Separately, I felt hurt when …" },
    ],
    examples: {
      flagged: ["I wouldn't have done that if you hadn't ignored me all weekend.", 'If you would just listen I would not have to shout.', 'i wouldnt have done it if u didnt start it'],
      clean: ["I wouldn't have found the keys if you hadn't reminded me, thanks!", 'if you hadnt called i would have missed the bus haha'],
    },
  },
  {
    id: 'your-fault',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['fault', 'on', 'started', 'blame'],
    patterns: [
      p('(?<span>(?:its|this is|that is|thats|it was|this was|its all|this is all|thats all|it is) (?:all )?(?:your|youre) (?:fault|doing))'),
      p('(?<span>(?:this|that|it|thats|its)(?: is| was)?(?: all)? on you)(?! too| as well)(?= ?(?:$|[.,!?;]| not me))'),
      p('(?<span>you started (?:it|this|all this))(?= ?(?:$|[.,!?;]))'),
      p('(?<span>(?:you only have yourself|you have only yourself) to blame)'),
    ],
    message: 'Putting the fault on them can make them feel they have to defend themselves instead of healing. Owning your part opens the door.',
    reframes: [
      { label: 'Own your part', text: "I'm responsible for how" },
      { label: 'Own it plainly', text: "That's on me" },
    ],
    examples: {
      flagged: ["Honestly it's your fault I got so angry.", 'its ur fault i got mad', 'This is on you, not me.', "Don't blame me, you started it."],
      clean: ["It's not your fault. You did everything you could.", "It's your turn to pick the movie.", "It's on me, I'll pay for dinner."],
    },
  },
  {
    id: 'no-choice',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['choice', 'expect', 'reason', 'yourself', 'get'],
    negatable: false,
    patterns: [
      p('(?<span>you (?:gave|left) me no (?:choice|option)|i had no (?:choice|other option))(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>you brought (?:this|it|that) on yourself)'),
      p('(?<span>what (?:did|do) you expect(?: me to do)?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>you know how i get(?: when you(?: [a-z0-9]+){1,4})?)'),
      p('(?<span>(?:youre|you are) the (?:reason|one who made me|only reason) (?:i|why i)(?: [a-z0-9]+){1,5})'),
    ],
    message: 'This says your choice was forced by them. You always have a choice in how you respond, and owning it is what rebuilds trust.',
    reframes: [
      { label: 'Own the choice', text: 'I made that choice, and it was mine' },
      { label: 'Own it, then share', text: "I chose how I reacted, and that's on me. I also felt hurt when …" },
    ],
    examples: {
      flagged: ['You gave me no choice.', 'You brought this on yourself.', 'What did you expect me to do?', 'You know how I get when you do that.'],
      clean: ['You gave me no choice but to laugh, that was hilarious.', 'I had no choice of seats on the plane, sorry!', 'What did you expect from the trip? Tell me everything.'],
    },
  },
  {
    id: 'because-you',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['because', 'youd', 'why'],
    patterns: [
      p('(?:i|this|it|that)(?: [a-z0-9]+){1,5} (?<span>because (?:you(?: [a-z0-9]+){0,2} (?:always|never|kept|keep|wouldnt|didnt|dont|wont|started|made|pushed|nag|nagged|ignored|ignore|overreact|freak|freaked|push|provoked)|i knew youd (?:freak|overreact|get mad|be mad|flip|yell|react|lose it))(?: [a-z0-9]+){0,6})'),
      p('(?<span>because i knew (?:youd|you would) (?:freak|overreact|get mad|be mad|flip|yell|react|lose it)(?: [a-z0-9]+){0,4})'),
      p('you(?: [a-z0-9]+){1,6},? (?<span>(?:thats|that is|which is|and thats) why i (?:yelled|lied|snapped|cheated|left|did it|did that|said it|said that|got mad|got angry|lost it|shouted|hid it|looked|checked)(?: [a-z0-9]+){0,4})'),
    ],
    unless: [/(?<![a-z])(?:love|like|miss|proud|happy|glad|thank|thanks|admire)(?![a-z])/],
    message: 'Explaining your action by what they do moves the responsibility onto them. Name your part on its own.',
    reframes: [{ label: 'Own it', text: (m) => `${upTo(m).replace(FINAL_STOP, '')}. That's on me, not you.`, whole: true }],
    examples: {
      flagged: ['This only happened because you never listen to me.', 'I only yelled because you kept pushing my buttons.', "I lied because I knew you'd freak out."],
      clean: ['I love you because you never give up.', 'I called because I missed you.'],
    },
  },
];

export const BLAME_REGEXES: readonly RegExp[] = [ENDS_WITH_OBJECT, LOSE_IT, FINAL_STOP];
