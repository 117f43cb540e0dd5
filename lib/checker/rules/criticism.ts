import { p, type Rule } from '../rule';
import { alt, FRIENDLY, TRAITS, triggerWords, WORST } from './lexicon';

/** FRIENDLY, except "I love you (and I'm sorry), but …", which cushions the verdict rather than softening it. */
const KIND = new RegExp(FRIENDLY.source.replace('love you|', 'love you(?![^.!?\\n]{0,40}(?<![a-z])but(?![a-z]))|'), FRIENDLY.flags);

/** Words between "you're" and the trait: "you're honestly just so …". */
const TRAIT_ADV =
  '(?: (?:just|really|so|literally|honestly|totally|completely|such|being|always|the most|such a|such an|bloody|fucking|freaking|effing|damn|damned|actually|genuinely|seriously|incredibly|unbelievably|sometimes|acting|kind of|kinda|pretty|too|very|quite|a bit|a little|a real|a total|an absolute|a complete|truly|basically|a|an|sounding|getting|becoming|acting so|being so)){0,3}';
/** "your" typed for "you're", only when a verdict word follows: "your so selfish", "your always late". */
const YOUR_AS_YOURE = 'your(?= (?:so|such|always|never|constantly|forever|literally|just|honestly|really|being|the|a|an|totally|completely|actually|too|very|genuinely|seriously|truly|bloody|fucking|freaking|damn) )';
/** Traits the shared list lacks, said of them: "you're so disorganised". */
const MORE_TRAITS = [
  'disorganised', 'disorganized', 'unorganised', 'unorganized', 'forgetful', 'scatterbrained', 'messy', 'unhelpful', 'unambitious',
  'irresponsible with money', 'hopeless with money', 'helpless', 'predictable', 'demanding', 'a nag', 'nag', 'high maintenance', 'high-maintenance', 'all talk',
  'closed off', 'emotionally closed off', 'emotionally distant', 'cold and distant', 'emotionally absent', 'emotionally checked out',
  'a (?:bad|terrible|awful|horrible|shit|crap|lousy|toxic) (?:influence|example|role model)',
];
/** "the least supportive person I know": a missing kindness; "the least selfish" is praise and is not listed. */
const LEAST = '(?:least (?:supportive|caring|reliable|thoughtful|helpful|patient|considerate|romantic|affectionate|empathetic|understanding|trustworthy|honest|responsible|generous|loving|attentive|mature|self[ -]aware|dependable|compassionate|involved|present))';
const ROLE = '(?:friend|partner|boyfriend|girlfriend|husband|wife|mum|mom|dad|father|mother|parent|sister|brother|son|daughter|person|human|human being|colleague|manager|boss|teammate|flatmate|roommate)';

/** Verbs that, after "you always / you never", describe a failing rather than a kindness. */
const ALWAYS_BAD =
  '(?:move the goal ?posts|blow (?:things|everything|it|stuff|this|that|every little thing) out of proportion|assume the worst|jump to (?:conclusions|the worst)|play the martyr|ignore|ignores|do this|do that|did this|forget|forgets|interrupt|complain|criticize|criticise|blame|blaming|make (?:everything|it|this) about|have to|ruin|mess|lie|lying|take|turn|twist|overreact|freak out|freak|exaggerate|nag|yell|shout|bring up|act like|put|leave|choose|pick|find|get (?:mad|angry|defensive)|start|cancel|say that|think you|assume|embarrass|judge|play the victim|walk away|run away|hide|flirt|check|make me feel|talk over|dismiss|give up|let me down|disappoint|push|pressure|mock|do whatever|come first|want|expect|need to be right|cut me off|shut me out|shut down|side with|choose your|put me last|leave me|bail|flake|ditch|disappear|show up late)';
const NEVER_BAD =
  '(?:pull your (?:own )?weight|fix (?:anything|a thing|a single thing|it|them|the problem|the issue|my [a-z]+)|finish (?:anything|what you start|a single thing)|hear|take (?:feedback|criticism|no|anything|constructive criticism) well|listen|listens|help|helps|apologize|text back|text|call|calls|care|think|ask|asks|remember|show up|do anything|do what|support|say sorry|admit|take responsibility|have time|make time|notice|thank|understand|try|change|clean|pay|keep your|follow through|own up|take ownership|give me|tell me|want to|appreciate|consider|back me up|initiate|plan|compliment|open up|let me(?! down)|answer|reply|respond|pick up|come|put me first|make an effort|see my side|hear me|take me|include me|stand up for me|take (?:anything|me|this|us|it|my feelings) seriously)';

/** "you always pick the best places" is praise, not a pattern of failing. */
const NOT_PRAISE = '(?! (?:up the slack|up after)(?![a-z]))(?! (?:the |such |so )?(?:best|perfect|right|nicest|funniest|coolest|greatest|good|great|amazing|lovely|sweetest|kindest|cutest|most beautiful)(?![a-z]))';

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


/** After "you always": kindnesses and plain facts, not failings. */
const ALWAYS_KIND =
  '(?:i|im|we|he|she|they|it|you|know|make me (?:laugh|smile|happy|feel (?:better|good|safe|loved|special))|look|smell|manage|find (?:a way|the)|help|support|listen|remember|pick the best|have the best|cheer|say the (?:right|nicest|best|sweetest)|bring|get me|give the best|give me|were|was|been|will|do (?:such|so|the best|great|amazing)|come through|show up for|take care|look after|there for|save|win|beat|got my back|have my back|put a smile|brighten|surprise|think of|seem to know|tell the best|cook the best|make the best|pick up the phone|used to|told me|said|say|wear|order|call me|called me|got me|get me|have me|keep me|make (?:it|things|everything|my day|me)|go above|go out of your way|treat me|find time|make time|ask (?:the best|such|great|good)|wanted|dreamed|dreamt|said you wanted|loved|liked|love|like)';
/** After "you never": failings they avoid ("you never complain"), idioms and plain facts. */
const NEVER_KIND =
  '(?:i|im|we|he|she|they|it|you|used to|know|fail|cease|stop (?:amazing|surprising|making)|let me down|disappoint|complain|moan|judge|criticize|criticise|yell|shout|lie|cheat|give up|quit|gave up|hurt|had to|have to|need to|needed to|got to|did anything wrong|do anything wrong|have anything|want to|wanted to|miss|forget|lose|lost|age|looked|look|seemed|seem|sounded|stopped|said it was|asked for|told me you|mentioned|been|were|was|will|would|met|saw|cease|get old|get tired|run out|make me feel (?:bad|small|stupid|judged)|go wrong|disappoint)';
/** After "once again you": what they did well ("once again you saved the day") is no failing. */
const AGAIN_KIND =
  '(?:i|im|we|he|she|they|it|you|youre|are|were|have|had|saved|save|nailed|made|make|came|come|amazed|amaze|outdid|helped|help|did|killed|smashed|crushed|surprised|remembered|remember|brought|bring|thought|think|delivered|managed|pulled|looked|look|cooked|baked|won|win|beat|got|get|know|knew|said|say|rock|rocked|impressed|impress|proved|showed up for|went above|go above|kept|keep|thank)';
/** After "you're always": doings that are kindnesses ("you're always helping out"), not failings. */
const ALWAYS_ING_KIND =
  '(?:helping|making (?:me|us|everyone|people|things|it|time)|looking (?:out|after|so|great|good|amazing|lovely)|thinking (?:of|about) (?:me|us|others|everyone|other people)|cooking|baking|smiling|laughing|singing|dancing|reading|learning|growing|giving|caring|supporting|cheering|saving|encouraging|inspiring|surprising|teaching|sharing|offering|checking (?:in|on)|going (?:above|the extra|out of your way)|getting (?:me|us|the|things|stuff|gifts|it right)|doing (?:so|such|great|amazing|the best|your best|something nice|things for|nice things|the right)|bringing|finding|creating|fixing|buying|listening|remembering|planning|organi[sz]ing|glowing|winning|training|studying|practi[cs]ing|exercising|volunteering|taking care|rooting|being (?:so )?(?:kind|nice|sweet|generous|thoughtful|supportive|patient|there|honest|fair|lovely|brave|strong|positive|funny|helpful)|welcoming|running (?:around )?after|working (?:so )?hard|trying (?:your|so|really) (?:best|hard))';
/** "do you always …?" asks; "why do you always …" still judges. */
const NOT_ASKED = '(?<!(?<!why )(?:do|did|does|have|had|would|will|can|could|should|if|whether|talk to) )';
/** Praise or regret next to the words: "you always notice, and I'm glad". */
const PRAISE_NEAR =
  /(?<![a-z])(?:thank you|thanks|grateful|appreciate|glad|love (?:that|it|how|this|you)|amazing|proud|lucky|how do you do it|nice|kind|sweet|cute|beautiful|gorgeous|perfect|great|fun|funny|happy|lovely|awesome|brilliant|wonderful|fantastic|incredible|good at|so well|so fast|so quick|smile|laugh|cheers|hero|star|angel|favourite|favorite|so sweet|so kind|the best|best ever|legend|(?:wrong|unfair|mean|not fair) (?:of me )?to (?:say|claim|tell)|shouldnt have said|take (?:it|that) back)(?![a-z])/;

