import { p, type Rule } from '../rule';

export const defensivenessRules: Rule[] = [
  {
    id: 'did-nothing-wrong',
    category: 'defensiveness',
    severity: 3,
    triggers: ['wrong'],
    negatable: false,
    patterns: [
      p('(?<span>i (?:didnt|did not|never) do (?:anything|nothing) wrong|i did nothing wrong|i havent done anything wrong|i have done nothing wrong|i did not do anything wrong|i dont think i did anything wrong)(?= ?(?:$|[.,!?;:\\n]| here| to you| so| and| but| this time| at all))'),
    ],
    message: 'Saying you did nothing wrong closes the door before they feel heard. You can listen first, even if you see it differently.',
    reframes: [
      { label: 'Listen first', text: 'Help me understand what hurt you' },
      { label: 'Stay open', text: "I didn't see it that way, but I want to understand how it felt for you" },
    ],
    examples: {
      flagged: ["I didn't do anything wrong.", 'I did nothing wrong so I am not apologising.', 'i didnt do anything wrong'],
      clean: ["I didn't do anything fun this weekend, just slept.", 'You did nothing wrong.'],
    },
  },
  {
    id: 'what-about-you',
    category: 'defensiveness',
    severity: 3,
    triggers: ['about'],
    patterns: [
      p('(?<span>what about (?:when you|the time you|that time you|all the times you|all those times you|what you did|what you said|how you|you and|when u)(?: [a-z0-9]+){0,8})'),
      p('(?:^|well |but |oh |yeah |and |ok |so )(?<span>what about you)(?= ?(?:[?!.]|$))'),
      p('(?<span>what about the time (?:you|when you)(?: [a-z0-9]+){0,8})'),
    ],
    message: 'Bringing up what they did turns their hurt into a contest. Their side can be a separate talk, once they feel heard.',
    reframes: [
      { label: 'Listen first', text: "I hear you. I'd like to talk about what bothered me too, but later" },
      { label: 'Stay with their hurt', text: 'Tell me more about how this felt for you' },
    ],
    examples: {
      flagged: ['What about the time you forgot my birthday?', 'What about when you ignored me for a week?', 'Well what about you?'],
      clean: ['What about pizza tonight?', "I'm good, what about you?", 'What about dinner on Friday instead?'],
    },
  },
  {
    id: 'only-trying-to-help',
    category: 'defensiveness',
    severity: 2,
    triggers: ['help', 'helpful', 'honest', 'nice', 'protect', 'look', 'right'],
    patterns: [
      p('(?<span>i was (?:only|just) (?:trying to (?:help|be nice|be honest|protect you|look out for you|be helpful|do the right thing)|being (?:honest|nice|helpful)))'),
      p('(?<span>i (?:only|just) wanted to help)'),
      p('(?<span>i had (?:every|a) right to)'),
    ],
    message: 'Explaining your good intentions can make them feel their hurt does not count. The impact matters as much as the intent.',
    reframes: [
      { label: 'Own the impact', text: "I meant well, but I see it didn't land that way" },
      { label: 'Listen', text: 'I wanted to help, and I hear that it hurt. Tell me more' },
    ],
    examples: {
      flagged: ['I was only trying to help.', 'i was just trying to help jeez', 'I had every right to do that.'],
      clean: ['I was only trying to find the remote lol', "I'm trying to help my sister move this weekend."],
    },
  },
  {
    id: 'attacking-me',
    category: 'defensiveness',
    severity: 2,
    triggers: ['attacking', 'twisting', 'twist', 'turn', 'turning', 'putting', 'put', 'attack'],
    patterns: [
      p('(?<span>(?:why are you|youre|stop|quit|you are) attacking me)'),
      p('(?<span>(?:youre|stop|quit|you are|you keep|you always) twisting (?:my words|everything|what i said))'),
      p('(?<span>you (?:always )?twist (?:my words|everything|what i say))'),
      p('(?<span>(?:dont|stop|quit|youre|you are) (?:turning|turn|putting|put) (?:this|it|everything) (?:all )?(?:around )?on me)'),
    ],
    negatable: false,
    message: 'Feeling attacked is real, but saying so now can make them stop sharing. Try to hear what is under their words first.',
    reframes: [
      { label: 'Ask instead', text: 'This is hard to hear. Can you tell me what you need from me?' },
      { label: 'Say how you feel', text: "I'm feeling defensive, and I still want to hear you" },
    ],
    examples: {
      flagged: ['I was only trying to help, why are you attacking me?', "You're twisting my words again.", "Don't turn this around on me."],
      clean: ['The dog keeps attacking my shoes.', 'Turn left at the corner.'],
    },
  },
  {
    id: 'cant-do-anything-right',
    category: 'defensiveness',
    severity: 2,
    triggers: ['right', 'enough', 'guy', 'one', 'villain', 'fault', 'monster'],
    negatable: false,
    patterns: [
      p('(?<span>i (?:cant|can never|never) do anything right)'),
      p('(?<span>(?:nothing|whatever) i do (?:is|its)(?: ever)? (?:good enough|right|enough))'),
      p('(?<span>(?:its|it is) never (?:good )?enough for you)'),
      p('(?<span>(?:im|i am|why am i) (?:always |the only )?(?:the )?(?:bad guy|villain|bad one|monster)(?: here| again)?)'),
      p('(?<span>(?:stop|quit) (?:making|painting) me (?:out )?(?:to be |as )?the (?:villain|bad guy|monster))'),
      p('(?<span>(?:how|why) is (?:this|that|it|everything)(?: always| suddenly| somehow| all)? my fault)'),
    ],
    message: 'Turning to how unfair it feels for you moves the focus away from their hurt. You can share your side once they feel heard.',
    reframes: [
      { label: 'Share the feeling', text: "I'm feeling discouraged, and I still want to understand what hurt you" },
      { label: 'Ask', text: 'What would help right now?' },
    ],
    examples: {
      flagged: ["I can't do anything right for you.", 'How is this my fault?', "I'm always the bad guy.", "Whatever I do it's never good enough for you."],
      clean: ["It's my fault we missed the train, I misread the schedule.", "I'll get it right next time."],
    },
  },
  {
    id: 'counter-attack',
    category: 'defensiveness',
    severity: 2,
    triggers: ['problem', 'problems', 'issue', 'issues', 'talk', 'again', 'fault', 'blaming', 'blame', 'least', 'one', 'fair'],
    negatable: false,
    patterns: [
      p('(?<span>(?:youre|you are) one to talk)'),
      p('(?<span>here we go again)(?= ?(?:$|[.!?\\n]| with))'),
      p('(?<span>(?:so )?(?:now )?(?:its|it is|this is) (?:all )?my fault(?: now)?)(?= ?\\?)'),
      p('(?<span>(?:why are you|stop|quit|dont|youre|you are|always) blaming (?:me|this on me|it on me))'),
      p('(?<span>dont (?:you dare )?blame (?:me|this on me|it on me))'),
      p('(?<span>at least i (?:didnt|dont|wasnt|never|am not|havent)(?: [a-z0-9]+){1,6})'),
      p('(?<span>(?:im|i am) not the one who(?: [a-z0-9]+){1,6})'),
      p('(?<span>(?:nobody|no one) else (?:has|had|seems to have) (?:a |any )?(?:problem|issue)s? with (?:me|it|this|that))'),
      p('(?<span>(?:thats|that is|this is) (?:so )?not fair)(?= ?(?:$|[.!?\\n]))'),
    ],
    message: 'Answering a hurt with a counter-point turns it into a contest. Hearing them out first makes it easier to be heard later.',
    reframes: [
      { label: 'Listen first', text: "I want to hear you first. Tell me what hurt" },
      { label: 'Say how you feel', text: "I'm feeling defensive, and I still want to understand" },
    ],
    examples: {
      flagged: ["You're one to talk.", 'Here we go again.', "So now it's my fault?", 'Stop blaming me.', "At least I didn't lie about it."],
      clean: ["It's my fault, and I'm sorry.", 'Here we go again, road trip number two!', "That's not fair to you, and I'm sorry."],
    },
  },
  {
    id: 'denial',
    category: 'defensiveness',
    severity: 2,
    triggers: ['happened', 'true', 'meant', 'said', 'say', 'lie'],
    negatable: false,
    patterns: [
      p('(?<span>(?:thats|that is|this is) not (?:what (?:happened|i said|i meant)|how it happened|true))(?! in | on | at )'),
      p('(?<span>i (?:never|didnt|did not) (?:said|say) that)(?= ?(?:$|[.,!?;]| and| you))'),
      p('(?<span>(?:thats|that is) (?:a lie|a lie and you know it|not true at all))'),
    ],
    unless: [/(?<![a-z])(?:book|movie|film|show|story|series|game|article|news|amazing|beautiful|gorgeous|great|love|smart|talented|worth|proud|incredible|you look)(?![a-z])/],
    message: 'Disputing the facts can make them feel unheard. Even if you remember it differently, their hurt is real; start there.',
    reframes: [
      { label: 'Make room for both', text: 'I remember it differently, but I want to hear how it felt for you' },
      { label: 'Ask', text: 'Can you tell me what you heard?' },
    ],
    examples: {
      flagged: ["That's not what happened and you know it.", 'I never said that.', "That's not what I said and you know it."],
      clean: ['I never said thank you for last week, so thank you.', "That's not what happened in the book, the ending was different."],
    },
  },
];
