import { p, type Rule } from '../rule';

/** A break that names a return is healthy, not stonewalling. */
const RETURN =
  /(?<![a-z])(?:later|(?<!(?:doing|having) this (?:with you )?)tonight|tomorrow|in an hour|in a bit|in a few|in (?:a|\d+|ten|twenty|thirty|five) (?:min|mins|minutes|hours?)|come back|get back to|when im ready|when im calmer|when i calm down|once i|ill be back|talk soon|can we talk|lets talk|need (?:a|some) (?:time|space|minutes|break)|give me (?:a|some) (?:time|space|minutes)|after (?:dinner|work|lunch)|right now but)(?![a-z])/;

/** "forget it, found my keys" is about a thing, not the talk. */
const NEVER_MIND = /(?<![a-z])(?:found (?:it|them|my|the)|figured (?:it )?out|got it|never mind|nvm|sorted)(?![a-z])/;

export const stonewallingRules: Rule[] = [
  {
    id: 'whatever',
    category: 'stonewalling',
    severity: 2,
    triggers: ['whatever', 'want'],
    patterns: [
      p('(?:^|(?<=,) |fine,? |ok,? |k,? |ugh,? |yeah,? |well,? |sure,? |oh |anyway,? |lol,? |lmao,? |meh,? )(?<span>whatever)(?: (?:then|man|mate|dude|lol|bro|babe|pal|i dont care|you want|you say,? im (?:off|out|done)|bye|goodbye|im out|im off))?(?= ?(?:$|[.,!?;:\\n\\-]|\\uD83D))'),
      p('(?<span>(?:just )?do (?:whatever|what) you want)(?= ?(?:$|[.,!?;:\\n]| i dont care))'),
    ],
    unless: [RETURN],
    message: 'A flat "whatever" can feel like a door closing. If you need a pause, saying so and naming when you will come back keeps the door open.',
    reframes: [
      { label: 'Ask for a pause', text: "I'm too upset to talk well right now. Can we pick this up in an hour?" },
      { label: 'Say how you feel', text: "I'm frustrated and I don't know what to say yet" },
    ],
    examples: {
      flagged: ['Whatever.', 'k. whatever', 'Fine. Do whatever you want.', 'whateverrr', 'whatever mate', 'lol whatever', 'whatever you say, im off'],
      clean: ['Whatever you prefer works for me.', "whatever happens, I'm with you", 'Pizza or whatever, I am easy.'],
    },
  },
  {
    id: 'done-talking',
    category: 'stonewalling',
    severity: 2,
    triggers: ['care', 'cares', 'interested', 'time', 'done', 'finished', 'through', 'conversation', 'talking', 'talkin', 'bother', 'cba', 'bothered', 'arsed', 'out', 'discussing', 'talk', 'discuss', 'hear', 'argue', 'doing', 'having', 'nothing', 'end', 'conversations', 'discussion', 'closed', 'going', 'wont', 'will', 'refuse', 'explaining', 'justifying', 'defending', 'explain', 'justify', 'defend', 'point', 'tired'],
    negatable: false,
    patterns: [
      p('(?<span>(?:im|i am) (?:so |just )?(?:done|finished|through) (?:talking|discussing|arguing|dealing)(?: (?:about|with) (?:this|it|that|you))?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:this|the|our) (?:conversation|discussion|topic|subject|matter) is (?:over|done|finished|closed)|conversations? over|end of (?:discussion|story|conversation))'),
      p('(?<span>(?:im|i am) (?:so |just |officially )?(?:done|finished|through) with (?:this|the|our) (?:convo|conversation|discussion|argument|fight|topic))'),
      p('(?<span>(?:im|i am) (?:so |just |officially )?(?:done|finished|through) with (?:this|you|it|us|all of this))(?= ?(?:$|[.!?\\n]))'),
      p('(?<span>i (?:wont|will not|refuse to|am not going to|m not going to)(?: be)? (?:discuss|discussing|talk|talking|argue|arguing|engage|engaging)(?: about| with you about)? (?:this|it|that)(?: any further| anymore| any more| again| further| with you)?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:im|i am) not going to (?:talk|discuss|argue)(?: about)? (?:it|this|that)(?: (?:anymore|any more|again|with you))?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?:^|nope,? |yeah |no,? )(?<span>not (?:doing|having) this(?: (?:right now|again|anymore|conversation|with you|today)){0,2})(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:im|i am) (?:so )?(?:done|finished|through|tired of) (?:explaining|justifying|defending) myself|i (?:wont|will not|refuse to) (?:explain|justify|defend) myself(?: (?:anymore|again|to you))?)'),
      p('(?<span>(?:theres|there is) no point (?:in )?(?:talking|discussing|arguing|explaining|trying)(?: (?:to|with) you| about (?:it|this))?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:im|i am) (?:not|done) (?:talking|talkin|discussing) (?:about )?(?:this|it|that)(?: (?:with|w) you)?(?: (?:anymore|any more|again|with you))?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:im|i am) not (?:doing|having) this(?: conversation)?(?: (?:right now|again|anymore|with you|tonight)){0,2})(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>i (?:dont|do not) want to (?:talk|discuss|hear|argue)(?: about)? (?:it|this|that|anything)(?: (?:anymore|any more|again))?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>i (?:honestly |really |just )?(?:dont|do not) care(?: anymore| any more)?)(?= ?(?:$|[.!?\\n]))'),
      p('(?<span>i (?:dont|do not) have time for (?:this|you|your drama|this drama|that))(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:i have|ive|ive got|i got|i have got)(?: literally| honestly)? nothing (?:more |else |left )?to say(?: to you)?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('^(?:(?:im|i am|yeah|ok|okay|well|so) )?(?<span>(?:done|finished|through) (?:talking|discussing|arguing)(?: (?:about (?:this|it|that)|with you))?)(?= ?(?:$|[.!?\\n]))'),
      p('(?<span>(?:go )?(?:talk|vent|complain|cry) to (?:someone|somebody|anyone) (?:who|that) (?:cares|gives a [a-z]+))'),
      p('^(?:(?:im|i am|honestly|just|sorry) )?(?<span>not interested in (?:discussing|talking about|hearing about|going over|arguing about|having) (?:it|this|that|any of this|this conversation))(?= ?(?:$|[.,!?;:\\n]| anymore| again| with you))'),
      p('(?<span>(?:dont|do not) (?:even )?bother (?:replying|texting|calling|coming|answering|responding|messaging|explaining)(?: (?:back|me|to me))?)'),
      p('(?<span>(?:cba|cant be bothered|cannot be bothered|cant be arsed|cant be assed) (?:with (?:this|you|it|that|the drama|your drama)|anymore|any more))'),
    ],
    unless: [RETURN],
    message: 'Ending the talk with no way back can leave them alone with the hurt. A pause is fine; saying when you will come back makes it safe.',
    reframes: [
      { label: 'Pause with a return', text: 'I need a break. Can we come back to this tonight?' },
      { label: 'Say what you need', text: "I'm overwhelmed right now. Give me twenty minutes and I'll come back" },
    ],
    examples: {
      flagged: ["I'm done talking about this.", "I don't want to talk about it.", 'im done with this convo', "Conversation's over.", 'im not having this conversation again', 'This discussion is closed.', "I won't be discussing this any further.", 'not doing this rn. bye', "I'm done explaining myself.", 'im not gonna talk about it', "There's no point talking to you.", 'Conversation over.', "I'm not discussing this anymore.", 'im done discussing this', 'done talking.', "I've got nothing to say to you", 'i have nothing more to say', 'talk to someone who cares', 'go cry to someone who cares', 'not interested in discussing it', "I'm not interested in talking about this", "i'm not doing this with you tonight"],
      clean: ["I'm done with the report, sending it now.", "I'm done with this book, want to borrow it?", "I won't talk about it at dinner, but let's talk tonight.", "There's no point arguing about the restaurant, let's go to the Thai place.", "I don't want to talk about work tonight, let's just watch a movie.", "I need 20 minutes, then I'll come back and we'll talk.", 'done talking to the bank, they sorted it', "I've got nothing to say about the film, I slept through it", "I'm not doing this tonight, let's talk tomorrow", 'not interested in discussing it at work, but happy to talk tonight'],
    },
  },
  {
    id: 'leave-me-alone',
    category: 'stonewalling',
    severity: 2,
    triggers: ['alone', 'text', 'contact', 'talk', 'call', 'message', 'texting', 'calling', 'drop', 'forget', 'away', 'hand'],
    negatable: false,
    patterns: [
      p('(?<span>(?:just )?leave me alone)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>(?:dont|do not|stop) (?:text|call|message|texting|calling|messaging|talk to|contact) me(?: (?:again|anymore|ever))?)(?= ?(?:$|[.,!?;:\\n]))'),
      p('^(?:just |ok |fine )?(?<span>(?:drop it|forget it|go away|talk to the hand)(?: already)?)(?= ?(?:$|[.,!?;:\\n]))'),
    ],
    unless: [RETURN, NEVER_MIND],
    message: 'Shutting them out can feel like punishment. If you need space, say so and say when you will be back.',
    reframes: [
      { label: 'Ask for space kindly', text: "I need some space right now. I'll text you tonight" },
    ],
    examples: {
      flagged: ['Leave me alone.', "Leave me alone, I don't care.", 'Drop it.', "Don't text me."],
      clean: ["Leave me alone with the cake and I'll eat all of it", 'forget it, i found my keys lol', 'Could you drop it off at my place?', 'Leave the keys on the table please.'],
    },
  },
  {
    id: 'curt-k',
    category: 'stonewalling',
    severity: 2,
    triggers: ['k', 'fine', 'done', 'bye', 'end', 'out'],
    negatable: false,
    patterns: [p('^(?<span>k)(?=\\.| ?$)'), p('^(?:ok |well |yeah |right )?(?<span>(?:fine|done|bye|end of))(?= ?(?:\\. ?$|$))'), p('(?:^|no,? |nope,? |ok,? |right,? |well,? |fine,? )(?<span>(?:im|i am) (?:out|done))(?= ?(?:$|\\. ?$))')],
    unless: [RETURN, /(?<![a-z])(?:love|thanks|thank|cheers|see you|night|safe|x|xx|xxx)(?![a-z])|!|\uD83C\uDF89|(?<![a-z])(?:finally|finished|yay|woohoo)(?![a-z])|\uD83D\uDE18|\u2764/],
    message: 'A bare "k." can read as a cold shut-down. A few more words help them know where you stand.',
    reframes: [{ label: 'Say more', text: "Okay. I need a moment, but I'm still here" }],
    examples: { flagged: ['k.', 'k', 'fine.', 'done.', 'bye', "I've apologised. end of.", ], clean: ['k see you at 6', 'ok sounds good', 'fine by me', 'done! sent you the file', 'bye love, drive safe x', 'Thanks for today. Bye!'] },
  },
  {
    id: 'curt-ok',
    category: 'stonewalling',
    severity: 2,
    triggers: ['ok', 'okay', 'kk', 'sure', 'cool', 'right', 'fine'],
    negatable: false,
    patterns: [p('^(?<span>(?:ok|okay|kk|sure|cool|right|fine))(?=\\. ?$)')],
    // A full stop after "ok" reads cold only when it is all that was said.
    unless: [RETURN, /(?<![a-z0-9])[a-z0-9]+ [a-z0-9]+ [a-z0-9]+|!|\?|(?<![a-z])(?:x|xx|thanks|love)(?![a-z])/],
    message: 'A lone "ok." with a full stop can read as a cold shut-down. A few more words help them know where you stand.',
    reframes: [{ label: 'Say more', text: "Okay. I need a moment, but I'm still here" }],
    examples: {
      flagged: ['ok.', 'okay.', 'sure.', 'cool.', 'right.'],
      clean: ['ok', 'ok!', 'ok. see you at 6', 'ok. I will grab milk on the way home', 'sure. I will bring the cake', 'cool. thanks x'],
    },
  },
];

export const STONEWALLING_REGEXES: readonly RegExp[] = [RETURN, NEVER_MIND];
