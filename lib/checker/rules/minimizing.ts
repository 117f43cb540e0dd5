import { p, type Rule } from '../rule';
import { alt, CALM, FRIENDLY, OVERREACT, triggerWords } from './lexicon';

const OVER = alt(OVERREACT);

const REASSURING = /(?<![a-z])(?:take your time|no worries|dont worry|no rush|no problem|all good|its fine|it happens|happens to everyone|dont stress|no stress|we can|well|we will|you can|ill help|itll be|it will be|we got this|i can|i got it|let me|ill (?:sort|fix|handle|deal with|take care|figure|look into|get|do)|i will (?:sort|fix|handle|deal with|take care))(?![a-z])/;

export const minimizingRules: Rule[] = [
  {
    id: 'overreacting',
    category: 'minimizing',
    severity: 3,
    triggers: [...triggerWords(OVERREACT), 'crying', 'whining', 'sulking', 'pouting', 'complaining', 'upset', 'mad', 'killed', 'murdered', 'cheated', 'overreacted', 'crybaby', 'queen', 'llama', 'snowflake', 'baby', 'childish', 'overreact', 'exaggerate', 'exaggerated', 'overthink'],
    patterns: [
      p(`(?<span>(?:youre|you are|you were|youve been|you sound|you get|you got|you seem|you act)(?: (?:just|really|so|literally|honestly|totally|completely|way|too|being|acting|sounding|a bit|a little|kinda|pretty|such|getting|bloody|actually|always|again|overly|kind of|sort of|a tad)){0,3} ${OVER})(?![a-z])(?!(?: (?:of|more|better|happier|nicer|fun|help|to me|like|for|about me|in love)(?![a-z])))(?! (?:good|talented|smart|fast|cute|beautiful|funny|busy|hot|lucky|rich|strong|fun)(?![a-z]))`),
      p(`(?<span>(?:stop|quit|dont|do not|why do you have to|why must you|can you not|no need to|theres no need to)(?: be| being| get| getting| go| going)?(?: so| such| this| that| all)? ${OVER})(?![a-z])`),
      p('(?<span>you (?:totally |completely |really |always |tend to |kind of |kinda |sometimes |just )?(?:overreacted|overreact|exaggerate|exaggerated|overthink)(?: [a-z]+){0,3})(?= ?(?:$|[.,!?;:\\n]| sometimes| again| as usual))'),
      p('(?<span>(?:stop|quit) (?:crying|whining|sulking|pouting|complaining|being upset|being mad))'),
      p('(?<span>(?:you act|youre acting|you are acting|acting) like i (?:killed|murdered|cheated|committed|did something terrible|ran over|burned)(?: [a-z0-9]+){0,3})'),
      p('(?<span>(?:dont|do not|stop|quit) (?:be|being) (?:such )?a (?:baby|crybaby|drama queen)(?: about (?:it|this|that))?)'),
    ],
    negatable: true,
    unless: [FRIENDLY, /(?<![a-z])(?:im (?:being|so|a bit|a little|such)|i was being)(?![a-z])/],
    message: 'Telling them they are overreacting says their feelings are wrong. Trust grows when their hurt is taken seriously.',
    reframes: [
      { label: 'Validate', text: 'I can see this really hurt you' },
      { label: 'Ask', text: 'Help me understand what hurt the most' },
    ],
    examples: {
      flagged: ["You're overreacting.", 'ur overreacting lol', 'But honestly you overreact to money stuff sometimes.', "You're being a bit much about it though.", "Don't be such a baby about it.", "You're being way too sensitive about this.", 'Stop being so dramatic.', 'can u not be so sensitive', "you're being a total drama llama", 'ur such a drama llama', "you're being a right drama queen"],
      clean: ["I'm not saying you overreacted.", 'My sister is so dramatic about her wedding plans lol', 'The teacher said I was too sensitive to criticism.'],
    },
  },
  {
    id: 'calm-down',
    category: 'minimizing',
    severity: 2,
    triggers: triggerWords(CALM),
    patterns: [
      p(`(?:^|(?<=[,.!?;:]) |just |please |ok |okay |oh |mate |babe |jeez |geez |god |seriously |omg |hey |dude |bro |lol |honestly |you need to |you have to |you should |can you |can you just |now |so |well |for gods sake |for fucks sake |christ )(?<span>${alt(CALM)})(?= ?(?:$|[.,!;:\\n]| ok| okay| please| its| it was| i was| jeez| geez| lol| mate| babe| man| dude| bro| already| for once| and| its not| about it| will you| would you| ffs| omg| princess| sweetheart| darling| buttercup| sunshine| snowflake| hun| love))`),
    ],
    unless: [/(?<![a-z])(?:enjoy|holiday|vacation|weekend|massage|spa|beach|night in|youve got time|you have time|plenty of time|theres time|ive got|i got (?:it|this|the)|ill|i will|sorted|no need to stress|dont stress|nothing to worry|gorgeous|beautiful|amazing|dog|puppy|cat|kids|baby)(?![a-z])/],
    message: '"Calm down" rarely calms anyone; it can feel like their feelings are too much. Acknowledging the feeling helps more.',
    reframes: [
      { label: 'Acknowledge', text: "I can tell you're really upset" },
      { label: 'Slow down together', text: 'Can we both take a breath? I want to hear you' },
    ],
    examples: {
      flagged: ['Calm down, it was just a joke.', "It's not a big deal, relax.", 'Chill, it was only a text.', 'calm down its not a big deal', 'get a grip', 'you need to toughen up', "don't get your knickers in a twist", 'toughen up princess', 'relax sweetheart', 'calm down love'],
      clean: ["Can you calm down the dog? He's barking.", 'He told me to calm down and breathe.', 'Calm down? No, I am just excited about the trip!', 'Relax, enjoy your holiday!'],
    },
  },
  {
    id: 'just-a-joke',
    category: 'minimizing',
    severity: 2,
    triggers: ['joke', 'joking', 'kidding', 'teasing', 'messing', 'banter'],
    patterns: [
      p('(?<span>(?:it|that|i|this)(?: was| is| am| were)? (?:just|only) (?:a joke|joking|kidding|messing (?:around|with you)|teasing|banter))(?= ?(?:$|[.,!?;:\\n]| (?:omg|lol|lmao|relax|chill|man|dude|geez|jeez|bro|babe|ok|okay|come on))(?![a-z]))'),
      p('(?<span>its (?:just|only) (?:a joke|banter))(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:cant you|learn to|just|you cant|can you not) take a joke)'),
      p('(?:^|(?<=,) )(?<span>take a joke)'),
    ],
    message: 'Calling it a joke tells them the hurt was their mistake. If it stung, the sting is what matters.',
    reframes: [
      { label: 'Own the sting', text: 'I meant it as a joke, but I see it hurt you' },
      { label: 'Apologise', text: "That joke wasn't kind. I'm sorry" },
    ],
    examples: {
      flagged: ['It was just a joke, relax.', 'Relax, I was only kidding.', 'Take a joke.', 'it was just a joke omg'],
      clean: ['It was just a joke we made up for the party, you had to be there.', 'That movie was a joke lol'],
    },
  },
  {
    id: 'not-a-big-deal',
    category: 'minimizing',
    severity: 2,
    triggers: ['deal', 'serious', 'bad', 'deep', 'problem', 'issue', 'normal', 'world', 'worth'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its|it is|thats|that is|this is|it was|that was|it wasnt|its really|its honestly|it isnt|this isnt|that isnt)(?: really| honestly| even| just| seriously){0,2} (?:not )?(?:even )?(?:a big deal|that big of a deal|no big deal|such a big deal|that deep|that serious|that bad|a huge deal))(?= ?(?:$|[.,!?;:\\n]| relax| chill| calm| why| lol| omg| jeez| babe| baby| hun| honey| dude| man| bro))'),
      p('(?<span>(?:its|it is|thats|that is|it was|it wasnt|this is|this isnt)(?: really| hardly| honestly| not| hardly)? the end of the world)(?= ?(?:$|[.,!?;:\\n]| is it| was it| relax| chill| lol| come on))'),
      p('(?<span>(?:its|it is|thats|that is|it was|its really|its honestly|honestly its)(?: really| honestly| just| seriously)? not worth (?:getting |being )?(?:upset|mad|angry|worked up|wound up|crying|sulking|stressed|annoyed) (?:over|about))'),
      p('(?<span>(?:whats|what is) the big deal|why is (?:this|it|that) (?:such )?a big deal)'),
      p('(?<span>i dont see (?:the|what the|whats the|what is the) (?:problem|big deal|issue))'),
      p('(?<span>(?:its|thats|it is|that is)(?: totally| completely| perfectly)? normal)(?= ?(?:$|[.!?;\\n]))'),
    ],
    unless: [REASSURING, /(?<![a-z])(?:wont|will not|not going to|never) (?:say|tell you)(?![a-z])/],
    message: 'Saying it is no big deal, about their hurt, can make them feel foolish for caring. Their feelings tell you what it meant to them.',
    reframes: [
      { label: 'Take it seriously', text: 'I can see this matters to you' },
      { label: 'Ask', text: 'Help me understand why this hurt so much' },
    ],
    examples: {
      flagged: ["It's not a big deal, relax.", "It's not that bad.", "Chill, it's really not that serious.", "It's really not a big deal, why are you crying?", "it's hardly the end of the world is it", "it's not the end of the world", "honestly it's not worth getting upset over", "it's not worth getting worked up about"],
      clean: ["It's not a big deal, take your time.", "Don't worry about the dishes, it's not a big deal.", "It's not that bad out, bring a light jacket.", "it's not a big deal, I'll sort it tomorrow", "no big deal, I'll fix it tonight", "it's not the end of the world, we'll find another flat"],
    },
  },
  {
    id: 'reading-into-it',
    category: 'minimizing',
    severity: 2,
    triggers: ['reading', 'read', 'taking', 'take', 'nothing', 'lighten', 'silly', 'emotional'],
    negatable: false,
    patterns: [
      p('(?<span>(?:youre|you are|stop|quit|dont keep) (?:reading|read) (?:way )?(?:too much |so much )?into (?:it|this|that|things|everything))'),
      p('(?<span>(?:youre|you are|stop|quit|dont be|youre always) taking (?:it|this|that|things|everything) (?:way )?(?:too|so) (?:seriously|personally|hard))'),
      p('(?<span>(?:its|it was|that was) nothing)(?= ?(?:$|[.!?\\n]| relax| chill| calm| lol| seriously))'),
      p('(?<span>lighten up)'),
      p('(?<span>(?:youre|you are)(?: (?:just|being|so|way|too)){1,3} (?:silly|insecure))'),
    ],
    message: 'This tells them the problem is how they see it. Their feelings are real information about how it landed.',
    reframes: [
      { label: 'Validate', text: 'I can see why it hurt' },
      { label: 'Ask', text: 'Tell me what it felt like for you' },
    ],
    examples: {
      flagged: ["You're reading too much into it.", "You're taking it too personally.", 'Lighten up.', "You're being so silly."],
      clean: ['I was reading into the history of the town, so interesting.', "It's nothing serious, the doctor said, just a cold."],
    },
  },
  {
    id: 'big-deal-out-of-nothing',
    category: 'minimizing',
    severity: 3,
    triggers: ['deal', 'mountain', 'drama', 'scene', 'fuss', 'thing', 'proportion', 'something', 'into'],
    patterns: [
      p('(?<span>(?:making|make|made) (?:such |this |it )?(?:a |into a )?(?:big deal|huge deal|mountain|drama|scene|fuss|thing)(?: out of (?:nothing|this|it|a molehill)| about nothing| over nothing)?)(?! for| of the| of my)'),
      p('(?<span>(?:blowing|blow|blew) (?:this|it|things|everything) (?:way )?out of proportion)'),
      p('(?<span>(?:blowing|blow|blew|turning|turn) (?:this|it|things|everything|every little thing)(?: up)? into (?:a |such a )?(?:huge |massive |big |whole )?(?:drama|thing|deal|saga|crisis|scene))'),
      p('(?<span>(?:making|make|turning|turn) (?:this|it|that) into (?:something (?:its|it is|it was) not|a (?:big |huge )?(?:thing|drama)|such a big deal|a whole thing))'),
    ],
    message: 'When they are hurt, hearing it is "nothing" can hurt twice. What feels big to them is worth listening to.',
    reframes: [
      { label: 'Listen', text: 'I can see this matters to you' },
      { label: 'Ask', text: 'Tell me what made this so painful' },
    ],
    examples: {
      flagged: ["You're making a big deal out of nothing.", "You're making this into something it's not.", "You're making a mountain out of a molehill.", 'blowing everything up into a huge drama', "you're turning this into a whole thing"],
      clean: ['Thanks for making dinner.', 'Let us make a big pot of soup for Friday.'],
    },
  },
  {
    id: 'only-one',
    category: 'minimizing',
    severity: 2,
    triggers: ['mean', 'drink', 'drinks', 'text', 'texts', 'message', 'messages', 'kiss', 'comment', 'lie', 'dance', 'beer', 'beers', 'photo', 'like', 'coffee'],
    patterns: [
      p('(?<span>(?:it was|its|it was just|it was only|was just|was only|its just|its only|come on it was)(?: just| only)? (?:one|a single|a couple of|a few|a little|a tiny|a) (?:drink|drinks|text|texts|message|messages|kiss|comment|white lie|lie|dance|beer|beers|photo|like|coffee))(?= ?(?:$|[.,!?;:\\n]| i dont| relax| chill| calm| lol))'),
      p('(?<span>it (?:didnt|doesnt|did not|does not) mean (?:anything|a thing|nothing))'),
      p('(?<span>its not like i (?:cheated|killed|hit|lied|slept|did(?! (?:it|that|this) (?:on purpose|intentionally))|stole|murdered)(?: [a-z0-9]+){0,4})'),
    ],
    negatable: false,
    message: 'Making what happened sound small can make them feel silly for being hurt. Size is not what decides how much it hurt.',
    reframes: [
      { label: 'Take it seriously', text: 'I know it meant more to you than I made it sound' },
    ],
    examples: {
      flagged: ["It was only one drink, I don't see the problem.", 'Chill, it was only a text.', "It's not like I cheated or anything."],
      clean: ['It was only one stop on the train, easy.', 'I had just one coffee today.'],
    },
  },
  {
    id: 'cant-be-upset',
    category: 'minimizing',
    severity: 2,
    triggers: ['why', 'be', 'else', 'harmless', 'innocent'],
    negatable: false,
    patterns: [
      p('(?<span>i (?:dont|do not|cant|can not) (?:get|understand|see) why (?:youre|you are|you would be|youd be|you got|you get|youre getting) (?:so |this |that |even |still )?(?:upset|mad|angry|bothered|worked up|hurt|offended|annoyed|jealous)(?: (?:about|over) (?:a|an|this|that|it|one|some|nothing)(?: [a-z]+){0,2})?)'),
      p('(?<span>you (?:cant|cannot|can not) (?:seriously |really |actually |possibly |honestly )?be (?:seriously |really |actually )?(?:mad|upset|angry|hurt|offended|jealous) (?:about|over|at) (?:that|this|it|me for|something)(?: [a-z]+){0,3})'),
      p('(?<span>why (?:are|r) you (?:even |so |getting so |getting )?(?:crying|freaking out|so upset|so mad|so worked up|so wound up|so het up|so bothered|so angry|so offended|so stressed|making a scene) (?:over|about) (?:this|that|it|nothing|something|a)(?: [a-z]+){0,3})'),
      p('(?<span>(?:nobody|no one) else (?:would|would have|wouldve|would ever) (?:be|get|have been|have gotten|care|mind)(?: (?:so |this |that )?(?:upset|mad|angry|bothered|hurt|offended))?)'),
      p('(?<span>(?:it was|its|it is|that was|that is|thats|just)(?: just| only)? (?:harmless|innocent) (?:flirting|fun|banter|chatting|texting|teasing|joke|conversation|messages|texts))'),
    ],
    unless: [/(?<![a-z])(?:help me understand|can you tell me|want to understand|explain it to me|i would be too|id be too)(?![a-z])/],
    message: 'This questions whether their hurt is reasonable. They feel what they feel; asking what hurt helps more than judging it.',
    reframes: [
      { label: 'Ask', text: 'Help me understand what hurt the most' },
      { label: 'Validate', text: 'I can see this really upset you' },
    ],
    examples: {
      flagged: ["I don't get why you're so upset about a lunch.", 'u cant be seriously mad about that lmao', 'Why are you crying over this?', 'nobody else would be upset about this', 'it was harmless flirting', 'why are you so wound up about a text', 'why are you so angry over nothing'],
      clean: ["I don't understand why you're upset, can you tell me?", 'Why are you crying? Did something happen at school?', 'Anyone else would be upset too.', 'The dog is harmless, he just barks.'],
    },
  },
  {
    id: 'only-a-thing',
    category: 'minimizing',
    severity: 2,
    triggers: ['just', 'only'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its|it was|thats|that was|it is)(?: just| only) (?:money|a phone|a party|a dinner|a birthday|a date|a lunch|words|stuff|a comment|a picture|a photo|one night|a night out|a hug|an anniversary))(?= ?(?:$|[.,!?;:\\n]| relax| chill| lol| we| ill| i will))'),
    ],
    unless: [/(?<![a-z])(?:dont worry|no worries|its ok|its okay|all good|no harm|dont stress|no stress|dont feel bad)(?![a-z])/],
    message: 'Calling it "just" that tells them it should not matter. What it meant to them is what counts here.',
    reframes: [{ label: 'Take it seriously', text: 'I know this mattered to you' }],
    examples: {
      flagged: ["It's just money, we'll make more.", 'it was only a birthday, relax'],
      clean: ["Don't worry, it's just a phone, I'll get a new one.", 'It was just a game we played at the party, so fun.'],
    },
  },
];

export const MINIMIZING_REGEXES: readonly RegExp[] = [REASSURING];
