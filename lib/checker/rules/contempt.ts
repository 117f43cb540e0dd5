import { p, type Rule } from '../rule';
import { alt, FRIENDLY, INSULTS, triggerWords } from './lexicon';

const INSULT = alt(INSULTS);
const STRONG = '(?:absolute|complete|total|utter|fucking|bloody|stupid|little|big|massive|actual|proper|f[a-z]*ing)';
const SYMPATHY = /(?<![a-z])(?:feel better|get well|hope you feel|hope youre|sending (?:hugs|love)|hugs|take care|rest up)(?![a-z])|\uD83E\uDD12|\uD83E\uDD27|\u2764/;

export const contemptRules: Rule[] = [
  {
    id: 'insult',
    category: 'contempt',
    severity: 3,
    triggers: [...triggerWords(INSULTS), 'blind', 'slow', 'clueless', 'grow', 'wrong'],
    patterns: [
      p(`(?<span>(?:youre|you are|you|your(?= (?:a|an|such|so|being|just|literally|actually|really|honestly|the) ))(?: (?:just|really|so|literally|honestly|totally|completely|such|being|a|an|such a|such an|the biggest|kind of|pretty|real|a real|actually|acting like|acting like a|acting like an|sound like|sound like a|sound like an|${STRONG})){0,3} ${INSULT}(?: sometimes)?)(?![a-z])(?! (?:skinned|of|about|to))`),
      p(`(?<span>(?:what an?|you|such an?(?<!(?:^|[^a-z])(?:im|i am|i was|im being|i feel like) such an?)) (?:${STRONG} )?${INSULT})(?= ?(?:$|[.,!?;:\\n]))`),
      p('(?<span>are you (?:really |actually |seriously |just |for real )?(?:that |this |so )?(?:stupid|dumb|dense|thick|blind|slow|clueless))'),
      p(`(?<span>what an? ${INSULT} (?:you are|youre))`),
      p(`(?<span>(?:dating|married to|living with|stuck with|dealing with|raising) (?:a|an|such a|such an)(?: ${STRONG})? ${INSULT})(?![a-z])`),
      p('^(?:(?:oh|so|how|just|youre|wow) )?(?<span>pathetic)(?= ?(?:$|[.!?\\n]))'),
      p('^(?:(?:oh|just|please|honestly|seriously|god|omg|ffs|like|jesus),? )?(?<span>grow up)(?= ?(?:$|[.,!?\\n]))'),
    ],
    unless: [FRIENDLY],
    negatable: false,
    message: 'Name-calling hurts and makes it unsafe to be open. You can be angry and still speak to what happened.',
    reframes: [
      { label: 'Say how you feel', text: "I'm really frustrated right now" },
      { label: 'Describe what happened', text: 'I felt hurt when …' },
    ],
    examples: {
      flagged: ["You're pathetic.", 'What an idiot.', 'wow ur a real piece of work', 'what a joke you are', 'you are so stupid', 'Are you really that stupid?', "You never do anything right, you idiot.", 'honestly grow up', 'seriously, grow up.'],
      clean: ["I'm such a muppet, I left my keys at yours", 'i am such an idiot, sent it to the wrong group lol', 'The movie was pathetic, honestly, worst plot ever.', 'My boss called me an idiot today, can you believe it.', 'That movie was a joke lol'],
    },
  },
  {
    id: 'dismissive-jab',
    category: 'contempt',
    severity: 3,
    triggers: ['likes', 'loves', 'wants', 'cares', 'stand', 'wow', 'life', 'cry', 'shut', 'unbelievable', 'pair', 'feelings', 'clap', 'jan', 'ridiculous'],
    negatable: false,
    patterns: [
      p('(?<span>get a life|cry about it|go cry|grow a pair|slow clap|sure,? jan)'),
      p('(?<span>(?:nobody|no one) (?:likes|loves|wants|cares about|can stand) you)'),
      p('^(?<span>wow\\.? just wow)'),
      p('(?:^|(?<=,) |just |oh )(?<span>shut up)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:youre|you are) (?:so |just |actually |honestly )?(?:unbelievable|ridiculous|a piece of work|something else))(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:aw+ |oh )?did i hurt your (?:little |poor )?feelings)'),
    ],
    unless: [/(?<![a-z])(?:amazing|no way|omg|congrat[a-z]*|awesome|wow|incredible|beautiful|gorgeous|view|news)(?![a-z])|!!/],
    message: 'A jab like this belittles them, which makes it unsafe to stay open. You can be upset and still be kind.',
    reframes: [
      { label: 'Say it directly', text: "I'm really frustrated right now" },
      { label: 'Take a breath', text: "I'm too angry to talk well. Can we try again in a bit?" },
    ],
    examples: {
      flagged: ['Get a life.', 'Cry about it.', "You're unbelievable.", 'Did I hurt your little feelings?'],
      clean: ['The view was unbelievable, you have to see it!', 'Shut up, that is amazing news!!'],
    },
  },
  {
    id: 'mock-pity',
    category: 'contempt',
    severity: 3,
    triggers: ['poor', 'boo', 'cry', 'river', 'hard'],
    patterns: [
      p('(?<span>(?:oh |aww |aw )?poor (?:you|baby|little you))(?= ?(?:$|[.,!?;:\\n]| must))'),
      p('(?<span>boo hoo(?: hoo)?)'),
      p('(?<span>cry me a river)'),
      p('(?<span>must be (?:so |really )?hard being you)'),
    ],
    unless: [SYMPATHY],
    message: 'Mocking their feelings tells them it is not safe to share them. If you are hurt too, say it directly.',
    reframes: [
      { label: 'Say it directly', text: "I'm frustrated, and I still want to hear you" },
      { label: 'Acknowledge', text: 'I can tell this is hard for you' },
    ],
    examples: {
      flagged: ['Oh poor you.', 'boo hoo', 'Cry me a river.', 'Oh poor you, must be so hard being you.'],
      clean: ['Oh no, poor you, a cold in July, feel better!', 'The kids said "boo hoo" when the show ended.'],
    },
  },
  {
    id: 'sarcastic-praise',
    category: 'contempt',
    severity: 2,
    triggers: ['genius', 'brilliant', 'nice', 'great', 'good', 'mature', 'congratulations', 'congrats', 'surprise', 'shock', 'shocker', 'sure', 'whatever'],
    patterns: [
      p('(?:^|(?<=,) |wow,? |oh,? |real |really )(?<span>(?:genius|brilliant|smart|real mature|very mature|so mature|mature|real smart|real nice|classy)(?: move| idea| plan| one)?(?: of you)?)(?= ?(?:$|[.,!?\\n]| really))'),
      p('(?<span>(?:great|good|nice|amazing|fantastic|wonderful|awesome) (?:job|work|going|move)(?:,? really)?)(?= ?(?:$|[.,!?\\n])| (?:ruining|breaking|messing|forgetting|wrecking|embarrassing|making a mess)(?![a-z]))'),
      p('(?<span>(?:well )?congrat[a-z]*,? you (?:ruined|played|managed to|really did it|did it again)(?: [a-z0-9]+){0,3})'),
      p('(?<span>what a (?:surprise|shocker|shock))(?= ?(?:$|[.,!?\\n]))'),
      p('(?:great|wow|oh|yeah|nice|wonderful|brilliant),? (?<span>another (?:great|brilliant|amazing|fantastic|stellar|genius|wonderful|smart) (?:decision|idea|move|choice|plan)(?: from you| by you)?)'),
      p('^(?:oh |yeah |ok )?(?<span>sure you (?:did|do|are|were|will|would|have))(?= ?(?:$|[.,!?\\n\\uD83D]))'),
      p('(?<span>whatever you say)(?= ?(?:$|[.,!?\\n]))'),
    ],
    unless: [/(?<![a-z])(?:proud|congrats on|congratulations on|love|amazing job|thank|thanks|well done|so happy|lets (?:do|go|try)|im in|count me in|sounds good|why didnt i think|wish id thought|ill book|lets book)(?![a-z])/],
    requires: [/(?<![a-z])(?:really|again|as usual|of course|typical|ruining|breaking|messing|forgetting|wrecking|embarrassing|move|genius|brilliant|mature|played|ruined|managed|sure|whatever|wow|another)(?![a-z])|\uD83D\uDE44/],
    message: 'Sarcasm stings more than plain words and makes it hard for them to open up. Saying what bothers you is kinder and clearer.',
    reframes: [
      { label: 'Say it plainly', text: "I'm upset about what happened" },
      { label: 'Describe the moment', text: 'I felt hurt when …' },
    ],
    examples: {
      flagged: ['Genius move.', 'Nice going, really.', 'Wow, great job ruining the night.', 'Oh wow, what a surprise, you are upset again.', 'whatever you say, princess', 'Good one. Really mature of you.', 'Great, another amazing decision from you.'],
      clean: ['Nice going on the exam!! so proud of you', 'Wow, great job on the presentation today!', 'lol that was a genius move by the ref', "genius idea, let's do it", "brilliant plan, I'm in", 'genius idea, count me in'],
    },
  },
  {
    id: 'sarcasm-frame',
    category: 'contempt',
    severity: 2,
    triggers: ['great', 'wonderful', 'brilliant', 'fantastic', 'lovely', 'perfect', 'joy', 'thanks', 'thank', 'cheers', 'nice', 'glad', 'finally', 'ok', 'cool', 'genius', 'einstein', 'sherlock', 'mastermind', 'bless', 'imagine', 'congrats', 'congratulations', 'bravo', 'goes', 'trip', 'story'],
    negatable: false,
    patterns: [
      p('(?<span>(?:oh|ah|wow|yay)?,? ?(?:great|wonderful|brilliant|fantastic|lovely|perfect|joy|goody|how nice|how lovely|how wonderful|fab|marvellous|marvelous|super),? (?:here we go|another|so now|now youre|youre finally|you finally|just what i (?:needed|wanted)|more of this|this again|of course you|thanks for that))'),
      p('^(?:wow|gee|well gee|wow ok|wow okay),? (?<span>(?:thanks|thank you|cheers)(?: (?:so much|a lot|a bunch|heaps|very much))?)(?= ?(?:$|\\.(?! ?[a-z])))'),
      p('(?<span>must be nice (?:to|being|having)(?: [a-z]+){0,3} (?:nothing|no|never|not|zero|all day|whatever you want)(?: [a-z]+){0,4})'),
      p('(?<span>(?:glad|nice that|good that) (?:someone|somebody|one of us)(?: is|s)? (?:having fun|enjoying (?:themselves|it)|happy|having a good time))'),
      p('(?<span>(?:glad|nice of you|so nice of you|thanks|thank you) (?:you could|to|for) (?:finally )?(?:make it|join us|grace us|show up|turn up|be bothered|bother|joining us|showing up|turning up|gracing us)(?: with your presence)?)'),
      p('(?<span>thanks for finally(?: [a-z]+){1,4})'),
      p('^(?:lol|lmao|haha|ha|k|kk|mhm|hmm|ooh|oh)?,? ?(?<span>(?:lol|lmao) ok(?: then)?|ok (?:then|sure)|cool story(?: bro| mate| babe| bud)?|sure jan)(?= ?(?:$|[.\\uD83D]))'),
      p('(?:^|ok,? |okay,? |sure,? |yeah,? |right,? |alright,? |nice one,? |well done,? |good one,? |thanks,? |great,? )(?<span>(?:genius|einstein|sherlock|smartass|smart arse|mastermind|captain obvious))(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>bless your (?:little )?heart|imagine being (?:this|that|so) [a-z]+)'),
      p('(?<span>(?:congrats|congratulations|well done|bravo) (?:on|for) being (?:the worst|so [a-z]+|such an? [a-z]+|this [a-z]+|that [a-z]+))'),
      p('(?<span>here (?:she|he|you) (?:goes|go) again|(?:the|another|with the|your|a) guilt trip(?:ping)?)'),
    ],
    unless: [FRIENDLY, /!!|(?<![a-z])(?:proud|send pics|enjoy|so happy for|congrats on (?:the|your)|well deserved|amazing|thoughtful|lifesaver|appreciate)(?![a-z])/],
    message: 'Sarcasm stings more than plain words and makes it hard for them to open up. Saying what bothers you is kinder and clearer.',
    reframes: [
      { label: 'Say it plainly', text: "I'm upset about what happened" },
      { label: 'Describe the moment', text: 'I felt hurt when …' },
    ],
    examples: {
      flagged: ['oh great, here we go again', 'wow thanks.', 'must be nice having nothing else to worry about', "glad someone's having fun", 'Thanks for finally joining us', 'lol ok', 'ok genius', 'bless your heart', 'imagine being this dense', 'congrats on being the worst', 'here she goes again', 'cool story bro'],
      clean: ['oh great, the parcel came early!', "wow thanks so much, that's really thoughtful", 'must be nice being on holiday, send pics!!', "lol ok that's hilarious", 'thanks', 'congrats on being promoted!!'],
    },
  },
  {
    id: 'eye-roll',
    category: 'contempt',
    severity: 2,
    triggers: ['\uD83D\uDE44', '\uD83D\uDE12'],
    onlyAlone: true,
    patterns: [/(?<span>\uD83D\uDE44|\uD83D\uDE12)/dg],
    negatable: false,
    message: 'An eye-roll reads as contempt, even in an emoji. If something bothers you, saying it in words is easier to hear.',
    reframes: [{ label: 'Say it in words', text: "that's frustrating for me" }],
    examples: { flagged: ['ok 🙄', 'fine 🙄 see you there'], clean: ['lol ok 😂', 'see you soon ❤️'] },
  },
  {
    id: 'mock-title',
    category: 'contempt',
    severity: 2,
    triggers: ['princess', 'perfect', 'majesty', 'highness', 'feelings', 'hear', 'queen', 'einstein', 'sherlock', 'victim', 'martyr', 'saint', 'nice', 'nothing', 'happy', 'satisfied', 'clap', 'claps', 'medal', 'cookie', 'applause', 'right', 'wrong', 'mighty', 'know', 'exist', 'alive', 'look', 'because', 'worked', 'good', 'kind', 'sweet', 'lovely', 'big', 'finally', 'remember', 'show'],
    negatable: false,
    patterns: [
      p('(?:^|(?<=,) |ok,? |okay,? |sure,? |yeah,? |whatever,? |right,? |fine,? |yes,? |lol |well )(?<span>(?:princess|your majesty|drama queen|einstein|sherlock|(?:little )?(?:mr|miss|mister|little miss) perfect|saint [a-z]+))(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:mr|miss|mister|little miss|mrs|ms) (?:perfect|always right|know it all|never wrong|high and mighty)|your (?:royal )?(?:highness|majesty))'),
      p('(?<span>did (?:someone|somebody|the baby|(?:the )?little [a-z]+) get (?:their|her|his|its|her little|his little|their little) feelings hurt)'),
      p('(?<span>is that what you want(?:ed)? to hear)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?:^|sure,? |right,? |oh yeah,? |yeah,? |oh )(?<span>(?:because|since|like) (?:youre|you are|you) (?:so |such |such a |always |never )?(?:perfect|innocent|a saint|saint|an angel|angel|never wrong|always right))'),
      p('(?<span>(?:arent|are not) you (?:just )?(?:the|a|so) (?:victim|martyr|saint|perfect|special|precious|innocent)(?: [a-z]+){0,3})'),
      p('(?<span>must be nice (?:to never|being perfect|to be perfect|to always be right|to be you|being you|to have no)(?: [a-z0-9]+){0,5})'),
      p('(?<span>thanks (?:a lot |so much |again |very much )?for (?:nothing|ruining|absolutely nothing)(?: [a-z0-9]+){0,3})'),
      p('(?:^|(?<=[.,!?]) |so |are you |you )(?<span>(?:happy|satisfied) now)(?= ?\\?)'),
      p('(?<span>(?:nice|good|kind|sweet|lovely|thoughtful|big) of you to (?:finally )?(?:remember|notice|acknowledge|realise|realize|reply|text back|show up|join us)(?: (?:that )?i (?:exist|am alive|still exist|live here)| me)?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?:^|oh,? |well,? |wow,? |ah,? )(?<span>look (?:who|whos) (?:finally |decided |deigned |bothered |managed )?(?:decided to |deigned to |bothered to |managed to )?(?:turned up|showed up|text(?:ed)? back|repl(?:y|ied)|answer(?:ed)?|call(?:ed)?|remembered (?:me|i exist)|(?:is |s )?(?:alive|awake|back))(?: back)?)'),
      p('(?:^|haha,? |lol,? |yeah,? |oh,? |sure,? |right,? )(?<span>(?:yeah,? )?because (?:that|this|it) (?:worked|went) (?:so |really )?(?:well|great|brilliant|brilliantly|amazingly)(?: last time| before| the last time)?)'),
      p('(?<span>slow clap|\\*(?:slow )?claps?\\*|(?:do you|you) want a (?:medal|cookie|gold star)|round of applause for you)'),
    ],
    unless: [/!!|(?<![a-z])(?:missed you|miss you|welcome back|welcome home|yay|love you|so happy|so glad|xx|x)(?![a-z])|\u2764|\uD83E\uDD70|\uD83D\uDE0D/],
    message: 'Mockery tells them their hurt is a joke to you, which makes it unsafe to stay open. Saying what bothers you plainly is easier to hear.',
    reframes: [
      { label: 'Say it plainly', text: "I'm frustrated, and I want to talk about it" },
      { label: 'Describe the moment', text: 'I felt hurt when …' },
    ],
    examples: {
      flagged: ['lol ok princess', 'ok mr perfect', "Sure, because you're SO perfect.", "well aren't you the victim of the century", 'must be nice to never make a mistake huh', 'Thanks a lot for nothing.', "I'll be more careful. Happy now?", '*slow clap* amazing work', "Oh, I'm SO sorry your highness.", 'aww did someone get their feelings hurt', 'I said sorry. Is that what you want to hear?', 'nice of you to remember I exist', 'oh look who finally decided to text back', "look who's finally bothered to reply", 'good of you to finally show up', 'yeah because that worked so well last time', 'ok mr always right', 'sure thing mr know it all'],
      clean: ['She dressed up as a princess for the party!', 'It must be nice to be on the beach right now, enjoy!', 'Are you happy now that the move is done?', 'look who is back!! missed you', 'so nice of you to remember me x', 'Thanks so much for everything.', 'I love you because you are so kind.', 'Is that what you wanted to hear about the trip? Tell me more.'],
    },
  },
];

export const CONTEMPT_REGEXES: readonly RegExp[] = [SYMPATHY];
