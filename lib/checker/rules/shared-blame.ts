import { p, type Rule } from '../rule';

export const sharedBlameRules: Rule[] = [
  {
    id: 'we-both',
    category: 'shared-blame',
    severity: 2,
    triggers: ['both'],
    patterns: [
      p('(?<span>(?:we|were|we were|we are) both (?:(?:were|being|got|get) )?(?:yelling|shouting|screaming|fighting|arguing|said|say|messed up|mess up|screwed up|made mistakes|did things|were wrong|wrong|at fault|to blame|dramatic|being dramatic|rude|mean|lost it|lost our tempers|hurt each other|said things|said stuff|acted|in the wrong|guilty))'),
    ],
    message:
      'Spreading the blame over both of you can feel like a way out of owning your part. Speak to your share first; theirs can be talked about later.',
    reframes: [
      { label: 'Own your part', text: 'I was yelling, and that was wrong' },
      { label: 'Speak for yourself', text: "I said things I didn't mean, and I'm sorry" },
    ],
    examples: {
      flagged: ['Well, we were both yelling.', "We both said things we didn't mean.", 'we both messed up so lets call it even', "We're both to blame here."],
      clean: ['We were both at the party last night.', 'We were both tired after the hike.', 'We both need to book our flights by Friday.'],
    },
  },
  {
    id: 'takes-two',
    category: 'shared-blame',
    severity: 2,
    triggers: ['takes', 'two'],
    patterns: [p('(?<span>it takes two(?: to (?:tango|fight|argue|make a mess|break|ruin))?)(?= ?(?:$|[.,!?;]| you know))')],
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
      p('(?<span>(?:its not like )?(?:youre|you are|your) (?:not|no|hardly|not exactly|not so|not that) (?:innocent|perfect|a saint|saint|an angel|angel|blameless|better)(?: either| yourself| here| in this)?)'),
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
    triggers: ['everyone', 'everybody', 'people', 'couples', 'guys', 'girls', 'men', 'women'],
    patterns: [
      p('(?<span>(?:everyone|everybody|all (?:couples|guys|girls|men|women)|all people|people) (?:[a-z]+s|does it|do it|does that|do that|lies|cheats|flirts|fights)(?: [a-z]+){0,3} (?:sometimes|all the time|at some point|once in a while|too|now and then))(?= ?(?:$|[.,!?;]))'),
      p('(?<span>(?:everyone|everybody) (?:does|do) (?:it|that|this))(?= ?(?:$|[.,!?;]))'),
    ],
    message: '"Everyone does it" spreads your choice over everybody, which can sound like it does not count. Speak to what you did.',
    reframes: [{ label: 'Own your choice', text: 'I did it, and I understand why it hurt you' }],
    examples: {
      flagged: ["Everyone texts their ex sometimes, it's normal.", 'Everyone lies sometimes.', 'everybody does it'],
      clean: ['Everyone loved your speech.', 'People walk their dogs here all the time, it is lovely.'],
    },
  },
];