export const criticismRules: Rule[] = [
  {
    id: 'you-always-never',
    category: 'criticism',
    severity: 2,
    triggers: ['always', 'never', 'constantly', 'forever', 'time', 'again', 'usual', 'everything', 'keep', 'kept', 'think', 'incapable', 'even', 'learn', 'grow'],
    negatable: false,
    patterns: [
      p(`(?<span>you(?: people| guys| lot)?(?: really| just| literally| seriously)? (?:always|constantly|forever) (?<verb>${ALWAYS_BAD})${NOT_PRAISE}(?: [a-z0-9]+){0,8})`),
      p(`(?<span>you(?: people| guys| lot)?(?: really| just| literally| seriously)? never(?: ever| even| once)? (?<verb>${NEVER_BAD})(?: [a-z0-9]+){0,8})`),
      p(`(?<span>(?:you (?:always|constantly|forever) (?:have|got|come up with|find)|there (?:is|s) always|theres always) (?:a|an|some|another|one more|yet another) (?:new )?(?<verb>excuse|reason|project|deadline|meeting|work thing|problem|crisis|emergency|drama)s?(?: [a-z0-9]+){0,6})`),
      p('(?<span>(?:there is|theres|there s) always (?:something|some drama|some problem|some excuse|a problem|an excuse|drama|a drama)(?: [a-z]+)? with you)(?![a-z])'),
      p(`(?<span>(?:youre|you are) (?:literally |just |honestly )?(?:always|constantly|forever) (?:on (?:your|youre|that|the)(?: (?:stupid|damn|bloody|fucking|freaking|effing))? (?:phone|laptop|computer|xbox|playstation|switch|ipad)|glued to (?:your|that|the) [a-z]+|(?:watching|gaming|scrolling|texting|drinking|partying)(?: [a-z]+){0,3}|playing (?:games|video games|on|xbox|fortnite|cod)(?: [a-z]+){0,2}|working late|at work|at the pub|out with (?:your|the) [a-z]+|too busy(?: for me)?|too tired(?: for me)?))`),
      p('(?<span>(?:youre|you are) (?:always|forever|constantly) (?:(?:the|such a|such the) (?:victim|martyr|injured party|one who suffers)|playing (?:the )?(?:victim|martyr)(?: card)?|so quick to (?:assume|judge|blame|criticise|criticize|point|jump|think)(?: [a-z]+){0,4})|you (?:always )?think (?:that )?(?:youre|you are) (?:always right|never wrong|better than (?:everyone|everybody|me|us|the rest of us)|so (?:smart|clever|special|perfect|superior)|perfect|above (?:it all|everyone)))(?![a-z])'),
      p('(?<span>(?:youre|you are) (?:completely |literally |just |totally )?incapable of(?: [a-z]+){1,4})'),
      p(`(?<span>(?:youll|you will|you are going to|youre going to) (?:never|always) (?:move on|change|grow up|learn|get it|be happy|be satisfied|be stuck|be the same|be like (?:this|that)|be this way)(?: [a-z0-9]+){0,4})`),
      p('(?<span>(?:you|youve|you have)(?: really| just| literally| seriously)? never (?:once|even once|ever once|ever|even) (?<verb>asked|listened|helped|called|texted|checked|thanked|apologized|noticed|offered|said sorry|said thank you|said thanks|thanked me|remembered|bothered|replied|showed up|came|supported|cared|planned|organized|organised|surprised|bought|cooked|cleaned|paid|taken|took|made|initiated|stood up for me|backed me up|admitted|owned|put me first|put us first|put (?:me|us|the kids|your family) (?:first|before)|chose me|chosen me|picked me|defended me|sided with me|taken my side|took my side)(?: [a-z0-9]+){0,8})'),
      p('(?<span>you (?:dont|do not|didnt|did not|wont|will not) even (?<verb>try|care|bother|listen|notice|ask|apologize|say sorry|look at me|help|pretend|text back|call|remember|thank me|say thanks|say thank you|check on me|check in))(?![a-z])'),
      p('(?<span>when (?:will|are) (?:you|u) (?:ever )?(?:going to |gonna )?(?:learn|grow up))(?= ?(?:$|{END}|[.,!?]))'),
      p('(?<span>(?:why )?do i (?:always )?have to do (?:everything|every single thing|it all)(?: (?:around here|in this house|myself|for (?:you|us|this family)))?)(?= ?(?:$|\\?|[.!]))'),
      p('(?<span>why (?:is it|am i|does it) always (?:me|have to be me|the one)(?: who| that)? (?:(?:has to|have to)(?! (?:apologize|say sorry|be sorry))|doing|cleaning|fixing|paying|planning|reaching out|texting first|making|cooking|organizing|organising)(?: [a-z]+){0,4})(?![a-z])'),
      p(`(?<span>you (?<verb>${ALWAYS_BAD}|nag|complain)(?: me| at me| about everything)? (?:all the time|constantly|24 7|every single time|every time))`),
      p('(?<span>(?:youre|you are|here you go|there you go) (?:upset|mad|angry|crying|complaining|sulking|nagging|whining|moody) (?:again|as usual))'),
      p('(?<span>you (?:ruin|ruined|destroy|destroyed|mess up|screw up|spoil|spoiled) everything)'),
      p('(?<span>you (?:keep|kept|constantly|always) (?:making|doing|ignoring|forgetting|interrupting|lying|cancelling|canceling|bringing(?! (?:it|this|that|up|the past))|putting|leaving|choosing|picking|blaming|criticising|criticizing|twisting|dismissing|breaking|letting me down|talking over|flaking|bailing|ditching|checking|snapping|yelling|shouting|nagging|moaning|complaining|judging)(?: [a-z0-9]+){0,6})'),
      p('(?<span>(?:why (?:are you|do you have to be)|youre|you are) (?:always|always so|forever) like (?:this|that))'),
      p(`(?<span>(?:youre|you are|${YOUR_AS_YOURE}) (?:literally |just |honestly )?(?:always|constantly) (?:so )?(?<verb>touchy|negative|critical|moody|judgmental|defensive|cold|difficult|late|on your phone|busy|angry|mad|complaining|criticizing|nagging|yelling|rude|selfish|lazy|distracted))(?: [a-z0-9]+){0,6}`),
      // After "never" the list turns over: "you're never happy", "never on time".
      p(`(?<span>(?:youre|you are|${YOUR_AS_YOURE}) (?:literally |just |honestly )?never (?:so )?(?<verb>happy|satisfied|grateful|pleased|content|supportive|honest|there for me|home|around|ready|on time))(?: [a-z0-9]+){0,6}`),
    ],
    // "I was wrong to say you never help" takes the verdict back.
    unless: [KIND, /(?<![a-z])(?:i love (?:that|it|how|this|you(?!,? but)|that about you)|love that about|and i love|proud|(?:wrong|unfair|not fair|out of line|mean) (?:of me )?to (?:say|claim|call|tell you))(?![a-z])/],
    message:
      '"Always" and "never" turn one hurt into a verdict on who they are, and they will likely defend instead of listen. Naming the moment and your feeling is easier to hear.',
    reframes: [
      { label: 'Say how you felt', text: (m) => `I felt ${feeling(m.group('verb'))} when …` },
      { label: 'Ask for what you need', text: 'It would mean a lot to me if …' },
    ],
    examples: {
      flagged: ['your always on your phone', 'youre never on time', 'your never home', 'you didnt even remember our anniversary', 'when will you ever learn', 'do i have to do everything around here?', 'Dad, I love you, but you always make everything about you.', "you never once asked how my interview went", "you never even asked me", 'You always ignore me.', 'you never listen to me', 'you people never fix anything', 'I lied because you always freak out when I tell you things.', 'u always bail last minute', 'you never give me the benefit of the doubt', 'You never listen to a word I say.', "You're always late and you never apologize.", 'u never text back', "there's always something with you", "you're always on that stupid phone", "You're always watching TV!", 'ur always on ur phone', 'you always have an excuse', 'There is always some new crisis with you', "you'll never change", "you'll always be stuck in this", "you're always the victim", "you think you're always right", 'you think ur better than everyone', 'you never take anything seriously', "you never own up to anything", "you don't even try", "you've never once said sorry", 'in 5 years you have never once planned a date', 'why is it always me who has to fix everything', "you're incapable of being on time"],
      clean: ["you're always there for me", 'your always welcome here', 'i didnt even remember it was friday', 'when will you learn the results? fingers crossed', 'do i have to do everything on the form or just page one?', "I never once asked for help", 'You always make the best coffee.', 'You never fail to make me laugh.', 'You never have to apologise for asking.', 'He never calls his mom, it is sad.', 'bro you always pick the best spots', 'there is always a spare key with you, right?', 'you never change and i love that about you', 'you never let me down mate, cheers for today', 'you always forget your umbrella haha here take mine', "you're always working so hard, I'm proud of you", "you'll always be my best friend", 'you always have a plan, which I like', "you think you're always right haha and you usually are", 'you think you are better than you are at pool, admit it 😂', "don't even try to pay, it's my treat", 'why is it always me who gets the window seat, lucky', 'why am I always the one who has to apologise'],
    },
  },
  {
    id: 'you-make-it-about-you',
    category: 'criticism',
    severity: 2,
    triggers: ['about', 'time'],
    unless: [KIND, /(?<![a-z])(?:birthday|bday|wedding|your day|special day|graduation)(?![a-z])/],
    patterns: [
      p('(?<span>you (?:always )?(?:make|made|turn|turned) (?:it|this|everything) (?:all )?about you(?:rself)?)'),
      p('(?<span>(?:everything|it|this|things)(?: is|s| has to be| always has to be)? (?:always|always all|only ever|always only|all ever|never not) about you(?:rself)?)(?![a-z])(?! (?:and|too|as well))'),
      p('(?<span>not everything (?:is|has to be) (?:always )?about you(?:rself)?)(?![a-z])'),
      p('(?:^not |(?:youre|you are|stop|quit|there you go|here you go|here you are|and youre|again) )(?<span>(?:you )?(?:making|turning) (?:this|it|everything|that|my [a-z]+) (?:all )?about you(?:rself)?)(?![a-z])'),
      p('(?<span>every (?:single )?time(?: [a-z0-9]+){0,4},? you (?:make|always|never|turn|bring|have to|start|get|do|say|ignore|blame|walk|forget|lie|leave|cancel|promise|flake|disappear|run)(?: [a-z0-9]+){0,6})'),
    ],
    message: 'This sums them up as someone who never changes, which is hard to hear without getting defensive. Talk about one moment and how it felt.',
    reframes: [
      { label: 'Say how you felt', text: 'I felt unheard when …' },
      { label: 'Ask', text: 'Can we make room for how I felt about this too?' },
    ],
    examples: {
      flagged: ['everything is always about you', 'not u making this about u again 💀', "it's always about you isn't it", 'Every single time we talk you make it about you.', 'Honestly, you turned it all about you.', 'Every single time, you forget.'],
      clean: ["it's always about you on your birthday, enjoy!", 'this song is all about you and me', 'Every single time I hear this song I think of you.', 'Tell me about you.'],
    },
  },
  {
    id: 'character-label',
    category: 'criticism',
    severity: 3,
    triggers: [...triggerWords(TRAITS, WORST, MORE_TRAITS), 'terrible', 'awful', 'horrible', 'shit', 'crap', 'rubbish', 'lousy', 'bad', 'excuse', 'problem', 'influence', 'example', 'model', 'toxic'],
    patterns: [
      p(`(?<span>(?:youre|you are|you were|youve been|you can be|you sound|you seem|you act|you get|why (?:are|r|were) (?:you|u)(?: being)?(?= so )|${YOUR_AS_YOURE})${TRAIT_ADV} (?<trait>${alt([...TRAITS, ...MORE_TRAITS])}))(?![a-z])(?! (?:day|weather|outside|out there|hands|feet|toes|in here))`),
      p(`(?<span>(?:if you (?:werent|wasnt|were not|was not)|(?:fault|because|thanks) for being|(?:stop|quit) being|(?:you|u) (?:could not|couldnt|cant|can not) (?:be|get|act) (?:any )?more|(?:could|can) (?:you|u) (?:possibly |even )?(?:be|get|act|sound) (?:any )?more) (?:so |such |this |that |as )?(?:a |an )?(?<trait>${alt(TRAITS)}))(?![a-z])`),
      p(`(?<span>(?:youre|you are)(?: (?:honestly|literally|genuinely|actually|just|seriously|officially))? (?:the|a|an) (?:${alt(WORST)}|terrible|awful|horrible|shit|crap|rubbish|lousy|useless|bad|sorry excuse for a) ${ROLE})`),
      p(`(?<span>(?:your|youre|the) problem is (?:that )?(?:youre|you are|your|you)(?: [a-z]+){1,6})`),
    ],
    unless: [KIND, /(?<![a-z])(?:jacket|coat|blanket|duvet|heating|hoodie|freezing|fever|warm up)(?![a-z])/],
    message: 'A label like this is about who they are, not what happened, so it tends to start a fight rather than a repair. Describe the moment and your feeling instead.',
    reframes: [
      { label: 'Describe the moment', text: 'I felt hurt when …' },
      { label: 'Say what you need', text: 'I need you to …' },
    ],
    examples: {
      flagged: ['Why are you so forgetful?', "You're so predictable.", 'could you be any more selfish', 'your so selfish its unreal', 'youre so damn selfish', 'you are so disorganised', 'If you weren\'t so stubborn, I wouldn\'t have to act this way.', 'This is all your fault for being so needy', 'You could not be more thoughtless if you tried.', 'stop being so selfish', "youre such a flake", "you're a shit listener", "you're such a terrible friend", "you're a crap boyfriend", "You're so selfish.", "You're so self-absorbed it's exhausting.", "you're such a liar", "You're impossible to talk to.", 'youre such a control freak', "you're so bloody selfish", "you're a terrible friend", "your problem is you're too selfish to see it"],
      clean: ['why are you so cold? grab my hoodie', 'why are you so kind to me', 'could you be any more kind, honestly thank you', 'your so kind, thank you', 'your such a star for doing this', "she's a terrible listener, the teacher said", "You're so sweet.", "You're not alone in this.", "You're not wrong about that.", "you're the least selfish person I know", 'my boss is being so controlling about the rota', "you're so mean 😂 love you", "you're cold? grab my hoodie", "if you weren't so tired we could go out", 'thanks for being so patient with me'],
    },
  },
  {
    id: 'you-dont-care',
    category: 'criticism',
    severity: 2,
    triggers: ['care', 'typical', 'classic', 'just', 'mother', 'father', 'mom', 'dad', 'ever', 'can', 'give', 'think', 'listen', 'treat', 'talk', 'speak'],
    patterns: [
      p('(?<span>you (?:just |clearly |obviously |really )?(?:dont|do not|never) (?:care|give a)(?: about (?:me|us|anyone|anything|this))?)(?= ?(?:$|{END}|[.,!?;:\\n]| about me| at all| anymore| do you))'),
      p('(?<span>(?:so |how |thats so |this is so )?typical(?: of you| you)?)(?= ?(?:$|[.!?\\n]))'),
      p('^(?:oh |so |how |ugh |wow |just )?(?<span>(?:typical|classic) (?:you|of you))(?=,? (?:always |never |again )?[a-z]+ing(?![a-z]))'),
      p('^(?:oh |so |how |ugh |wow |just |classic |thats )?(?<span>(?:typical|classic) (?:you|of you))(?=,? (?:always|never|only|as usual|again|every time|once again|yet again)(?![a-z]))'),
      p('(?<span>(?:dont|do not) you (?:even |ever |actually )?care(?: about (?:me|us|this|anyone|anything|how i feel|my feelings|what i think|what i want))?(?: at all| even a little)?){END}'),
      p('(?<span>do you (?:even |ever |actually |really )?care(?: about (?:me|us|anyone|how i feel|my feelings|what i think|what i want|this (?:family|relationship)))?(?: at all| even a little| anymore)?)(?= ?(?:$|\\?|[.!]))'),
      p('(?<span>you (?:just |clearly |obviously |really |honestly )?(?:couldnt|could not) care less(?: about (?:me|us|anyone|how i feel|my feelings|what i think|what i want|this (?:family|relationship)|the kids))?|you (?:just |clearly |obviously |really )?(?:dont|do not|never) give a (?:damn|shit|toss|crap|fuck|single thought|rats (?:arse|ass)) about (?:me|us|anyone|how i feel|my feelings|what i think|what i want|this (?:family|relationship)|the kids))(?![a-z])'),
      p('(?<span>you (?:just |simply |really |clearly |obviously )?(?:dont|do not|never) (?:think|care) about (?:me|us|anyone|anybody|others|other people|the kids|my feelings|how i feel))(?= ?(?:$|[.!]|,? do you(?![a-z])| at all| ever(?![a-z])| anymore))'),
      p('(?<!if )(?<span>you (?:just |simply |really |clearly |obviously )?(?:dont|do not) (?:think|listen))(?= ?(?:$|[.!]|,? do you(?![a-z])| at all| ever(?![a-z])|,? (?:like )?(?:you|u) (?:just|only)(?![a-z])))'),
      p('(?<span>how (?:can|could|dare) you (?:treat|talk to|speak to) me (?:like (?:this|that)|this way|that way))(?![a-z])'),
      p('(?<span>(?:youre|you are) (?:just |exactly )?like your (?:mother|father|mom|dad|mum))'),
      p('(?<span>can you ever just(?: [a-z0-9]+){1,6})'),
      p('(?<span>(?:why )?(?:cant|can not) you ever(?: [a-z0-9]+){1,6}|you (?:can|will) never (?:admit|change|just|take|say|own)(?: [a-z0-9]+){0,6})'),
    ],
    unless: [KIND],
    message: 'This judges who they are rather than what happened, which makes it hard to listen. Say what you felt and what you need.',
    reframes: [
      { label: 'Say how you felt', text: 'I felt alone when …' },
      { label: 'Say what you need', text: 'I need to know that …' },
    ],
    examples: {
      flagged: ['You just dont think about me.', 'do you even care about me at all', "You couldn't care less about me.", 'you dont give a damn about me', 'you just dont think, do you', 'How can you treat me like this?', 'typical you, always late always an excuse', 'typical you, only thinking about yourself as usual', "classic you, never there when it counts", "Don't you care about me at all?", 'dont u even care', "typical you, blowing everything up", "typical of you, always making it about you", "You just don't care about me.", 'Typical.', "You're just like your father.", "Why can't you ever admit you're wrong?"],
      clean: ['do you even like sushi? we can go elsewhere', 'i couldnt care less about the match, lets go out', 'how can you stay so calm under pressure, teach me', "typical you, always bringing snacks \ud83d\ude02", 'classic you, always thinking of everyone else first \u2764\ufe0f', "Don't you care about the weather? bring a coat", 'a classic of you and your sister, we still laugh about it', "Don't worry, you don't care about football, I know.", "It's typical weather for April."],
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
    triggers: ['wrong', 'problem', 'deal', 'issue'],
    patterns: [
      p('(?<span>(?:whats|what is|what the hell is|what the heck is|whats even|seriously whats) wrong with you)'),
      p('(?<span>(?:whats|what is|what the hell is|what the heck is|whats even|seriously whats|what the fuck is) (?:your|youre) (?:problem|deal|issue)(?: with me)?){END}'),
    ],
    message: 'This questions who they are, not what happened. It is hard to hear without feeling attacked.',
    reframes: [
      { label: 'Say how you feel', text: "I'm really hurt by what happened" },
      { label: 'Ask', text: 'Can you help me understand what happened?' },
    ],
    examples: { flagged: ["What's wrong with you?", 'what is wrong with you', 'what is your problem', "what's your deal?"], clean: ["What's wrong? You seem quiet.", "what's your problem with the plan, is it the cost?", 'whats the deal with parking there?'] },
  },

  {
    id: 'worst-verdict',
    category: 'criticism',
    severity: 3,
    triggers: [...triggerWords(WORST), 'least'],
    patterns: [
      p(`(?<span>(?:youre|you are)(?: (?:honestly|literally|genuinely|actually|just|seriously|officially))? the (?:${alt(WORST)}|${LEAST})(?: ${ROLE}| ever| at (?:keeping (?:promises|your word|secrets|in touch)|listening|remembering (?:anything|things|stuff|dates)|texting back|replying|communicating|apologi[sz]ing|showing up|following through|being on time|saying sorry|admitting (?:it|anything|when youre wrong)|helping|planning|anything|everything))?)(?= ?(?:$|{END}|[.,!?;:\\n]| i | in | on | alive))`),
    ],
    // "lmao you're the worst" between friends is a hug, not a verdict.
    unless: [KIND, /(?<![a-z])(?:lol|lmao|lmfao|rofl|lolol)(?![a-z])|\uD83D\uDE2D/],
    message: 'A verdict like this is about who they are, not what happened, so it tends to start a fight rather than a repair. Describe the moment and your feeling instead.',
    reframes: [
      { label: 'Describe the moment', text: 'I felt hurt when …' },
      { label: 'Say what you need', text: 'I need you to …' },
    ],
    examples: {
      flagged: ['ur honestly the worst at keeping promises', "you're the worst", 'you are honestly the worst', "You're the most selfish person I know."],
      clean: ["lmao you're the worst, see u tmrw", "you're the worst 😂 ok fine I'll come", "you're the least selfish person I know"],
    },
  },
  {
    id: 'only-about-yourself',
    category: 'criticism',
    severity: 2,
    triggers: ['only', 'all', 'but', 'except', 'besides', 'thinking', 'full', 'obsessed', 'talk', 'talked'],
    patterns: [
      p('(?<span>you(?: literally| honestly| really| clearly| seriously)? (?:only|only ever|ever only|just|only really) (?:care|cared|think|thought|talk|talked|worry|worried) (?:about|of) (?:yourself|your self|urself|you|number one|your own [a-z]+))(?![a-z])'),
      p('(?<span>all you (?:ever )?(?:care|cared|think|thought|worry|worried) about is (?:yourself|your self|urself|you|your own [a-z]+|number one))(?![a-z])'),
      // Self-image or gain named as the one thing they care for: "you only care about looking good".
      p('(?<span>(?:you|u)(?: literally| honestly| really| clearly| obviously)? (?:only|only ever|just) (?:care|cared) about (?:looking good|appearances|(?:your|ur) (?:image|reputation|career|ego|pride|status|looks|followers|money|stats|rank|kd)|money|winning|being right|(?:what|how) (?:people|others|everyone|it) (?:think|thinks|see|sees|looks?)|how (?:you|u) look))(?![a-z])'),
      p('(?<span>all (?:you|u) (?:ever )?(?:care|cared) about is (?:looking good|appearances|(?:your|ur) (?:image|reputation|career|ego|pride|status|looks|followers|money|stats|rank)|money|winning|being right|(?:what|how) (?:people|others|everyone) (?:think|thinks|see|sees)))(?![a-z])'),
      p('(?<span>(?:care|cared|caring|think|thought|thinking|worry|worried|worrying|give a (?:damn|shit|toss|crap|fuck|single thought)) (?:about|of|for) (?:no one|nobody|anyone|anybody|anything) (?:but|except|other than|apart from|besides) (?:yourself|your self|urself|you))(?![a-z])'),
      p('(?<span>(?:always|only|just|again|as usual),? (?:thinking|caring|worried|worrying) (?:about|of) (?:yourself|number one))(?![a-z])'),
      p('(?<span>you (?:only|only ever|just|ever only) (?:call|text|message|ring|reach out|talk to me|come (?:round|over|home)|show up|remember me|want me|visit) when you (?:need|want) (?:something|money|cash|a favou?r|sex|help|a lift|a ride|me to [a-z]+))(?![a-z])'),
      p('(?<span>(?:youre|you are|your) (?:so |such |totally |completely |literally )?(?:full of|obsessed with|in love with) (?:yourself|your self|urself))(?![a-z])'),
    ],
    negatable: false,
    unless: [KIND, /(?<![a-z])(?:should|need to|have to|deserve to|allowed to|okay to|ok to|fine to|permission|self care|for once|normal|its ok|thats ok|its okay|thats okay)(?![a-z])/],
    message: 'Saying they only care about themselves judges their whole heart, so they will likely defend rather than hear you. Tell them the moment you felt left out.',
    reframes: [
      { label: 'Say how you felt', text: 'I felt left out when …' },
      { label: 'Ask for what you need', text: 'I need to feel that I matter to you too' },
    ],
    examples: {
      flagged: ['you only care about looking good in front of the judge', 'all u care about is ur stats', 'you only care about yourself', 'u only ever think about urself', 'All you care about is yourself.', "You don't care about anyone but yourself", 'u dont give a damn about anyone but urself', 'always thinking about yourself, as usual', 'you only ever call when you need something', "you're so full of yourself"],
      clean: ['you only think about winning when you play, that is why you are good', 'you only have to think about yourself today, rest', 'you should think about yourself more', 'All you need to care about is getting better.', 'she only cares about herself, honestly', 'you only call when you need a lift lol love you', 'my cup is full of tea'],
    },
  },
  {
    id: 'what-kind-of-person',
    category: 'criticism',
    severity: 2,
    triggers: ['kind', 'sort', 'type', 'who'],
    patterns: [
      p('(?<span>what (?:kind|sort|type) of (?:a )?(?:person|man|woman|guy|girl|friend|partner|mother|mum|mom|father|dad|husband|wife|boyfriend|girlfriend|human(?: being)?|monster|parent) (?:does|do|says|treats|leaves|forgets|lies|cheats|acts|behaves|ignores|talks|speaks|thinks|(?:would|can|could|just|even)(?: even| just| ever| actually)? (?:do|say|treat|leave|lie|cheat|forget|act|behave|ignore|abandon|hurt|talk|speak|think|walk|break|cancel|miss|laugh|ghost|be so))(?! you)(?: [a-z0-9]+){0,5})'),
      p('(?<span>what (?:kind|sort|type) of (?:a )?(?:person|man|woman|friend|partner|mother|father|husband|wife|boyfriend|girlfriend|human being|monster|parent) (?:are you|even are you|is that))(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('(?<span>who (?:even |actually |honestly )?(?:does|says|treats someone like) (?:that|this|something like that))(?= ?(?:$|{TAG}|[.!?\\n]))'),
    ],
    unless: [KIND, /(?<![a-z])(?:looking for|want in|want as|like in|into|dating profile|hire|hiring|applicant|candidate)(?![a-z])/],
    message: 'This questions what kind of person they are, which is very hard to hear without feeling attacked. Name what they did and how it landed for you.',
    reframes: [
      { label: 'Describe the moment', text: 'I was really hurt when …' },
      { label: 'Ask', text: 'Can you help me understand why you did that?' },
    ],
    examples: {
      flagged: ['what kind of person does that', 'What sort of mother forgets her own kid?', 'what kind of person are you?', 'Who even does that?'],
      clean: ['what kind of person would you want as a flatmate?', 'what kind of person are you looking for on there?', 'what sort of dog would suit a small flat', 'what kind of person would enjoy this book, do you think?'],
    },
  },
  {
    id: 'nothing-right-verdict',
    category: 'criticism',
    severity: 3,
    triggers: ['without', 'right', 'properly', 'remember', 'finish', 'track', 'handle', 'manage', 'organize', 'organise', 'even'],
    patterns: [
      p('(?<span>you (?:never|cant|cannot|can not|never can|can never|couldnt|could never|cant ever|cant even|never ever|dont ever|never once)(?: just| even| ever| manage to)? (?:do|get|say) (?:anything|one (?:single |simple )?thing|a single thing|one simple thing|nothing|a thing|one thing) (?:right|properly))'),
      p('(?<span>(?:cant|can not|cannot) you (?:just |ever |even )?(?:do|get) (?:anything|one (?:single |simple )?thing|a single thing|one simple thing) (?:right|properly))'),
      p('(?<span>you (?:cant|can not|cannot|never|dont|do not) (?:even )?do (?:anything|one (?:single )?thing|a single thing) without (?:me|being (?:told|asked|reminded|nagged)|a reminder)(?: [a-z]+){0,2})(?![a-z])'),
      p('(?<span>(?:cant|can not|cannot) you (?:just |ever |even )?(?:remember|finish|keep track of|handle|manage|organi[sz]e|follow through on) (?:anything|a single thing|one (?:single |simple )?thing))(?= ?(?:$|{END}|[.,!?]))'),
      // The smallest task held up as beyond them: "you can't even manage a simple pickup schedule".
      p('(?<span>(?:you|u) (?:cant|can not|cannot|couldnt|could not) even (?:manage|handle|remember|follow|keep|organi[sz]e|plan|stick to|sort out|fill in|answer) (?:a |an |one |the |your |my )?(?:simple|basic|single|little|easy|tiny|one|bloody|damn) [a-z]+(?: [a-z]+)?)(?![a-z])'),
    ],
    unless: [KIND],
    message: 'Saying they get nothing right is a verdict on them, not on what happened, so they will likely shut down. Name the one thing that went wrong.',
    reframes: [
      { label: 'Name the one thing', text: "I'm frustrated that …" },
      { label: 'Ask for what you need', text: 'Could you please …' },
    ],
    examples: {
      flagged: ["you can't even manage a simple pickup schedule", 'u cant even answer a basic question', 'you cant do one thing without me reminding you', 'You suck at this, you never can just do one thing right', "can't you do anything right?", 'u cant do anything right', 'you never get a single thing right'],
      clean: ["you can't even see the scratch on the door now", "you can't even get a simple table there without booking, it's so busy", 'i cant do one thing without my cat sitting on the keyboard', "you can't get everything right, go easy on yourself", 'you did one thing right, you called me', "can you get one thing right for me: the milk"],
    },
  },
  {
    id: 'why-i-dont-tell-you',
    category: 'criticism',
    severity: 2,
    triggers: ['why', 'reason'],
    patterns: [
      p('(?<span>(?:this is|thats|that is|and thats|which is|its) (?:exactly |precisely )?(?:why|the reason) i (?:dont|do not|never|cant|can not|cannot|stopped|wont|will not|can never|shouldnt|should never|dont even) (?:tell|telling|talk to|talking to|ask|asking|trust|trusting|come to|coming to|share (?:anything|things|stuff|this) with|open up to|opening up to|confide in|rely on|count on|depend on|bother telling|bother asking)(?: you| u))(?![a-z])'),
    ],
    unless: [KIND],
    message: 'This turns one talk into proof they cannot be trusted, which pushes them away. Saying what you needed from them this time is easier to hear.',
    reframes: [
      { label: 'Say what you needed', text: 'I needed you to hear me out on this' },
      { label: 'Say how you felt', text: 'I felt unheard just now' },
    ],
    examples: {
      flagged: ['this is why i dont tell you anything. forget i said it', "That's exactly why I never ask you for help.", "and that's why i stopped telling you things"],
      clean: ['this is why I dont tell my mum anything lol', "that's why I asked you, you always know", "That's why I didn't tell you before, it was a surprise \u2764\ufe0f"],
    },
  },
  {
    id: 'never-there',
    category: 'criticism',
    severity: 2,
    triggers: ['there', 'reason', 'around'],
    patterns: [
      p('(?<span>every (?:single )?time i (?:need|needed|want|wanted|call|called|reach out|ask)(?: for)?(?: you)?,? (?:youre|you are|you were|you arent|you are not|you werent) (?:(?:not|never|nowhere) (?:there|around|to be found|available)|busy|too busy))'),
      p(`(?<span>(?:youre|you are|you were|${YOUR_AS_YOURE}) (?:just |literally )?never (?:there|around) (?:for me|for us|when i need you|when it matters|when it counts))`),
      p('(?<span>(?:youve|you have|you)(?: just| literally| honestly)? never (?:once |ever |really )?been (?:there|around) for (?:me|us|the kids|the children|this family|your (?:kids|children|son|daughter|family))(?: (?:when it (?:mattered|counted)|not once|once|ever))?)(?![a-z])'),
      p('(?<span>(?:youre|you are) the (?:reason|problem|one) (?:(?:why|that) )?(?:we|i|this|everything|our [a-z]+|my [a-z]+)(?: [a-z]+){0,3} (?:always|never|late|fight|fighting|argue|arguing|miserable|unhappy|broke|failed|falling apart|ruined|sucks|went wrong|goes wrong|cant|are late|is a mess))(?![a-z])'),
    ],
    unless: [KIND],
    message: 'This sums them up by their worst moments, so they will likely defend instead of listen. Naming one time and what you needed is easier to hear.',
    reframes: [
      { label: 'Name one time', text: 'When … happened, I really needed you there' },
      { label: 'Ask for what you need', text: 'I need to know I can count on you' },
    ],
    examples: {
      flagged: ["you've never been there for me, not once", 'your never there for me', "Every time I need you, you're not there.", "You're never there for me.", 'You are the reason we are always late!', "you're the reason this relationship is falling apart"],
      clean: ["you've never been there for the marathon? it's amazing", 'your never too old to learn', "every time I call you, you're busy at work and that's ok", "you're the reason I smile every day", 'you were there for me when it counted', "every time I need you, you're there. thank you"],
    },
  },
  {
    id: 'why-are-you-like-this',
    category: 'criticism',
    severity: 2,
    triggers: ['like', 'always', 'forever', 'constantly', 'such', 'once', 'why'],
    patterns: [
      p('(?<span>why (?:are|were) you (?:always |being |even )?like (?:this|that)){END}'),
      p(`(?<span>(?:why (?:are|were) you (?:always|forever|constantly|always being|such)|why do (?:you|u) (?:always )?have to be (?:so|such)) (?:an? |such an? |so )?(?!(?:sweetheart|angel|star|gem|legend|darling|babe|cutie|dork|nerd|goof|sweetie|doll|sweet|kind|nice|good|lovely|cute|funny|smart|clever|great|amazing|wonderful|thoughtful|generous|helpful|patient|calm|happy|early|quiet|busy|tired|sick|awake|up|here|there|home|around)(?![a-z]))[a-z]+)(?![a-z])(?= ?(?:$|{END}|[.,!?;:\\n]| to me| about| all| with| when))`),
      p('(?<span>(?:if you|could you|can you|would you|why cant you|why dont you|maybe you|you could)(?: just)? (?:actually|even|bother to|try to|make an effort to)(?: [a-z]+){1,5} for once)(?![a-z])(?! (?:more|again))'),
      p('(?<span>(?:just|please|can you|could you) (?:listen|help|think|be honest|do something|show up|call|text|be on time|clean up|back me up|take my side|pay attention|put me first|admit it)(?: [a-z]+){0,3} for once)(?![a-z])(?! (?:more|again))'),
      p('(?<span>for once in your (?:life|entire life|whole life|miserable life))'),
    ],
    unless: [KIND, /(?<![a-z])(?:relax|rest|treat yourself|take a break|spoil yourself|enjoy|sleep in|lie in)(?![a-z])/],
    message: 'This asks why they are the way they are, which lands as a verdict on them, not on what happened. Say what bothered you this time.',
    reframes: [
      { label: 'Say what bothered you', text: 'It really bothered me when …' },
      { label: 'Ask for what you need', text: 'Could you please …' },
    ],
    examples: {
      flagged: ['why do you have to be so difficult about everything', 'why are you like this', 'Why are you always such a baby?', 'why r u always so negative', 'why are you such a child', 'maybe if you actually listened to me for once i wouldnt have to shout', 'could you just listen for once', 'for once in your life, take my side'],
      clean: ['why do you have to be so nice all the time haha', 'why are you always so sweet to me', 'why are you always so early, you make me look bad 😂', 'why were you so quiet at dinner?', 'why are you so upset? talk to me', 'why are you such a sweetheart', 'could you actually relax for once, you deserve it', 'we should go out for once more before you move'],
    },
  },
  {
    id: 'no-decency',
    category: 'criticism',
    severity: 3,
    triggers: ['sense', 'control', 'ambition', 'complicated', 'stressful', 'awkward', 'unbearable', 'exhausting', 'battle', 'fight', 'drama', 'patience', 'respect', 'empathy', 'compassion', 'consideration', 'shame', 'awareness', 'decency', 'integrity', 'morals', 'manners', 'heart', 'loyalty', 'sympathy', 'backbone', 'spine', 'responsibility', 'bone', 'harder', 'worse', 'difficult', 'miserable', 'hell', 'impossible', 'problem'],
    negatable: false,
    patterns: [
      p('(?<span>you (?:have|got|show|ve got) (?:no|zero|absolutely no|literally no|not an ounce of|not one ounce of|not a shred of|no sense of) (?:respect|empathy|compassion|consideration|shame|self awareness|decency|integrity|morals|manners|heart|loyalty|sympathy|backbone|spine|sense of responsibility|common sense|self respect|self control|ambition|patience)(?: for (?:anyone|anybody|me|us|others|other people))?)(?![a-z])'),
      p('(?<span>you (?:dont|do not|never) (?:have|had|show|showed) (?:any |an ounce of |a shred of )?(?:respect|empathy|compassion|consideration|shame|self awareness|decency|integrity|morals|manners|loyalty)(?: for (?:anyone|anybody|me|us|others|other people))?)(?= ?(?:$|{END}|[.,!?;:\\n]| at all| whatsoever))'),
      p('(?<span>you (?:dont|do not) have (?:a|an|one|a single) (?:caring|empathetic|kind|romantic|honest|selfless|considerate|loyal|generous|thoughtful|decent) bone in your body)'),
      p('(?<span>you make (?:everything|it|things|my life|life|this|every day|all of this) (?:so |ten times |a hundred times |so much )?(?:harder|worse|more difficult|miserable|hell|a living hell|impossible|complicated|difficult|stressful|awkward|unbearable|exhausting|a battle|a fight|a drama))(?![a-z])'),
      p('(?<span>(?:youre|you are) (?:the (?:real |whole |only |actual )?problem)(?: here)?)(?= ?(?:$|{END}|[.,!?;:\\n]| not me| not i))'),
    ],
    unless: [KIND, /(?<![a-z])(?:deserve better|be kinder to yourself|too hard on yourself|for yourself)(?![a-z])/],
    message: 'This says something is missing in them as a person, which is very hard to hear without defending. Name what they did and what you needed.',
    reframes: [
      { label: 'Name what happened', text: 'When … happened, I felt disrespected' },
      { label: 'Ask for what you need', text: 'I need you to …' },
    ],
    examples: {
      flagged: ['you have zero common sense', 'you have no respect for anyone', 'you have zero empathy', "you don't have a caring bone in your body", 'you make everything harder', "you're the problem", "u dont have any respect for me"],
      clean: ['you have zero reason to worry, it went fine', 'you have no idea how much I missed you', 'you make everything better', "you're the problem solver on this team", 'you have no respect for yourself sometimes, you deserve better'],
    },
  },
  {
    id: 'habit-verdict',
    category: 'criticism',
    severity: 2,
    triggers: ['issues', 'problems', 'attitude', 'wall', 'all', 'everything', 'anything', 'every', 'thing', 'find', 'enough', 'care', 'cared', 'people', 'thinks', 'think', 'time', 'always', 'usual', 'again', 'insecure', 'seeking', 'seeker', 'vampire', 'take', 'handle', 'never', 'lately', 'recently', 'days'],
    negatable: false,
    patterns: [
      p('(?<span>you(?: always| just| literally| really| constantly| seriously| honestly)*(?: (?:didnt|did not|wouldnt|would not|dont|do not))? (?<verb>overreact|freak out|freak|complain|moan|whine|get (?:upset|mad|angry|offended|defensive|jealous|worked up|triggered)|make a (?:fuss|scene|big deal)|kick off|blow up|lose it|cry|nag|panic|flip out|lose your (?:mind|shit)|take offen[cs]e|find fault|argue|snap)(?: (?:about|to|over|at|with|in|on))? (?:literally |just )?(?:everything|every (?:little|single|tiny|small) thing|the (?:smallest|slightest|littlest) (?:thing|things)))(?![a-z])'),
      p('(?<span>(?:youd|you would) (?:complain|moan|whine|argue|fight|find fault|pick a fight) (?:about|with|over) (?:anything|everything|literally anything))(?![a-z])(?! ?\\?)'),
      p('(?<span>everything (?:you|u) (?:say|do|touch|say and do|do and say)(?: is| turns (?:to|into))(?: always| just| so)? (?:negative|wrong|selfish|a lie|lies|about you|about yourself|a complaint|criticism|shit|crap|garbage|a mess|a disaster))(?![a-z])'),
      p('(?<span>(?:you|u) (?:clearly |obviously |seriously |really |honestly )?(?:have|got)(?: some| serious| real| major| massive| such)? (?:anger|trust|commitment|control|attitude|jealousy|mommy|daddy|abandonment) (?:issues|problems)|(?:your|ur) attitude (?:stinks|sucks|is (?:terrible|awful|disgusting|appalling|shit|crap|the problem|a problem))|(?:you|u) (?:have|got) (?:a|such a|the worst|an) (?:bad|terrible|shitty|crappy|awful|appalling|horrible|nasty) attitude|(?:its|it is|i feel like im|talking to you is)(?: honestly| literally| just)? like talking to a (?:brick )?wall(?= ?(?:$|{END}|[.!?])))(?![a-z])'),
      p('(?<span>all (?:you|u) (?:ever |really |literally |seem to |ever seem to )?(?:do|did) is (?:complain|moan|whine|nag|criticize|criticise|sleep|sit|play|game|lie|watch|scroll|argue|yell|shout|blame|sulk|cry|drink|party|make excuses|put me down|find fault|judge|pick fights|pick at me|talk about yourself|go out)(?: [a-z]+){0,4})(?![a-z])'),
      p('(?<span>(?:youd|you would|youll|you will|you always|you can always|you) (?:always |still |just |even )?find (?:something|anything|a reason|some reason|a way|some way) to (?:complain|moan|whine|criticize|criticise|nitpick|nag|be (?:mad|angry|upset|unhappy)|argue|fight|pick at|get upset|blame me)(?: about)?)(?![a-z])'),
      p('(?<span>nothing (?:i (?:ever )?(?:do|say|did) )?(?:is|s|was) ever (?:good enough|enough|right)(?: for you)?)(?= ?(?:$|{END}|[.,!?]| for you))'),
      // Counting the times: "this is the third time you've messed up my order".
      p('(?<span>(?:this is|thats|that is|its|it is|this makes) (?:like |literally )?the (?:second|third|fourth|fifth|sixth|tenth|twentieth|hundredth|millionth|nth|umpteenth|[0-9]+(?:st|nd|rd|th)) time (?:(?:this (?:week|month|year)|today) )?(?:that )?(?:you|u|youve|you have|youre|you are)(?: (?:just|now|already|literally|again))? (?:messed up|screwed up|forgot|forgotten|lost|broke|broken|cancelled|canceled|ignored|lied|missed|ruined|failed|let me down|let us down|been late|shown up late|showed up late|stood me up|bailed|flaked|mixed up|got (?:it|this|my [a-z]+) wrong|gotten (?:it|this|my [a-z]+) wrong|done this|did this|blown|blew))(?![a-z])'),
      p('(?<span>you (?:just |clearly |obviously |really |honestly )?(?:dont|do not|never|didnt) (?:care|cared) (?:about|for) (?:her|him|them|your (?:kids|children|son|daughter|family|own (?:kids|children|family))|the kids|the children|our (?:family|kids|relationship)|this (?:family|relationship))(?: (?:wellbeing|well being|safety|feelings|needs|health|happiness))?)(?= ?(?:$|{END}|[.,!?]| at all| anymore| one bit| anyway| though| either| honestly))'),
      p('(?<span>some people (?:just |really |clearly |obviously )?(?:never|dont|cant|will never|cannot|can never) (?:learn|change|grow up|listen|get it|take responsibility|think about (?:anyone|others|other people)))(?= ?(?:$|{END}|[.,!?]| do they| i guess| huh))'),
      p('(?:^|[.,] |honestly |and |but |because )(?<span>(?:she|he) (?:always|constantly|honestly|really) thinks? (?:shes|hes|she is|he is) (?:so )?(?:better than (?:everyone|everybody|the rest of us|us|me)(?: else)?|above (?:everyone|everybody|it all|the rest of us)|always right|never wrong|perfect))(?![a-z])'),
      p('^(?:and |yep |yeah |like |literally |just )?(?<span>(?:every (?:single )?time|each and every time|every single day|without fail)(?: with you)?)(?= ?(?:$|{TAG}|[.!]))'),
      p(`^(?:an?|such an?|what an?) (?:[a-z]+[ -]){0,2}(?<span>(?:drama queen|liar|flake|mess|victim|martyr|hypocrite|baby|brat|control freak|narcissist|attention seeker|disappointment|letdown|know it all),? (?:as always|as usual|per usual|once again|yet again|like always))(?![a-z])`),
      p('(?<span>(?:you (?:always |constantly |just )?|if you (?:didnt|did not|would stop|stopped|wouldnt) )(?:make|makes|making|turn|turns|turning) every (?:single )?(?:call|conversation|talk|chat|visit|dinner|fight|argument|discussion|text|phone call|holiday|day) (?:about|into)(?: [a-z]+){1,4})'),
      p('^(?:and |just |so |always )?(?<span>never (?:thinking|listening|helping|planning|asking|caring|checking|considering|bothering|remembering|paying attention|thinking ahead|thinking about (?:anyone|anybody|others|me|us)|pulling your weight|following through|owning (?:up|it)))(?= ?(?:$|{END}|[.!?,]))'),
      p('(?<span>you (?:just |really |seriously |literally |honestly |still )?(?:cant|can not|cannot|never|dont know how to) (?:take|handle) (?:a joke|criticism|feedback|any criticism|any feedback|the truth|constructive criticism|a little teasing|banter|anything))(?= ?(?:$|{END}|[.,!?]| smh| honestly| at all| ever| and))'),
      p(`(?<span>(?:youre|you are|you were|youve been|you can be|you sound|you seem|you act|stop being|quit being)${TRAIT_ADV} (?<trait>insecure|attention[ -]seeking|an attention seeker|an emotional vampire|an energy vampire))(?![a-z])(?! about)`),
      p(`(?<span>(?:youre|you are|youve been|you have been)${TRAIT_ADV} (?:touchy|sensitive|oversensitive|dramatic|paranoid|insecure|jealous|moody|needy|clingy|defensive|negative|uptight|grumpy|snappy) (?:lately|these days|recently|all the time|constantly|all week))(?![a-z])`),
    ],
    unless: [KIND, /(?<![a-z])(?:wasnt fair|was not fair|i was wrong|out of line|shouldnt have said|i said you|everything ok|are you ok|you ok|is something|whats up|worried about you|talk to me|thank you|thanks|laugh|smile|gets me|normal|its ok|thats ok|valid|no wonder|(?:wrong|unfair|mean) (?:of me )?to say)(?![a-z])/],
    message: 'This sums up who they are from a pattern, and they will likely defend rather than hear you. Naming one moment and how it felt is easier to take in.',
    reframes: [
      { label: 'Name one moment', text: 'When … happened, I felt hurt' },
      { label: 'Ask for what you need', text: 'What I need from you is …' },
    ],
    examples: {
      flagged: ["this is the third time you've messed up my order, unbelievable", 'thats the 5th time u cancelled on me', 'everything you say is negative', 'you clearly have trust issues', 'your attitude stinks', 'talking to you is like talking to a wall', 'all you ever do is complain', 'look we both know you overreact to everything.', 'i wouldnt need to lie if u didnt freak out about everything', 'whatever. you\'d find something to complain about even if I did it perfectly', 'Nothing is ever good enough for you.', "You clearly don't care about her wellbeing.", 'some people never learn', "she always thinks she's better than everyone else", 'You consider taking the garbage out to mean leaving the bag next to the door. Every single time', 'An attention-seeking drama queen, as always', 'maybe if u didnt make every call about my life choices id want to call more', 'this is so u. never thinking ahead', 'u cant take a joke smh', 'stop being so insecure, you have nothing to worry about', "Honey, you're just insecure and jealous", 'youre so sensitive lately, i cant say anything without u getting upset'],
      clean: ["this is the third time you've won this year, congrats!", 'its the second time i forgot my keys this week lol', 'you have trust issues? me too, its normal after that', 'my phone has battery issues', 'its like talking to a wall at my work lol', 'all you do is make me laugh', 'all you have to do is sign here', 'you cry at everything and I love that', 'nothing is ever good enough for my boss lol', 'some people never learn to swim and that is fine', 'Every single time I hear this song I smile', "you've been so moody lately, is everything ok?", "you're insecure about your teeth? they're lovely", 'never thinking about work on holiday is the goal', 'you cant take the train, it is on strike', 'my sister always thinks she is better than everyone'],
    },
  },
  {
    id: 'compared-to-family',
    category: 'criticism',
    severity: 2,
    triggers: ['like'],
    negatable: false,
    // Held up against a sibling, parent or "everyone else": "why can't you be more like your sister".
    patterns: [
      p('(?<span>why (?:cant|can not|cannot|couldnt|dont|wont) you (?:just |ever )?(?:be|act) (?:a (?:bit|little) )?(?:more )?like (?:your|youre|my|her|his) (?:sister|brother|mother|mom|mum|father|dad|friend|friends|ex|cousin|colleague|colleagues|boss)|why (?:cant|can not|cannot|couldnt|dont|wont) you (?:just |ever )?(?:be|act) (?:a (?:bit|little) )?(?:more )?like (?:everyone else|other people|normal people|the others|a normal (?:person|partner|adult)))(?![a-z])'),
    ],
    unless: [KIND, /(?<![a-z])(?:proud|lovely|beautiful|gorgeous|funny|cute|kind|brave|strong|talented|smart|clever|sweet|compliment|lucky|voice|laugh|smile|eyes|same (?:nose|hair|eyes|laugh|smile))(?![a-z])/],
    message: 'Comparing them with someone in their family tells them they fall short as themselves. Saying what you need from them is easier to hear.',
    reframes: [
      { label: 'Ask for what you need', text: 'What I need from you right now is …' },
      { label: 'Name one moment', text: 'When … happened, I felt let down' },
    ],
    examples: {
      flagged: ["Why can't you be more like your brother?", "why cant u be more like ur sister", "Why can't you just act like a normal person?", "why can't you ever be more like everyone else"],
      clean: ['why cant you be more like your brother and take a day off for once haha', 'My boss asked why I can\'t be more like my colleague, it stung', 'we asked why the test cant be more like the real exam'],
    },
  },
  {
    id: 'standing-charge',
    category: 'criticism',
    severity: 2,
    triggers: ['thing', 'something', 'head', 'brain', 'finger', 'minimum', 'revolves', 'revolve', 'trusted', 'nothing', 'like', 'than', 'excuses', 'promises', 'lies', 'suits', 'convenient', 'fight', 'argument', 'row', 'battle', 'war', 'lecture', 'nightmare', 'drama', 'rely', 'count', 'depend', 'same'],
    negatable: false,
    // A standing charge about who they are, said through what they do: "you don't lift a finger",
    // "you treat me like a maid", "you only show up when it suits you".
    patterns: [
      p('(?<span>why (?:would|did) (?:you|u) (?:ever |even )?(?:do|say) (?:a thing like that|something like that|such a [a-z]+ thing|something so (?:stupid|selfish|cruel|mean|dumb|careless|thoughtless|hurtful|reckless|nasty)))(?![a-z])'),
      p('(?<span>(?:you|u) (?:dont|do not|never|didnt|did not) (?:ever |even )?(?:use|think with) (?:your|ur) (?:head|brain|common sense))(?![a-z])'),
      p('(?<span>(?:you|u) (?:dont|do not|never|didnt|did not|wont|will not|cant be bothered to|couldnt be bothered to) (?:even |ever |once )?lift a finger)(?![a-z])'),
      p('(?<span>(?:you|u)(?: (?:only|just|always|literally|barely|still|only ever))? (?:do|did|does|doing) the bare minimum)(?![a-z])'),
      p('(?<span>(?:you|u) (?:really |honestly |actually |genuinely |seriously |clearly |obviously )?(?:think|believe|act like) (?:that )?(?:the (?:whole )?world|everything|the universe|everyone) (?:revolves|should revolve|spins) around (?:you|u)|(?:everything|it all|life|the world|this house|this family)(?: (?:always|just))?(?: has to| needs to|s got to| has got to)? (?:always )?(?:revolve|revolves) around (?:you|u))(?![a-z])'),
      p('(?<span>(?:you|u) (?:cant|can not|cannot) be trusted (?:with|to do) (?:anything|a single thing|one (?:single |simple )?thing|even the (?:simplest|smallest|easiest) [a-z]+))(?![a-z])'),
      p('(?<span>(?:you|u) (?:just |literally |only )?(?:sit|lie|lay|lounge) (?:around |there |on (?:the|your|ur) (?:couch|sofa|phone|arse|ass|butt|backside) )?(?:all day |all weekend |all evening |all night )?(?:doing nothing|and do nothing|like a (?:lump|slug|sloth|potato)))(?![a-z])'),
      p('(?<span>(?:you|u) (?:always |constantly |just )?(?:talk|speak|talked|spoke) (?:to|down to) me like (?:im|i am|i was) (?:a |an |some |your )?(?:child|kid|idiot|stupid|dumb|nothing|dirt|employee|servant|dog|five year old|5 year old|moron|toddler|baby|slave)|(?:you|u) (?:always |constantly |just )?treat(?:ed)? me like (?:a |an |your |some |a (?:piece of|bit of) )?(?:maid|servant|slave|child|kid|idiot|dirt|crap|shit|garbage|trash|doormat|option|atm|bank|cash machine|babysitter|nanny|cleaner|cook|punching bag|afterthought|stranger|nothing|employee|personal assistant|chauffeur|taxi|second choice|backup plan))(?![a-z])'),
      p('(?<span>(?:you|u) (?:clearly |obviously |honestly |literally |just |really )?(?:care|cared) (?:way |much |so much |a lot )?more about (?:(?!than )[a-z0-9]+ ){1,3}than (?:me|us|your (?:kids|family|children|wife|husband|partner|son|daughter|girlfriend|boyfriend|own (?:kids|family|children)))|(?:you|u) (?:clearly |obviously |honestly |literally |just |really )?love (?:your|ur|that|the|those|them|her|him) (?:(?!more )[a-z0-9]+ ){1,2}more than (?:you love )?(?:me|us|your (?:kids|family|children)))(?![a-z])'),
      p('(?<span>(?:youre|you are|ur)(?: (?:so|just|always|such|literally|honestly))? full of (?:excuses|empty promises|broken promises|lies|crap excuses|shit excuses))(?![a-z])'),
      p('(?<span>(?:you|u) (?:only|only ever|just|ever only) (?:show up|call|text|help|care|bother|make an effort|remember me|come (?:round|around|over)|are nice|reach out|want me|visit|turn up|pitch in|listen|apologi[sz]e|say sorry) when (?:it|its|it is) (?:suits|convenient for|easy for|good for) (?:you|u))(?![a-z])'),
      p('(?<span>(?:you|u) (?:people|lot|men|women|boys|girls) are (?:all|always) the same)(?= ?(?:$|{END}|[.,!?]))'),
      p('(?<span>every (?:single )?(?:conversation|talk|discussion|chat|phone call|call|dinner|visit|holiday|date|night out) with (?:you|u) (?:turns|ends|becomes|goes)(?: (?:into|up in|up as|up being|up))? (?:a |an )?(?:fight|argument|row|battle|war|lecture|nightmare|drama|shouting match|disaster|competition|interrogation))(?![a-z])'),
      p('(?<span>(?:i )?(?:cant|can not|cannot|can never|never can) (?:rely|count|depend) on (?:you|u) (?:for anything|to do anything|for a single thing|for shit|for nothing|for even the [a-z]+ things?|to (?:do|remember|follow through on) (?:a single|one single|one simple|anything))(?![a-z]))'),
    ],
    unless: [KIND, PRAISE_NEAR, /(?<![a-z])(?:need to|have to|deserve|relax|rest|i know|i get it|sorry i)(?![a-z])/],
    message: 'This sums them up by a habit, so they will likely defend rather than hear you. Naming one moment and what you need is easier to take in.',
    reframes: [
      { label: 'Name one moment', text: 'When … happened, I felt let down' },
      { label: 'Ask for what you need', text: 'What I need from you is …' },
    ],
    examples: {
      flagged: ["Everything always has to revolve around you, doesn't it.", 'Why would you do a thing like that?', 'you dont use your head, ever', 'you dont lift a finger around here', 'you do the bare minimum and then expect a medal', 'you think the world revolves around you', 'you cant be trusted with anything', 'you just sit on the couch all day doing nothing', 'you talk to me like im a child', 'you treat me like a maid', 'you care more about your phone than me', 'You love your friends more than you love me.', 'you are so full of excuses', 'you only show up when it suits you', 'Every conversation with you turns into a fight.', 'i cant rely on you for anything'],
      clean: ['why would you do a thing like that for me? thats so sweet', 'dont lift a finger tonight, ill do the dishes', 'i did the bare minimum at the gym today lol', 'you can be trusted with the spare key, right?', 'you just sit there and relax, ill bring dinner', 'you treat me like a queen', 'you care more about people than anyone i know', 'i love my friends more than pizza and thats saying something', 'you are so full of surprises', 'come over whenever it suits you', 'every conversation with you makes my day better', 'i can rely on you for anything, thank you'],
    },
  },
  {
    id: 'always-never-open',
    category: 'criticism',
    severity: 2,
    triggers: ['always', 'never', 'constantly', 'forever', 'ever', 'again', 'usual', 'consistently', 'continually', 'continuously', 'repeatedly', 'routinely', 'habitually', 'perpetually', 'invariably', 'chronically'],
    negatable: false,
    // Any habit pinned on them with "always"/"never", unless what follows is a kindness ("you always know
    // what to say") or, after "never", a failing they avoid ("you never complain"): polarity by exclusion.
    patterns: [
      p(`${NOT_ASKED}(?<span>you(?: (?:just|literally|really|still|also))? (?:always|constantly|forever|consistently|continually|continuously|repeatedly|routinely|habitually|perpetually|invariably|chronically) (?!${ALWAYS_KIND}(?![a-z]))[a-z]+)(?![a-z])`),
      p(`${NOT_ASKED}(?<span>you(?: (?:just|literally|really|still|also))? never(?: (?:ever|even|once))? (?!${NEVER_KIND}(?![a-z]))[a-z]+)(?![a-z])`),
      // "once again you forgot", "as usual, you left it to me": one lapse filed as a pattern.
      p(`(?:^|[,.;] |and |so |but )(?:once again|yet again|as usual|as always|like always|per usual|same as always),? (?<span>(?:you|u)(?:ve| have)?(?: (?:just|literally|really|still|also))? (?!${AGAIN_KIND}(?![a-z]))[a-z]+)(?![a-z])`),
      // "you're always picking fights", "you're forever on my case": the habit said as what they are doing.
      p(`${NOT_ASKED}(?<span>(?:youre|you are|ur|${YOUR_AS_YOURE})(?: (?:literally|just|really|still|also))? (?:always|constantly|forever) (?:(?!${ALWAYS_ING_KIND}(?![a-z]))[a-z]+ing|on (?:my (?:case|back)|at me)|at me))(?![a-z])`),
      // "you don't ever help" is "you never help" with more words.
      p(`${NOT_ASKED}(?<span>you(?: (?:just|literally|really|still|also))? (?:dont|do not) ever (?!${NEVER_KIND}(?![a-z]))[a-z]+)(?![a-z])`),
    ],
    // "you never told me either" answers back (defensiveness), it is not a verdict of its own.
    unless: [KIND, PRAISE_NEAR, /(?<![a-z])either(?![a-z])/],
    message: '"Always" and "never" turn one hurt into a verdict on who they are, and they will likely defend instead of listen. Naming the moment and your feeling is easier to hear.',
    // The span is only "you always <verb>", so a wider finding of the older rules wins the overlap.
    reframes: [
      { label: 'Say how you felt', text: 'I felt hurt when …' },
      { label: 'Ask for what you need', text: 'It would mean a lot to me if …' },
    ],
    examples: {
      flagged: ['You consistently ignore every review comment I leave.', 'you repeatedly cancel on me', 'youre always running late and leaving me waiting', 'Youre always picking fights over nothing.', "you're forever on my case", 'once again you forgot to pack her inhaler', 'as usual, you left it all to me', "you don't ever help with the kids", 'walk away like you always do', 'you never trust anyone', 'u always sleep through my calls', 'you never wash up lol', 'YOU NEVER TRUST ANYONE'],
      clean: ['you consistently make my day better, thank you', 'you never said your sister was coming either, the more the merrier!', 'youre always helping everyone, take a break', "you're always on my mind", "you're always looking out for me", 'if youre always running late, leave earlier', 'once again you saved the day, thank you', 'as usual you made it look easy!', "you don't ever have to apologise for asking", 'you dont ever need to thank me', 'you always know what to say', 'you never fail to make me laugh', 'you never forget anyones birthday, how do you do it', 'you always forget your umbrella haha here take mine', 'you always pick up the slack, thank you', 'I was wrong to say you never help', 'you never change and i love that about you', 'you never know, it might work'],
    },
  },
];

export const CRITICISM_REGEXES: readonly RegExp[] = [/[^a-z ]/g];
