import { p, type Rule } from '../rule';
import { alt, FRIENDLY, TRAITS, triggerWords, WORST } from './lexicon';

/** Words between "you're" and the trait: "you're honestly just so …". */
const TRAIT_ADV =
  '(?: (?:just|really|so|literally|honestly|totally|completely|such|being|always|the most|such a|such an|bloody|fucking|freaking|effing|actually|genuinely|seriously|incredibly|unbelievably|sometimes|acting|kind of|kinda|pretty|too|very|quite|a bit|a little|a real|a total|an absolute|a complete|truly|basically|a|an|sounding|getting|becoming|acting so|being so)){0,3}';
const ROLE = '(?:friend|partner|boyfriend|girlfriend|husband|wife|mum|mom|dad|father|mother|parent|sister|brother|son|daughter|person|human|human being|colleague|manager|boss|teammate|flatmate|roommate)';

/** Verbs that, after "you always / you never", describe a failing rather than a kindness. */
const ALWAYS_BAD =
  '(?:ignore|ignores|do this|do that|did this|forget|forgets|interrupt|complain|criticize|criticise|blame|blaming|make (?:everything|it|this) about|have to|ruin|mess|lie|lying|take|turn|twist|overreact|freak out|freak|exaggerate|nag|yell|shout|bring up|act like|put|leave|choose|pick|find|get (?:mad|angry|defensive)|start|cancel|say that|think you|assume|embarrass|judge|play the victim|walk away|run away|hide|flirt|check|make me feel|talk over|dismiss|give up|let me down|disappoint|push|pressure|mock|do whatever|come first|want|expect|need to be right|cut me off|shut me out|shut down|side with|choose your|put me last|leave me|bail|flake|ditch|disappear|show up late)';
const NEVER_BAD =
  '(?:listen|listens|help|helps|apologize|text back|text|call|calls|care|think|ask|asks|remember|show up|do anything|do what|support|say sorry|admit|take responsibility|have time|make time|notice|thank|understand|try|change|clean|pay|keep your|follow through|give me|tell me|want to|appreciate|consider|back me up|initiate|plan|compliment|open up|let me|answer|reply|respond|pick up|come|put me first|make an effort|see my side|hear me|take me|include me|stand up for me)';

/** "you always pick the best places" is praise, not a pattern of failing. */
const NOT_PRAISE = '(?! (?:the |such |so )?(?:best|perfect|right|nicest|funniest|coolest|greatest|good|great|amazing|lovely|sweetest|kindest|cutest|most beautiful)(?![a-z]))';

const FEEL_FOR: Record<string, string> = {
  ignore: 'ignored', ignores: 'ignored', listen: 'unheard', listens: 'unheard', forget: 'forgotten', forgets: 'forgotten',
  interrupt: 'cut off', help: 'alone with it', helps: 'alone with it', criticize: 'judged', criticise: 'judged',
  blame: 'blamed', blaming: 'blamed', care: 'uncared for', text: 'anxious', call: 'anxious', 'text back': 'anxious',
  dismiss: 'dismissed', judge: 'judged', yell: 'scared', shout: 'scared', mock: 'small', 'let me down': 'let down',
  apologize: 'hurt', 'say sorry': 'hurt', support: 'unsupported', 'back me up': 'unsupported', notice: 'invisible',
  appreciate: 'unappreciated', thank: 'unappreciated', ask: 'overlooked', include: 'left out',
};

function feeling(verb: string): string {
  const v = verb.toLowerCase().replace(/[^a-z ]/g, '');
  return FEEL_FOR[v] ?? FEEL_FOR[v.split(' ')[0]!] ?? 'hurt';
}


