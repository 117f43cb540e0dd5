import { p, type Rule } from '../rule';

export const sharedBlameRules: Rule[] = [
  {
    id: 'we-both',
    category: 'shared-blame',
    severity: 2,
    triggers: ['both', 'neither', 'blame', 'me', 'street', 'all'],
    patterns: [
      p('(?<span>(?:we|were|we were|we are) both (?:(?:were|being|got|get) )?(?:(?:kind of|kinda|sort of|equally|just|really|pretty|partly) )?(?:awful|horrible|terrible|nasty|toxic|jerks|messed (?:this|it|things) up|screwed (?:this|it|things) up|yelling|shouting|screaming|fighting|arguing|said|say|messed up|mess up|screwed up|made mistakes|did things|were wrong|wrong|at fault|to blame|dramatic|being dramatic|rude|mean|lost it|lost our tempers|hurt each other|said things|said stuff|acted|in the wrong|guilty|played a part|had a part|had a hand|contributed|responsible|share (?:the )?blame|share the fault|shared the blame|own this|failed))(?! about (?:the|where|when|what|which|how|whether))'),
      p('(?<span>(?:the )?(?:blame|fault) (?:is|lies|goes) (?:on|with) (?:both of us|us both|both sides|the two of us))'),
      p('(?<span>(?:its|this is|thats|that is|it was|this was)(?: really)? on (?:both of us|us both|the two of us))(?! to)'),
      p('(?<span>both of us (?:are|were) (?:to blame|at fault|responsible|guilty|wrong|in the wrong))'),
      p('(?<span>(?:its|it is|it was|thats|that was|this is|this was)(?: really| honestly| kind of| kinda)? (?:both (?:of )?our(?:s)? faults?|both our faults?|both of our faults?|both our doing))'),
      p('(?<span>neither of us (?:handled|behaved|acted|is innocent|was innocent|is blameless|is perfect|was perfect|is right|was right|did (?:great|well|good))(?: [a-z]+){0,3})'),
      p('(?<span>(?:plenty of|enough|lots of) blame to go around)'),
      p('(?<span>(?:its|this is|it was|thats|that is) not (?:all|just) on me)'),
      p('(?<span>we (?:all|both) (?:made|make|have made|messed up|screwed up|dropped the ball|said things|did things)(?: mistakes)?)(?= ?(?:$|[.,!?;]| here| there| that| this| on| so))'),
      p('(?<span>(?:the whole team|everyone|everybody|all of us)(?: [a-z]+){0,2} (?:dropped the ball|messed up|screwed up|missed (?:it|the deadline|this)|was to blame|is to blame|were to blame)(?: [a-z0-9]+){0,4})(?=(?: [a-z0-9]+){0,4},? not (?:just|only) me)'),
      p('(?<span>(?:its|this is|relationships are|it is) a two[ -]way street)'),
    ],
    message:
      'Spreading the blame over both of you can feel like a way out of owning your part. Speak to your share first; theirs can be talked about later.',
    reframes: [
      { label: 'Own your part', text: 'I was yelling, and that was wrong' },
      { label: 'Speak for yourself', text: "I said things I didn't mean, and I'm sorry" },
    ],
    examples: {
      flagged: ["it was both our faults really", "it's both of our faults", "that was both our doing", 'Well, we were both yelling.', 'we both played a part in this', 'Honestly the blame is on both of us.', 'Neither of us handled it well.', "There's plenty of blame to go around.", 'its on both of us not just me', 'i think we both share the blame', "we're both kind of to blame here ngl", 'We both messed this up, not just me.', 'honestly we were both being awful that night', "It's not all on me.", "it's a two way street, you know", "We both said things we didn't mean.", 'we both messed up so lets call it even', "We're both to blame here."],
      clean: ["it was both our first time there", 'We were both at the party last night.', "It's on both of us to keep the house tidy, so I made a rota.", 'Neither of us was hungry so we skipped lunch.', 'We were both tired after the hike.', 'We both need to book our flights by Friday.'],
    },
  },
  {
    id: 'takes-two',
    category: 'shared-blame',
    severity: 2,
    triggers: ['takes', 'two'],
    patterns: [p('(?<span>it takes two(?: to (?:tango|fight|argue|make a mess|break|ruin))?)(?= ?(?:$|[.,!?;]| you know| mate| babe| love| hun| man| dude| bro| honestly| tbh))')],
    message: '"It takes two" moves the focus from what you did to what they did. Owning your half first is what rebuilds trust.',
    reframes: [{ label: 'Own your half', text: 'I played my part in this, and I own it' }],
    examples: {
      flagged: ['It takes two to fight, you know.', 'It takes two to tango.'],
      clean: ['It takes two hours to get there by car.'],
    },
  },
  {
    id: 'not-innocent-either',
    category: 'shared-blame',
    severity: 2,
    triggers: ['innocent', 'perfect', 'saint', 'angel', 'blameless', 'better', 'bad', 'guilty', 'blame', 'too'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its not like )?(?:youre|you are|your|you were|you werent) (?:not|no|hardly|not exactly|not so|not that|exactly) (?:innocent|perfect|a saint|saint|an angel|angel|blameless|better)(?: either| yourself| here| in this)?)'),
      p('(?<span>(?:youre|you are|your) just as (?:bad|guilty|much to blame))'),
      p('(?<span>its not like (?:youre|you are|your|you were) (?:perfect|innocent|a saint|an angel|blameless))'),
      p('(?<span>you (?:did|do|said|say|have done) (?:it|that|things|stuff|the same|the same thing|worse)(?: [a-z]+)? too)(?= ?(?:$|[.,!?;]| you know))'),
    ],
    message: 'Pointing to their faults right now can sound like "so we\'re even". Their part can wait; yours is what you can own today.',
    reframes: [{ label: 'Stay with your part', text: 'Right now I want to focus on what I did' }],
    examples: {
      flagged: ["You're not innocent either.", "It's not like you're perfect.", "You're no saint yourself.", 'You did things too, you know.'],
      clean: ["You're not wrong about that.", "You're not alone in this."],
    },
  },
  {
    id: 'everyone-does-it',
    category: 'shared-blame',
    severity: 2,
    triggers: ['everyone', 'everybody', 'people', 'couples', 'guys', 'girls', 'men', 'women', 'mean'],
    patterns: [
      p('(?<span>(?:everyone|everybody|all (?:couples|guys|girls|men|women)|all people|people) (?:[a-z]+s|does it|do it|does that|do that|lies|cheats|flirts|fights)(?: [a-z]+){0,3} (?:sometimes|all the time|at some point|once in a while|too|now and then))(?= ?(?:$|[.,!?;]))'),
      p('(?<span>(?:everyone|everybody) (?:does|do) (?:it|that|this))(?= ?(?:$|[.,!?;]))'),
      p('(?<span>(?:everyone|everybody|people|we all) (?:says?|does|do|did|said) (?:stuff|things|shit|stupid stuff|stupid things|dumb stuff|dumb things|things) (?:they|we) (?:dont|didnt|do not) mean(?: when (?:theyre|they are|were|we are|you are|youre) (?:angry|mad|upset|drunk|tired|stressed))?)'),
    ],
    message: '"Everyone does it" spreads your choice over everybody, which can sound like it does not count. Speak to what you did.',
    reframes: [{ label: 'Own your choice', text: 'I did it, and I understand why it hurt you' }],
    examples: {
      flagged: ["everyone says stuff they don't mean when they're angry", "we all say things we don't mean", "people say stuff they don't mean", "Everyone texts their ex sometimes, it's normal.", 'Everyone lies sometimes.', 'everybody does it'],
      clean: ["everyone says the food there is great", 'Everyone loved your speech.', 'People walk their dogs here all the time, it is lovely.'],
    },
  },
];