export const criticismRules: Rule[] = [
  {
    id: 'you-always-never',
    category: 'criticism',
    severity: 2,
    triggers: ['always', 'never', 'constantly', 'forever', 'time', 'again', 'usual', 'everything', 'keep', 'kept'],
    negatable: false,
    patterns: [
      p(`(?<span>you(?: really| just| literally| seriously)? (?:always|constantly|forever) (?<verb>${ALWAYS_BAD})${NOT_PRAISE}(?: [a-z0-9]+){0,8})`),
      p(`(?<span>you(?: really| just| literally| seriously)? never(?: ever| even| once)? (?<verb>${NEVER_BAD})(?: [a-z0-9]+){0,8})`),
      p('(?<span>you(?: really| just| literally| seriously)? never (?:once|even once|ever once|ever|even) (?<verb>asked|listened|helped|called|texted|checked|thanked|apologized|noticed|offered|said sorry|remembered|bothered|replied|showed up|came|supported|cared)(?: [a-z0-9]+){0,8})'),
      p(`(?<span>you (?<verb>${ALWAYS_BAD}|nag|complain)(?: me| at me| about everything)? (?:all the time|constantly|24 7|every single time|every time))`),
      p('(?<span>(?:youre|you are|here you go|there you go) (?:upset|mad|angry|crying|complaining|sulking|nagging|whining|moody) (?:again|as usual))'),
      p('(?<span>you (?:ruin|ruined|destroy|destroyed|mess up|screw up|spoil|spoiled) everything)'),
      p('(?<span>you (?:keep|kept|constantly|always) (?:making|doing|ignoring|forgetting|interrupting|lying|cancelling|canceling|bringing|putting|leaving|choosing|picking|blaming|criticising|criticizing|twisting|dismissing|breaking|letting me down|talking over|flaking|bailing|ditching|checking|snapping|yelling|shouting|nagging|moaning|complaining|judging)(?: [a-z0-9]+){0,6})'),
      p('(?<span>(?:why (?:are you|do you have to be)|youre|you are) (?:always|always so|forever) like (?:this|that))'),
      p('(?<span>(?:youre|you are) (?:literally |just |honestly )?(?:always|constantly|never) (?:so )?(?<verb>negative|critical|moody|judgmental|defensive|cold|difficult|happy|satisfied|grateful|pleased|content|supportive|honest|late|on your phone|busy|angry|mad|complaining|criticizing|nagging|yelling|rude|selfish|lazy|distracted|there for me|home|around|ready))(?: [a-z0-9]+){0,6}'),
    ],
    unless: [/(?<![a-z])(?:i love (?:that|it|how|this|you|that about you)|love that about|and i love|never change)(?![a-z])/],
    message:
      '"Always" and "never" turn one hurt into a verdict on who they are, and they will likely defend instead of listen. Naming the moment and your feeling is easier to hear.',
    reframes: [
      { label: 'Say how you felt', text: (m) => `I felt ${feeling(m.group('verb'))} when …` },
      { label: 'Ask for what you need', text: 'It would mean a lot to me if …' },
    ],
    examples: {
      flagged: ["you never once asked how my interview went", "you never even asked me", 'You always ignore me.', 'you never listen to me', 'I lied because you always freak out when I tell you things.', 'u always bail last minute', 'you never give me the benefit of the doubt', 'You never listen to a word I say.', "You're always late and you never apologize.", 'u never text back'],
      clean: ["I never once asked for help", 'You always make the best coffee.', 'You never fail to make me laugh.', 'You never have to apologise for asking.', 'He never calls his mom, it is sad.', 'bro you always pick the best spots', 'you never change and i love that about you'],
    },
  },
  {
    id: 'you-make-it-about-you',
    category: 'criticism',
    severity: 2,
    triggers: ['about', 'time'],
    patterns: [
      p('(?<span>you (?:always )?(?:make|made|turn|turned) (?:it|this|everything) (?:all )?about you(?:rself)?)'),
      p('(?<span>every (?:single )?time(?: [a-z0-9]+){0,4},? you (?:make|always|never|turn|bring|have to|start|get|do|say|ignore|blame|walk|forget|lie|leave|cancel|promise|flake|disappear|run)(?: [a-z0-9]+){0,6})'),
    ],
    message: 'This sums them up as someone who never changes, which is hard to hear without getting defensive. Talk about one moment and how it felt.',
    reframes: [
      { label: 'Say how you felt', text: 'I felt unheard when …' },
      { label: 'Ask', text: 'Can we make room for how I felt about this too?' },
    ],
    examples: {
      flagged: ['Every single time we talk you make it about you.', 'Honestly, you turned it all about you.', 'Every single time, you forget.'],
      clean: ['Every single time I hear this song I think of you.', 'Tell me about you.'],
    },
  },
  {
    id: 'character-label',
    category: 'criticism',
    severity: 3,
    triggers: [...triggerWords(TRAITS, WORST), 'terrible', 'awful', 'horrible', 'shit', 'crap', 'rubbish', 'lousy', 'bad', 'excuse', 'problem'],
    patterns: [
      p(`(?<span>(?:youre|you are|you were|youve been|you can be|you sound|you seem|you act|you get)${TRAIT_ADV} (?<trait>${alt(TRAITS)}))(?![a-z])(?! (?:day|weather|outside|out there|hands|feet|toes|in here))`),
      p(`(?<span>(?:youre|you are)(?: (?:honestly|literally|genuinely|actually|just|seriously|officially))? (?:the|a|an) (?:${alt(WORST)}|terrible|awful|horrible|shit|crap|rubbish|lousy|useless|bad|sorry excuse for a) ${ROLE})`),
      p(`(?<span>(?:youre|you are)(?: (?:honestly|literally|genuinely|actually|just|seriously))? the ${alt(WORST)}(?: ${ROLE}| ever)?)(?= ?(?:$|[.,!?;:\\n]| i | in | on | alive))`),
      p(`(?<span>(?:your|the) problem is (?:that )?(?:youre|you are|you)(?: [a-z]+){1,6})`),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:jacket|coat|blanket|duvet|heating|hoodie|freezing|fever|warm up)(?![a-z])/],
    message: 'A label like this is about who they are, not what happened, so it tends to start a fight rather than a repair. Describe the moment and your feeling instead.',
    reframes: [
      { label: 'Describe the moment', text: 'I felt hurt when …' },
      { label: 'Say what you need', text: 'I need you to …' },
    ],
    examples: {
      flagged: ["youre such a flake", "you're a shit listener", "you're such a terrible friend", "you're a crap boyfriend", "You're so selfish.", "You're so self-absorbed it's exhausting.", "you're such a liar", "You're impossible to talk to.", 'youre such a control freak', "you're so bloody selfish", 'you are honestly the laziest person I know', "you're a terrible friend", "your problem is you're too selfish to see it"],
      clean: ["she's a terrible listener, the teacher said", "You're so sweet.", "You're not alone in this.", "You're not wrong about that.", "you're the least selfish person I know", 'my boss is being so controlling about the rota', "you're so mean 😂 love you", "you're cold? grab my hoodie"],
    },
  },
  {
    id: 'you-dont-care',
    category: 'criticism',
    severity: 2,
    triggers: ['care', 'typical', 'mother', 'father', 'mom', 'dad', 'ever', 'can'],
    patterns: [
      p('(?<span>you (?:just |clearly |obviously |really )?(?:dont|do not|never) (?:care|give a)(?: about (?:me|us|anyone|anything|this))?)(?= ?(?:$|[.,!?;:\\n]| about me| at all| anymore| do you))'),
      p('(?<span>(?:so |how |thats so |this is so )?typical(?: of you| you)?)(?= ?(?:$|[.!?\\n]))'),
      p('^(?:oh |so |how |ugh |wow )?(?<span>typical (?:you|of you))(?=,? (?:always |never |again )?[a-z]+ing(?![a-z]))'),
      p('(?<span>(?:youre|you are) (?:just |exactly )?like your (?:mother|father|mom|dad|mum))'),
      p('(?<span>(?:why )?(?:cant|can not) you ever(?: [a-z0-9]+){1,6}|you (?:can|will) never (?:admit|change|just|take|say|own)(?: [a-z0-9]+){0,6})'),
    ],
    unless: [FRIENDLY],
    message: 'This judges who they are rather than what happened, which makes it hard to listen. Say what you felt and what you need.',
    reframes: [
      { label: 'Say how you felt', text: 'I felt alone when …' },
      { label: 'Say what you need', text: 'I need to know that …' },
    ],
    examples: {
      flagged: ["typical you, blowing everything up", "typical of you, always making it about you", "You just don't care about me.", 'Typical.', "You're just like your father.", "Why can't you ever admit you're wrong?"],
      clean: ["typical you, always bringing snacks \ud83d\ude02", "Don't worry, you don't care about football, I know.", "It's typical weather for April."],
    },
  },
  {
    id: 'kind-of-person',
    category: 'criticism',
    severity: 2,
    triggers: ['kind', 'type', 'sort'],
    patterns: [
      p('(?<span>(?:youre|you are|your) (?:the|just the|exactly the) (?:kind|type|sort) of (?:person|guy|girl|man|woman|people|partner) (?:who|that)(?: [a-z0-9]+){0,6} (?:only|never|always|cant|doesnt|wont|lies|cheats|ignores|uses|takes|blames|forgets|thinks only|runs|quits|gives up|cares only|leaves)(?: [a-z0-9]+){0,6})'),
    ],
    message: 'This puts them in a box, which tends to make people defend rather than listen. Name what happened and how it felt.',
    reframes: [{ label: 'Describe the moment', text: 'I felt hurt when …' }],
    examples: {
      flagged: ["You're the kind of person who only thinks about yourself."],
      clean: ["You're the kind of person who makes everyone feel welcome."],
    },
  },
  {
    id: 'whats-wrong-with-you',
    category: 'criticism',
    severity: 3,
    triggers: ['wrong'],
    patterns: [p('(?<span>(?:whats|what is|what the hell is|what the heck is|whats even|seriously whats) wrong with you)')],
    message: 'This questions who they are, not what happened. It is hard to hear without feeling attacked.',
    reframes: [
      { label: 'Say how you feel', text: "I'm really hurt by what happened" },
      { label: 'Ask', text: 'Can you help me understand what happened?' },
    ],
    examples: { flagged: ["What's wrong with you?", 'what is wrong with you'], clean: ["What's wrong? You seem quiet."] },
  },
];

export const CRITICISM_REGEXES: readonly RegExp[] = [/[^a-z ]/g];
