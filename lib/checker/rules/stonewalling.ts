import { p, type Rule } from '../rule';

/**
 * A break that names a return is healthy, not stonewalling. A bare "later" is no return ("talk later."
 * after a fight closes the door); "later today", "I'll text you" and "can we talk" are.
 */
const RETURN =
  /(?<![a-z])(?:later (?:today|tonight|on|this [a-z]+)|ill (?:text|call|message|ring|phone) you|(?:can|could) we (?:chat|talk|speak|discuss)|(?<!(?:doing|having|do) this (?:with you )?)tonight(?! or (?:any|ever))|tomorrow|in an hour|in a bit|in a few|in (?:a|\d+|ten|twenty|thirty|five) (?:min|mins|minutes|hours?)|come back|get back to|when im ready|when im calmer|when i calm down|once i|ill be back|talk soon|can we talk|lets talk|need (?:a|some) (?:time|space|minutes|break)|give me (?:a|some) (?:time|space|minutes)|after (?:dinner|work|lunch)|right now but)(?![a-z])/;

/** "forget it, found my keys" is about a thing, not the talk. */
const NEVER_MIND = /(?<![a-z])(?:found (?:it|them|my|the)|figured (?:it )?out|got it|sorted)(?![a-z])/;

/** After "I apologised" / "it's been a week", pressing to stop is hurrying them (rushing), not a shut-down. */
const AFTER_APOLOGY = /(?<![a-z])(?:apologized|said sorry|said im sorry|said i was sorry|(?:its|it has) been (?:like |over |almost )?(?:a|an|two|three|four|five|six|[0-9]+|a few|several) (?:days?|weeks?|months?|years?))(?![a-z])/;

/** Teasing or light chat ("zip it 😂", "i give up lol"), not a door closing. */
const PLAYFUL = /\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE1C|\uD83D\uDE05|\uD83D\uDE06|(?<![a-z])(?:lol|lmao|haha[a-z]*|hehe[a-z]*|jk|just kidding)(?![a-z])/;

export const stonewallingRules: Rule[] = [
  {
    id: 'whatever',
    category: 'stonewalling',
    severity: 2,
    triggers: ['whatever', 'want', 'like'],
    // "idc tbh do what u want": the "dont" belongs to the shrug, not to this.
    negatable: false,
    patterns: [
      p('(?:^|(?<=,) |fine,? |ok,? |ok cool,? |cool,? |k,? |ugh,? |yeah,? |yea,? |yep,? |yup,? |mhm,? |^you,? |well,? |sure,? |oh |anyway,? |lol,? |lmao,? |meh,? )(?<span>whatever)(?: (?:then|man|mate|dude|lol|bro|babe|pal|i dont care|you want|you say,? im (?:off|out|done)|bye|goodbye|im out|im off))?(?= ?(?:$|{TAG}|[.,!?;:\\n\\-]|\\uD83D))'),
      p('(?:^|(?<=[,.!?;:]) |fine |ok |okay |yeah |well )(?<span>whatever you say)(?: (?:then|mate|babe))?(?= ?(?:$|{TAG}|[.,!?;:\\n\\-]|\\uD83D))(?!,? (?:princess|your (?:majesty|highness|lordship|royal)|boss|sir|madam|genius|oh (?:wise|great|mighty)|captain|dear|darling|sweetheart|professor|einstein))'),
      p('(?<span>(?:think|believe|say|feel) (?:whatever|what) you (?:want|like))(?= ?(?:$|{TAG}|[.!?\\n]|, i(?:m| am| dont) (?:done|out|care)))'),
      p('(?<span>(?:just )?do (?:whatever|what) you want)(?= ?(?:$|{TAG}|[.,!?;:\\n]| i dont care))'),
    ],
    // Praise next to it ("whatever you say, chef, dinner was amazing") makes it banter.
    unless: [RETURN, /(?<![a-z])(?:dont mind|im easy|either way|either is fine|up to you|your call|no pressure|your choice|happy either|(?:was|is|looks|tastes|looked|tasted) (?:amazing|delicious|incredible|perfect|lovely|so good|the best)|delicious|yum|yummy)(?![a-z])/],
    message: 'A flat "whatever" can feel like a door closing. If you need a pause, saying so and naming when you will come back keeps the door open.',
    reframes: [
      { label: 'Ask for a pause', text: "I'm too upset to talk well right now. Can we pick this up in an hour?" },
      { label: 'Say how you feel', text: "I'm frustrated and I don't know what to say yet" },
    ],
    examples: {
      flagged: ['Whatever.', 'k. whatever', 'ya whatever', 'yea whatever then', 'Fine. Do whatever you want.', 'whateverrr', 'whatever mate', 'lol whatever', 'whatever you say, im off', 'believe what you want.', "say what you want, I'm done", "whatever you say, you're always right aren't you 🙃"],
      clean: ['Whatever you prefer works for me.', "I don't mind, do whatever you want", 'whatever you say, princess', 'say what you want about him, he cooks a great curry', 'feel what you like, all feelings are okay here', "whatever happens, I'm with you", 'Pizza or whatever, I am easy.', 'did you get the tickets or whatever?', 'whatever you say, chef 👨‍🍳 dinner was amazing'],
    },
  },
  {
    id: 'done-talking',
    category: 'stonewalling',
    severity: 2,
    triggers: ['better', 'convo', 'argument', 'chat', 'fight', 'arguing', 'fighting', 'owe', 'anything', 'argue', 'here', 'care', 'cares', 'interested', 'time', 'done', 'finished', 'through', 'conversation', 'talking', 'talkin', 'bother', 'cba', 'bothered', 'arsed', 'out', 'discussing', 'talk', 'discuss', 'hear', 'argue', 'doing', 'having', 'nothing', 'end', 'conversations', 'discussion', 'closed', 'going', 'wont', 'will', 'refuse', 'explaining', 'justifying', 'defending', 'explain', 'justify', 'defend', 'point', 'tired', 'lawyer', 'attorney', 'solicitor', 'bring', 'bringing', 'getting', 'energy', 'patience', 'headspace', 'bandwidth'],
    negatable: false,
    patterns: [
      p('(?<span>(?:im|i am) (?:so |just )?(?:done|finished|through) (?:talking|discussing|arguing|dealing)(?: (?:about|with) (?:this|it|that|you))?){END}'),
      p('(?<span>(?:this|the|our) (?:conversation|convo|discussion|topic|subject|matter|argument|chat) is (?:over|done|finished|closed)|conversations? over|end of (?:discussion|story|conversation))'),
      p('(?<span>(?:im|i am) (?:so |just |officially )?(?:done|finished|through) with (?:this|the|our) (?:convo|conversation|discussion|argument|fight|topic))'),
      p('(?<span>(?:im|i am) (?:so |just |officially )?(?:done|finished|through) with (?:this|you|it|us|all of this))(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('(?<span>i (?:wont|will not|refuse to|am not going to|m not going to)(?: be)? (?:discuss|discussing|talk|talking|argue|arguing|engage|engaging)(?: about| with you about)? (?:this|it|that)(?: any further| anymore| any more| again| further| with you)?){END}'),
      p('(?<span>(?:im|i am) not (?:arguing|fighting|debating) (?:with you |about (?:this|it) )?(?:anymore|any more|again)){END}'),
      p('(?<span>(?:im|i am) not going to (?:talk|discuss|argue|engage)(?: about| with you about)? (?:it|this|that)(?: (?:anymore|any more|again|with you|further|any further))?){END}'),
      p('(?:^|nope,? |yeah |no,? )(?<span>not (?:doing|having) this(?: (?:right now|again|anymore|conversation|with you|today|tonight)){0,2}){END}'),
      p('(?<span>(?:im|i am) (?:so )?(?:done|finished|through|tired of) (?:explaining|justifying|defending) myself|i (?:wont|will not|refuse to) (?:explain|justify|defend) myself(?: (?:anymore|again|to you))?|(?:im|i am) not (?:explaining|justifying|defending) myself(?: (?:anymore|again|to you))?|i (?:dont|do not) owe you (?:an explanation|anything|a reply|an answer|an apology))'),
      p('(?<span>(?:theres|there is) no point (?:in )?(?:talking|discussing|arguing|explaining|trying)(?: (?:to|with) you| about (?:it|this))?){END}'),
      p('(?<span>(?:im|i am) (?:not|done) (?:talking|talkin|discussing) (?:about )?(?:this|it|that)(?: (?:with|w) you)?(?: (?:anymore|any more|again|with you))?){END}'),
      p('(?<span>(?:im|i am) not (?:doing|having) this(?: (?:conversation|convo|argument|fight|discussion))?(?: (?:right now|again|anymore|with you|tonight)){0,2}){END}'),
      p('(?<span>i (?:dont|do not) want to (?:talk|discuss|hear|argue|speak)(?: about| to| with)? (?:it|this|that|anything|you)(?: (?:anymore|any more|again))?){END}'),
      p('(?<span>i (?:honestly |really |just )?(?:dont|do not) care(?: anymore| any more)?)(?= ?(?:$|{TAG}|[.!?\\n]| tbh| honestly| lol| do what| whatever| anyway))'),
      // The same shut-downs with the subject dropped, as chat often does: "dont wanna talk", "dont care anymore".
      p('(?:^|(?<=[.!?] )|(?:honestly|tbh|ugh|yeah|nah|no|ok|okay|well|just),? )(?<span>(?:dont|do not) (?:want to|wanna) (?:talk|discuss|argue|speak)(?: about (?:it|this|that))?(?: (?:anymore|any more|rn|right now|now|again|with you))?){END}'),
      p('(?:^|(?<=[.!?] )|(?:honestly|tbh|ugh|yeah|nah|ok|okay|well|lol),? )(?<span>(?:dont|do not) care(?: (?:anymore|any more|tbh|honestly))?)(?= ?(?:$|{TAG}|[.!?\\n]| do what| whatever| anyway))'),
      p('(?<span>i (?:dont|do not) have time for (?:this|you|your drama|this drama|that)(?: (?:nonsense|crap|rubbish|bs|bullshit|garbage|drama|again))?){END}'),
      p('(?<span>i (?:have|ve got|got) better things to do(?: (?:with my time|than this|than argue with you|than argue))?)(?= ?(?:$|{TAG}|[.!?;:\\n]))'),
      p('(?<span>i (?:just )?(?:dont|do not) have (?:the )?(?:energy|patience|headspace|bandwidth) for (?:this|you|this conversation|this convo|this again|your drama|any of this))(?= ?(?:$|{TAG}|[.,!?;:\\n]| anymore| right now| tonight))'),
      p('(?<span>(?:im|i am) not going to (?:argue|fight|argue with you|fight with you|argue w you)(?: (?:about (?:this|it|that)|anymore|any more|again))?){END}'),
      p('(?<span>(?:were|we are|im|i am) (?:so |just )?done (?:talking|here))(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('(?<span>(?:im|i am) (?:so |just )?done (?:with|w) (?:this|the|our) (?:convo|conversation|discussion|argument|fight))'),
      p('^(?<span>done (?:with|w) (?:this|the) (?:convo|conversation|discussion|argument))'),
      p('(?<span>i (?:dont|do not) have anything (?:more |else |left )?to say(?: to you)?){END}'),
      p('(?<span>(?:i have|ive|ive got|i got|i have got)(?: literally| honestly)? nothing (?:more |else |left )?to say(?: to you)?){END}'),
      p('(?<span>(?:i have|ive|ive got|i got|i have got|i dont have)(?: literally| honestly)? (?:nothing|anything) (?:more|else|left) to say about (?:it|this|that|the [a-z]+|[a-z]+)){END}'),
      p('^(?:(?:im|i am|yeah|ok|okay|well|so) )?(?<span>(?:done|finished|through) (?:talking|discussing|arguing)(?: (?:about (?:this|it|that)|with you))?)(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('(?<span>(?:go )?(?:talk|vent|complain|cry|ask|tell) (?:to )?(?:someone|somebody|anyone) (?:who|that) (?:cares|gives a [a-z]+))'),
      p('^(?:(?:im|i am|honestly|just|sorry) )?(?<span>not interested in (?:discussing|talking about|hearing about|going over|arguing about|having) (?:it|this|that|any of this|this conversation))(?= ?(?:$|{TAG}|[.,!?;:\\n]| anymore| again| with you))'),
      p('(?<span>(?:dont|do not) (?:even )?bother (?:replying|texting|calling|coming|answering|responding|messaging|explaining)(?: (?:back|me|to me))?)'),
      p('(?:^|(?<=[,.!?;:]) |nope |no |so |and |yeah |sorry )(?<span>not (?:talking|discussing|getting into) (?:about )?(?:it|this|that)(?: (?:anymore|any more|again|ever|with you|tonight|right now)){0,2})(?= ?(?:$|{TAG}|[.,!?;:\\n]|\\uD83E|\\uD83D))'),
      p('(?<span>(?:im|i am) not (?:discussing|talking about|going over|getting into) (?:the|your|my|our|his|her|that) [a-z]+(?: [a-z]+)? (?:anymore|any more|again|ever again))'),
      p('(?:^|(?<=[,.!?;:]) )(?<span>(?:subject|topic|discussion|case) closed)(?= ?(?:$|{TAG}|[.!\\n]))'),
      p('(?<span>(?:im|i am) (?:so |just |officially )?(?:done|finished|through) with (?:this|the|our) whole (?:convo|conversation|discussion|argument|fight|topic|subject)(?: forever)?){END}'),
      p('(?<span>talk to (?:you|ya) never)'),
      p('(?<span>(?:were|we are) (?:so |just )?(?:done|finished|through) (?:talking|discussing|arguing) (?:about )?(?:this|it|that)(?: (?:conversation|topic|subject))?){END}'),
      p('(?:^|(?<=[,.!?;:]) |no |nope |ok |so )(?<span>(?:were|we are) not (?:doing|having) this(?: (?:conversation|argument|fight|discussion))?(?: (?:again|anymore|any more|now|right now|tonight)){0,2})(?= ?(?:$|{TAG}|[.!?;:\\n]|, (?:bye|goodbye|im|i am|end)))'),
      p('(?<span>(?:im|i am) (?:so |just )?out of (?:this|the) (?:conversation|convo|discussion|argument|chat)){END}'),
      p('(?<span>(?:talk|speak|go) to (?:your|my) (?:father|mother|dad|mum|mom|sister|brother|friends?|therapist|mate)(?: about (?:it|this|that))?),? (?:not me(?= ?(?:$|{TAG}|[.!?\\n]))|if you want (?:answers|to talk|to know))'),
      p('(?<span>(?:were|we are) (?:not|never) (?:talking|discussing|going over) (?:about )?(?:this|it|that) (?:again|anymore|any more|ever again))'),
      p('(?<span>(?:talk|speak) to my (?:lawyer|attorney|solicitor)|take it up with my (?:lawyer|attorney|solicitor)|(?:go through|contact) my (?:lawyer|attorney|solicitor))'),
      p('(?<span>(?:im|i am) not (?:going to )?(?:keep )?(?:explaining|justifying|defending|explain|justify|defend) myself(?: (?:anymore|again|to you|any further))?)'),
      p('(?<span>(?:im|i am) not (?:going to )?(?:explaining|explain|going over|go over|repeating|repeat) (?:it|this|that|all (?:this|that)|any of (?:this|that)) (?:again|anymore|any more|one more time|a (?:second|third) time)(?: to you)?){END}'),
      p('(?<span>(?:cba|cant be bothered|cannot be bothered|cant be arsed|cant be assed) (?:with (?:this|you|it|that|the drama|your drama)|anymore|any more))'),
    ],
    // "im not gonna argue, i just want to understand" is listening, not leaving.
    unless: [RETURN, /(?<![a-z])(?:want to understand|help me understand|i hear you|im listening|i am listening|tell me (?:more|how|what)|youre right|you are right|i was wrong|thats fair|lol|lmao|haha[a-z]*)(?![a-z])|\uD83D\uDE02|\uD83E\uDD23/],
    message: 'Ending the talk with no way back can leave them alone with the hurt. A pause is fine; saying when you will come back makes it safe.',
    reframes: [
      { label: 'Pause with a return', text: 'I need a break. Can we come back to this tonight?' },
      { label: 'Say what you need', text: "I'm overwhelmed right now. Give me twenty minutes and I'll come back" },
    ],
    examples: {
      flagged: ["Read the parenting plan. I'm not explaining it again.", 'nope. not talking about it', 'not discussing this again.', "sorry. anyway. not talking about it anymore 🤐", "I'm not discussing the wedding anymore.", 'Subject closed.', "I'm done with this whole topic forever.", 'talk to u never i guess', 'talk to my lawyer', 'nah. not getting into this', "I'm sorry it hurt you. I just don't have the energy for this conversation.", "I'm not going to discuss it further.", 'Talk to your father if you want answers.', 'Talk to my mother about it, not me.', "I'm going to bed and we're not talking about this again.", "I'm not going to keep explaining myself.", 'I have nothing more to say about Christmas.', "I'm done talking about this.", "I don't want to talk about it.", 'im done with this convo', "Conversation's over.", 'im not having this conversation again', 'This discussion is closed.', "I won't be discussing this any further.", 'not doing this rn. bye', "I'm done explaining myself.", 'im not gonna talk about it', "There's no point talking to you.", 'Conversation over.', "I'm not discussing this anymore.", 'im done discussing this', 'done talking.', "I've got nothing to say to you", 'i have nothing more to say', 'talk to someone who cares', 'go cry to someone who cares', 'not interested in discussing it', "I'm not interested in talking about this", "i'm not doing this with you tonight", 'this convo is over', "I don't owe you an explanation", "i'm not arguing with you anymore", "i dont want to talk to you", 'ask someone who cares', 'im not gonna argue w u', 'we r done talking', 'done w this convo', "I don't have anything to say to you", "we're done here.", "We're finished discussing this. Period.", "We're not doing this again. Goodbye.", "Do whatever you like. I'm out of this conversation.", "I'm not discussing this anymore, tonight or any other night.", 'dont wanna talk', 'honestly dont care anymore'],
      clean: ["not talking about it at the party, it's a surprise!", "Case closed, the cat ate the ham 😂", "I talked to my lawyer about the lease, all good", "I'm not going to keep you, go enjoy the game", 'nothing more to say about the plan, see you at 7!', "I'm not going to defend myself. You're right about what I did.", "I don't have the energy for this conversation tonight, can we talk tomorrow?", 'i dont have the patience for this printer', 'my lawyer said talk to my lawyer first lol', "I'm done with this whole thing of paperwork, finally submitted", 'talk to your dad about it, not me, he knows cars', 'talk to your dad about it, he knows the car better', 'im not gonna argue, i just want to understand what it felt like for you',  "I'm done with the report, sending it now.", "I'm done with this book, want to borrow it?", "I won't talk about it at dinner, but let's talk tonight.", "There's no point arguing about the restaurant, let's go to the Thai place.", "I don't want to talk about work tonight, let's just watch a movie.", "I need 20 minutes, then I'll come back and we'll talk.", 'done talking to the bank, they sorted it', "I'm done here, heading to yours now", "i'm not going to argue with that, you're right!", "I've got nothing to say about the film, I slept through it", "I'm not doing this tonight, let's talk tomorrow", 'not interested in discussing it at work, but happy to talk tonight', "we're done talking about the budget, it's approved", "we're not doing this hike again lol", "we're finished discussing this, so I'll book the flights tomorrow", 'dont care, you pick the film', 'dont care what we eat lol', "don't want to talk about it right now, can we talk tomorrow after work?"],
    },
  },
  {
    id: 'leave-me-alone',
    category: 'stonewalling',
    severity: 2,
    triggers: ['alone', 'be', 'text', 'contact', 'talk', 'call', 'message', 'texting', 'calling', 'messaging', 'contacting', 'drop', 'forget', 'away', 'hand', 'go', 'hear'],
    negatable: false,
    patterns: [
      p('(?<span>(?:just )?leave me (?:alone|be)(?: about (?:it|this|that|her|him|them))?){END}'),
      p('(?<span>(?:dont|do not|stop) (?:text|call|message|texting|calling|messaging|talk to|contact|contacting) me(?: about (?:this|it|that|her|him|them))?(?: (?:again|anymore|ever))?){END}'),
      p('(?<span>you (?:wont|will not|will never) hear from me (?:again|ever again))(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('^(?:just |ok |fine )?(?<span>(?:drop it|forget it|go away|talk to the hand)(?: already)?){END}'),
      p('(?<span>talk to the hand)'),
      p('(?:^|(?<=[.,]) |fine |ok |okay |whatever |well )(?<span>(?:just )?go then)(?= ?(?:$|{TAG}|[.\\n]))'),
    ],
    unless: [RETURN, NEVER_MIND],
    message: 'Shutting them out can feel like punishment. If you need space, say so and say when you will be back.',
    reframes: [
      { label: 'Ask for space kindly', text: "I need some space right now. I'll text you tonight" },
    ],
    examples: {
      flagged: ['Leave me alone.', "Leave me alone, I don't care.", 'Drop it.', "Don't text me.", 'Fine with me. go then', 'talk to the hand lol im done', 'leave me be', 'Just leave me alone about her, ok?', "Don't text me about this again.", "You won't hear from me again."],
      clean: ["leave me be for 20 mins and I'll call you", "go then, you'll miss your train!", "Leave me alone with the cake and I'll eat all of it", 'forget it, i found my keys lol', 'Could you drop it off at my place?', 'Leave the keys on the table please.', "you won't hear from me again until Monday, off to the hills!", "don't text me about the party again, I'll see it tonight"],
    },
  },
  {
    // Walking out of a fight with no word about coming back: "Fine, I'm going to bed." / "muting this chat".
    id: 'walk-out',
    category: 'stonewalling',
    severity: 2,
    triggers: ['bed', 'sleep', 'here', 'leaving', 'off', 'gone', 'out', 'blocking', 'muting', 'ignoring', 'dont', 'hanging'],
    negatable: false,
    patterns: [
      p('(?:^|(?<=[.,!?]) |fine,? |whatever,? |ok,? |right,? |well,? |forget it,? |done,? )(?<span>(?:im|i am) (?:going to bed|off to bed|going to sleep|out of here|outta here|leaving|off|gone|out|hanging up(?: on you)?))(?= ?(?:$|{TAG}|[.,!?;:\\n]| and| bye))'),
      p('(?<span>(?:im|i am) hanging up on you)'),
      p('(?<span>(?:im|i am) (?:going to bed|off to bed|going to sleep|out of here|leaving)) and (?:were|we are|im|i am) not (?:talking|discussing)'),
      p('(?:^|(?<=[,.!?;:]) |im |i am |so |and |just )(?<span>(?:blocking|muting|ignoring) (?:you|this chat|this convo|this conversation|you and this chat))(?= ?(?:$|{TAG}|[.,!?;:\\n]| if| now| until| til| for good| bye))'),
      p('^(?:just )?(?<span>dont @ me)(?: (?:again|anymore|rn|right now))?(?= ?$)'),
    ],
    // The exit needs a sign of a fight nearby; "I'm going to bed." on its own is just news.
    requires: [/(?<![a-z])(?:fine|whatever|forget it|were done|we are done|im done|i am done|done|not talking|not discussing|be mad|youre impossible|cant deal|enough|if you|if you bring|blocking|muting|ignoring|dont @ me|figure it out|on you)(?![a-z])/],
    unless: [RETURN, /(?<![a-z])(?:night|nite|love you|love u|sleep well|sweet dreams|x|xx|xxx|finally|work|shift|gym|shop|notifications|notifs|memes|spam|group chat|lol|haha|lmao|pizza|take|opinion|tired|exhausted|early|week|weekend|holiday|holidays)(?![a-z])|\uD83D\uDE18|\u2764|\uD83D\uDE02|\uD83C\uDF89/],
    message: 'Walking off mid-fight with no word about coming back leaves them alone with it. Saying when you will pick it up again keeps it safe.',
    reframes: [
      { label: 'Pause with a return', text: "I'm too upset to keep going tonight. Can we talk tomorrow morning?" },
      { label: 'Ask for space kindly', text: "I need some space. I'll message you in the morning" },
    ],
    examples: {
      flagged: ["Fine, I'm going to bed.", "We're done! I'm out of here!", 'whatever. im off', 'blocking u if u bring this up again', 'muting this chat, figure it out urselves', "I'm going to bed and we're not talking about this again.", 'whatever, muting this convo', 'dont @ me', "I'm hanging up on you."],
      clean: ["I'm going to bed.", "ok I'm going to bed, night love x", "Done with work, I'm out of here!", 'muting this chat, too many notifications lol', 'pineapple belongs on pizza, dont @ me', "I'm hanging up, the bus is here", "ok I'm off to the gym", "fine, I'm going to bed early, so tired", "I'm going to bed, let's talk tomorrow"],
    },
  },
  {
    // "Don't bring this up again" forbids the subject; after an apology or a pardon it is hurrying them instead (rushing).
    id: 'banned-subject',
    category: 'stonewalling',
    severity: 2,
    triggers: ['bring'],
    negatable: false,
    patterns: [
      p('(?:^|(?<=[,.!?;:]) |and |so |just |please )(?<span>(?:dont|do not|never) (?:ever )?bring (?:this|it|that) up (?:again|ever again|anymore|any more)|(?:dont|do not|never) (?:ever )?bring up (?:this|it|that) (?:again|ever again))(?= ?(?:$|{TAG}|[.,!?;:\\n]| or| if))'),
    ],
    unless: [RETURN, AFTER_APOLOGY, PLAYFUL, /(?<![a-z])(?:forgave|forgiven|apologized|said sorry|said im sorry|surprise|at dinner|in front of|with (?:mum|mom|dad|your (?:mum|mom|dad|boss|sister|brother)|the kids|him|her|them))(?![a-z])/],
    message: 'Banning the subject leaves them holding it alone. If it is too much right now, say so and say when you can come back to it.',
    reframes: [
      { label: 'Pause with a return', text: "I can't talk about this right now. Can we come back to it tomorrow?" },
    ],
    examples: {
      flagged: ["Don't bring this up again.", 'never bring that up again', "I'm done talking about this. Don't bring it up again."],
      clean: ["don't bring it up again at dinner, it's a surprise", 'you said you forgave me so dont bring it up anymore', 'Don\'t bring that up again, it makes me cry laughing 😂'],
    },
  },
  {
    id: 'curt-k',
    category: 'stonewalling',
    severity: 2,
    triggers: ['k', 'fine', 'done', 'bye', 'end', 'out', 'seen', 'blocked'],
    negatable: false,
    patterns: [p('^(?<span>k)(?=\\.| ?$)'), p('^(?:left on )?(?<span>seen)(?=\\.| ?$)'), p('^(?<span>blocked)(?=\\.| ?$)'), p('^(?:ok |k |kk |okay |yeah |right |cool )?(?<span>(?:fine|done|bye|end of)(?: then| forever| for good)?)(?= ?(?:\\. ?$|$))'), p('(?:^|no,? |nope,? |ok,? |right,? |well,? |fine,? )(?<span>(?:im|i am) (?:out|done))(?= ?(?:$|{TAG}|\\. ?$))')],
    unless: [RETURN, AFTER_APOLOGY, /(?<![a-z])(?:love|thanks|thank|cheers|see you|night|safe|x|xx|xxx)(?![a-z])|!|\uD83C\uDF89|(?<![a-z])(?:finally|finished|yay|woohoo)(?![a-z])|\uD83D\uDE18|\u2764/],
    message: 'A bare "k." can read as a cold shut-down. A few more words help them know where you stand.',
    reframes: [{ label: 'Say more', text: "Okay. I need a moment, but I'm still here" }],
    examples: { flagged: ['seen', 'Seen.', 'k.', 'k', 'fine.', 'done.', 'bye', 'end of.', 'ok bye then'], clean: ['k see you at 6', 'ok sounds good', 'fine by me', 'Great job on the launch. Well done.', 'done! sent you the file', 'bye love, drive safe x', 'Thanks for today. Bye!', 'seen it already, great film', 'seen!'] },
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
  {
    // "Happy?" tacked onto a curt, grudging answer ("I don't know. There. Happy?") ends the talk with a jab.
    id: 'curt-happy',
    category: 'stonewalling',
    severity: 2,
    triggers: ['happy', 'satisfied'],
    negatable: false,
    patterns: [p('^(?:there |ok |fine |so |well )?(?<span>(?:are you )?(?:happy|satisfied)(?: now)?)(?=\\? ?$)')],
    requires: [/(?<![a-z])(?:i dont know|whatever|fine|there you go|said it|said sorry|said im sorry|apologized|sorry|you win|i was wrong|im the worst|terrible person)(?![a-z])|(?:^|[.!?] )there\./],
    unless: [PLAYFUL, /!|\uD83D\uDE0A|\uD83D\uDE42|\u263A|(?<![a-z])(?:birthday|gift|present|cake|surprise|booked|tickets|fixed|cleaned|works|working|sorted|ready|tidy|x|xx|love)(?![a-z])/],
    message: 'A sharp "Happy?" after a short answer closes the talk with a jab. Saying what you feel, even briefly, keeps it open.',
    reframes: [
      { label: 'Say how you feel', text: "I'm frustrated and I'm not sure what else to say right now" },
      { label: 'Ask for a pause', text: 'I need a few minutes. Can we come back to this in an hour?' },
    ],
    examples: {
      flagged: ["I don't know. There. Happy?", 'Fine, I said it. Happy now?', 'ok I was wrong. are you happy now?', 'Fine. satisfied?'],
      clean: ['there. happy now? the tv works again', 'I said yes to the dinner. Happy?', 'I booked the table for 8. Happy?', 'Happy?', 'Got you the big cake. Happy? 😊', 'ok I fixed the shelf. happy now?'],
    },
  },
  {
    id: 'refuse-to-engage',
    category: 'stonewalling',
    severity: 2,
    triggers: ['comment', 'mood', 'not', 'lets', 'cant', 'cannot', 'getting', 'going', 'been', 'discussed', 'covered', 'talked', 'gone', 'said', 'nothing', 'pointless', 'point', 'bother', 'give', 'nowhere', 'waste', 'useless', 'again'],
    negatable: false,
    patterns: [
      p('(?<span>(?:can|could) we (?:just |please |pls )*not(?: (?:do|have|start) (?:this|that|it)(?: (?:again|now|right now|today|tonight|rn))?)?(?: please| pls)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]|\\uD83D))'),
      p('(?:^|(?<=[,.!?;:]) |ok |okay |no |nope |yeah |just |please |so )(?<span>lets (?:just )?not(?: (?:do this|do that|go there|start|get into (?:it|this|that)))?){END}'),
      p('(?<span>i (?:literally |just |really |honestly |seriously |actually )?(?:cant|can not|cannot) (?:do|deal with|handle|cope with) (?:this|you|it|any of this|this conversation|you people)(?: (?:right now|now|anymore|any more|today|tonight|again|rn))?|i (?:literally |just |really |honestly )?(?:cant|cannot) (?:even )?(?:with|w) you){END}'),
      p('(?<span>(?:im|i am) not (?:getting into|going into|going there|going over|rehashing)(?: (?:it|this|that|all that|all this))?(?: (?:again|with you|right now|anymore|any more)){0,2}){END}'),
      p('(?:^|(?<=[,.!?;:]) |nope |no |yeah |oh )(?<span>not going there){END}'),
      p('(?<span>(?:weve|we have|we) (?:already )?(?:been over|been through|been thru|gone over|gone through|covered|discussed|talked about) (?:this|that|it)(?: (?:already|before|enough))?){END}'),
      p('(?<span>(?:ive|i have) (?:already )?said (?:all|everything|what) i (?:have|had|need|needed|want|wanted|am going|was going) to say)'),
      p('(?<span>(?:ive|i have) (?:already )?said (?:all|everything|what) (?:im|i am|i was) (?:going to|gonna|willing to|prepared to) say(?: (?:on|about) (?:this|it|that|the matter|the subject))?)(?![a-z])'),
      p('^(?<span>no comment)(?= ?(?:$|{TAG}|[.!\\n]))'),
      p('(?<span>(?:im|i am) not in the mood (?:for (?:this|you|it|that|this conversation|a fight|an argument|this again|your [a-z]+)|to (?:talk|argue|discuss|fight)(?: about (?:it|this|that))?))(?= ?(?:$|{TAG}|[.,!?;:\\n]| right now| anymore))'),
      p('(?<span>(?:(?:theres|there is|there was) |^)nothing (?:more |else |left )?to (?:say|talk about|discuss)(?: about (?:it|this|that))?)(?= ?(?:$|{TAG}|[.!?\\n]| anymore| here| with you))'),
      p('(?:^|(?<=[,.!?;:]) |honestly |seriously |god |ugh |omg |man |just )(?<span>(?:this|talking to you|talking about (?:this|it)|arguing with you|this conversation) is (?:so |just |literally |completely )?(?:pointless|useless|going nowhere|a waste of (?:time|breath|energy))){END}'),
      p('(?<span>(?:whats|what is) (?:even )?the point(?: (?:of (?:talking|even talking|trying|arguing|explaining|this)|anymore|any more))?){END}'),
      p('(?<span>why (?:do|would|should|did) i (?:even )?bother(?: (?:talking to you|talking|trying|explaining|asking|telling you|saying anything))?){END}'),
      p('(?:^|(?<=[,.!?;:]) |ok |fine |honestly |seriously |just |well )(?<span>i give up(?: on (?:you|us|this|trying|talking to you))?){END}'),
    ],
    unless: [RETURN, PLAYFUL, AFTER_APOLOGY, /(?<![a-z])(?:riddle|answer is|crossword|puzzle|level|homework|exam|maths|math|game|quiz|heat|traffic|queue|printer|wifi)(?![a-z])/],
    message: 'Closing the subject leaves them holding it alone. If you are overwhelmed, say so and name when you can come back to it.',
    reframes: [
      { label: 'Pause with a return', text: "I'm overwhelmed right now. Can we come back to this tonight?" },
      { label: 'Say what you need', text: "I'm struggling to talk about this. Give me a bit and I'll come back to it" },
    ],
    examples: {
      flagged: ['can we not do this right now', 'can we not', "let's not.", "I can't deal with you right now", "i cant do this anymore", "i'm not getting into it again", "We've been over this.", "we've been through this already", "I've said all I have to say.", "I've said everything I'm going to say on this.", "There's nothing more to say.", 'this is pointless', 'talking to you is a waste of time', "what's the point", 'why do i even bother', 'u never listen so why would i even bother explaining', 'i give up on us', "i cant even with you", 'nope, not going there', 'i literally cant w you', 'smh weve been thru this', 'no comment.', 'nothing to discuss', "I'm not in the mood for this"],
      clean: ["i'm not in the mood for sushi tonight", 'no comment on the haircut lol', "can we not do the Thai place again, I had it yesterday", "I can't deal with this heat", "I can't do this level, help", "We've been over this section in class, it's on the exam", "Can we not do this right now? Let's talk tonight after dinner.", "I give up, what's the answer to the riddle?", "this is pointless haha the shop is closed anyway", "there's nothing to talk about, she's fine, the doctor said so", "what's the point of the meeting tomorrow?", "I can't do this right now, but can we talk at 8?", "We've covered this in the budget already with the landlord."],
    },
  },
  {
    id: 'take-it-back',
    category: 'stonewalling',
    severity: 2,
    triggers: ['forget', 'mind', 'matter', 'nvm', 'not', 'leave', 'drop'],
    negatable: false,
    patterns: [
      p('(?<span>(?:just )?forget (?:i (?:even |ever )?(?:said|asked|mentioned|brought)(?: (?:anything|it|it up|this|that|something))?|what i said|(?:that|this) i (?:said|asked) (?:anything|it)|i exist|about me)){END}'),
      p('(?:^|(?<=[,.!?;:]) |ok |oh |well |fine |yeah |just )(?<span>(?:never mind|nvm|forget it|it doesnt matter)(?: (?:then|anymore|any more|now|already))?)(?= ?(?:\\. ?$|$|[.!] (?:forget|it doesnt|whatever|doesnt|i|you|this|never)))'),
      p('^(?:ok |fine |well |yeah )?(?<span>(?:i said )?not now)(?= ?(?:$|{TAG}|[.!\\n]))'),
      p('(?:^|(?<=[,.!?;:]) |ok |fine |just |so |please |can you )(?<span>(?:just )?leave it(?: (?:there|alone|at that|already|be))?)(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('(?:^|(?<=[,.!?;:]) |ok |fine |no |yeah )(?<span>lets (?:just )?(?:drop it|not talk about it)){END}'),
      p('(?:^|(?<=[,.!?;:]) |just |please |ok |okay |so |seriously |now |honestly |god |oh |for gods sake |for fucks sake )(?<span>drop it(?: already| now| ok| okay)?){END}'),
    ],
    unless: [RETURN, NEVER_MIND, PLAYFUL, /can we (?:please |pls |just )*drop/, /(?<![a-z])(?:answered|solved|fixed|google|googled)(?![a-z])/, /(?<![a-z])(?:keys|phone|wallet|on the|in the|at the|with (?:reception|the|him|her)|for (?:now|later|tomorrow|the)|table|desk|door|oven|fridge|drive|folder|box|inbox|office|box)(?![a-z])/],
    message: 'Taking it back or waving it off can tell them the subject is closed for good. If you need a moment, say so and say when.',
    reframes: [
      { label: 'Say what you need', text: "I'm hurt and need a moment. I do want to talk about it, can we try tonight?" },
    ],
    examples: {
      flagged: ['never mind. forget i said anything', 'forget I asked', 'this is why i dont tell you anything. forget i said it', 'not now. I said not now.', 'just leave it.', "Let's just drop it.", 'seriously, drop it', 'for gods sake drop it now', 'it doesnt matter anymore', 'nvm then', 'Forget it. Forget I said anything.'],
      clean: ['never mind, found it!', 'forget it, I figured out the printer', 'just leave it on the table', 'not now, I am driving, call you in 20', 'leave it there for now and I will grab it later', "drop it in the shared drive", 'it doesnt matter, either works for me', 'forget I said anything about the surprise party lol', 'forget I asked, Google answered it'],
    },
  },
  {
    id: 'silent-treatment',
    category: 'stonewalling',
    severity: 2,
    triggers: ['talking', 'speaking', 'replying', 'reply', 'answering', 'answer', 'responding', 'respond', 'expect', 'ignoring', 'blocking', 'blocked', 'phone', 'hear', 'texting', 'feel', 'decide', 'ready'],
    negatable: false,
    patterns: [
      p('^(?<span>not (?:talking|speaking) to you(?: (?:anymore|any more|right now|today|again|ever))?){END}'),
      p('(?<span>(?:im|i am) (?:not|done) (?:talking|speaking) to you(?: (?:anymore|any more|right now|now|today|again|ever))?){END}'),
      p('(?<span>(?:im|i am) (?:not|never) (?:going to )?(?:replying|reply|answering|answer|responding|respond|texting you back)(?: (?:to )?(?:you|that|this|your (?:texts|messages|calls)))?(?: (?:anymore|any more|again|tonight|today))?){END}'),
      p('(?<span>(?:dont|do not) expect (?:a reply|an answer|a response|me to (?:reply|answer|respond|text|call|pick up|talk)(?: (?:to you|back))?)(?: (?:from me|anytime soon|tonight|today))?)'),
      p('(?<span>(?:im|i am) (?:ignoring|blocking|muting) you|(?:youre|you are|your number is) (?:blocked|muted))'),
      p('(?<span>(?:im|i am) (?:turning|switching) (?:off )?my phone(?: off)?(?: now)?){END}'),
      p('(?:^|(?<=[.!?,] )|so |fine |ok |okay |whatever |and )(?<span>(?:turning|switching|putting) (?:off )?my phone(?: off| away| on silent| on do not disturb)?(?: now)?)(?= ?(?:$|{END}|[.!?;:\\n]))'),
      p('(?<span>(?:youll|you will) hear from me when i (?:feel like it|want to|decide|am good and ready|want)|(?:well|we will|ill|i will) (?:talk|reply|answer|respond|get back to you) when i (?:feel like it|feel like talking|decide|am good and ready))'),
    ],
    unless: [RETURN, PLAYFUL, /(?<![a-z])(?:(?:im|i am) talking to (?:the|my|him|her|them|mum|mom|dad)|on the phone|on a call|no signal|no reception|no wifi|(?:till|until|before|after) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|next week|[0-9]+))(?![a-z])/, /(?<![a-z])(?:flight|plane|cinema|movie|film|battery|charge|exam|meeting|work|email|emails|boss|spam|number|scam|caller|landlord|client|that guy|group chat|chat)(?![a-z])/],
    message: 'Going silent can feel like punishment and leaves them guessing. If you need space, a short note saying when you will be back keeps them safe.',
    reframes: [
      { label: 'Ask for space kindly', text: "I need some space tonight. I'll message you tomorrow morning" },
    ],
    examples: {
      flagged: ["I'm not talking to you.", 'im not replying to you anymore', "Don't expect a reply.", "don't expect me to answer", "I'm ignoring you now", "I'm turning my phone off.", "You'll hear from me when I feel like it", "we'll talk when I feel like it"],
      clean: ["don't expect a reply till Monday, no signal here", "I'm not talking to you, I'm on the phone with mum", "I'm turning my phone off for the flight, text you when I land", "I'm not replying to that email from the landlord", "I'm ignoring the group chat lol", "I'm not talking to you, I'm talking to the dog", "I'm blocking that scam number"],
    },
  },
  {
    id: 'shut-up',
    category: 'stonewalling',
    severity: 2,
    triggers: ['sock', 'zip', 'save', 'spare', 'enough', 'breath', 'hear'],
    negatable: false,
    patterns: [
      p('(?<span>put a sock in it|zip it|(?:just )?save (?:it|your breath|the drama|your drama|the excuses|your excuses|the speech|the tears)(?: for (?:someone (?:who|that) cares|someone else|your [a-z]+))?|spare me(?: the (?:[a-z]+))?(?: (?:speech|lecture|drama|sob story|excuses|tears))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]|\\uD83D))'),
      p('^(?:ok |okay |right |no )?(?<span>(?:thats |that is )?enough)(?= ?(?:[.!] ?$|$|[.!] (?:i|stop|drop|im|leave|whatever|not)))'),
      p('(?<span>i (?:dont|do not) (?:want to|wanna|need to) hear (?:it|any of it|another word|your excuses|anymore)){END}'),
    ],
    unless: [RETURN, PLAYFUL, /(?<![a-z])(?:file|document|doc|draft|money|cash|seat|spot|date|game|progress|work|changes|enough (?:food|milk|time|room|money|chairs))(?![a-z])|\?/],
    message: 'Telling them to stop talking shuts out what they need to say. You can ask for a pause without closing the door.',
    reframes: [
      { label: 'Ask for a pause', text: "I'm getting too worked up to listen well. Can we pause and pick this up in an hour?" },
    ],
    examples: {
      flagged: ['save the drama', 'put a sock in it', 'zip it.', 'save it.', 'save it for someone who cares', 'spare me the speech', "That's enough.", "I don't want to hear your excuses."],
      clean: ['save it to the shared drive', 'save me a seat!', "that's enough food for four, don't buy more", 'is that enough?', 'spare me a thought on Monday, big exam 😅', 'zip it up, it is cold out'],
    },
  },
  {
    id: 'figure-it-out',
    category: 'stonewalling',
    severity: 2,
    triggers: ['figure', 'work', 'know', 'explain', 'tell', 'telling', 'guess', 'spell'],
    negatable: false,
    patterns: [
      p('(?<span>you (?:can|should|will|need to|gotta|got to|have to|can go) (?:figure|work) (?:it |that )?out (?:yourself|urself|for yourself|on your own|what you did(?: wrong)?|why(?: (?:im|i am) (?:upset|mad|angry))?))'),
      p('(?:^|(?<=[,.!?;:]) )(?<span>(?:figure|work) (?:it|that) out (?:yourself|urself|for yourself|on your own))'),
      p('^(?:just |go |then )?(?<span>(?:figure|work) it out)(?= ?(?:$|{TAG}|[.\\n]))'),
      p('(?<span>you know (?:exactly )?what you did){END}'),
      p('(?<span>if you (?:dont|do not|cant|cannot) (?:know|see|figure (?:it|that) out|work (?:it|that) out)(?: (?:what you did|why|already))?,? (?:(?:im|i am) not (?:going to |gonna )?(?:tell|telling|explain|explaining)(?: you)?|i (?:wont|will not|shouldnt have to|should not have to|cant) (?:tell|explain)(?: (?:it|it to you|you))?|then i cant help you))'),
      p('(?<span>i (?:shouldnt|should not) (?:have to|need to) (?:explain|tell you|spell it out)(?: (?:it|this|that))?(?: to you)?){END}'),
      p('^(?:just )?(?<span>guess(?: what you did)?)(?=\\. ?$)'),
    ],
    unless: [RETURN, PLAYFUL, /(?<![a-z])(?:the (?:app|form|printer|wifi|settings|code|map|route|bus|train)|recipe|homework|lego|ikea|puzzle|maths|math|exam)(?![a-z])/],
    message: 'Making them guess what is wrong leaves them anxious and stuck. Saying plainly what hurt gives you both something to work with.',
    reframes: [
      { label: 'Say what hurt', text: "I'm upset about what happened earlier. Can I tell you why?" },
    ],
    examples: {
      flagged: ['You can figure out what you did wrong.', 'work it out yourself', 'figure it out.', 'you know what you did.', "if you don't know, I'm not going to tell you", "I shouldn't have to explain it to you", 'Guess.'],
      clean: ['you can figure out the printer yourself, it is easy', 'you know what you did with the keys? I cannot find them', "you can work out the route on the map, I'm driving", 'guess who I saw today!', "we'll figure it out together", 'figure it out with the landlord and let me know'],
    },
  },
  {
    id: 'curt-fine',
    category: 'stonewalling',
    severity: 2,
    triggers: ['fine', 'then', 'later'],
    negatable: false,
    patterns: [
      p('^(?:(?:i said|like i said|i told you) )?(?<span>(?:its|im|thats|it is|i am|that is|everything is|everythings) (?:totally |perfectly |absolutely |just )?fine)(?=\\. ?$)'),
      p('^(?:ok |okay |well |right )?(?<span>fine then)(?= ?(?:$|{TAG}|[.!\\n]))'),
      p('^(?:ok |fine |right |sure |whatever )?(?<span>(?:(?:we(?:ll| will| can)?|ill|i will|lets) )?(?:talk|speak|deal with (?:it|this)|discuss (?:it|this)) later)(?= ?(?:$|{TAG}|[.\\n]))'),
      p('^(?<span>later)(?=\\. ?$)'),
    ],
    // Only when it is all that was said: "It's fine. I found another one" is no shut-down.
    unless: [RETURN, PLAYFUL, /[.!?] ?[a-z0-9]|(?<![a-z])(?:thanks|thank you|cheers|see you|night|safe|x|xx|xxx|love|have fun|enjoy|bye)(?![a-z])|!/],
    message: 'A clipped "fine." or "talk later." after a hard moment can feel like a door closing. A few more words help them know where you stand.',
    reframes: [{ label: 'Say more', text: "I'm not fine yet, and I need a bit of time. Can we talk tonight?" }],
    examples: {
      flagged: ["It's fine.", "i said im fine.", 'fine then.', 'talk later.', "we'll talk later.", 'ill deal with it later.', 'Later.', "I'm fine."],
      clean: ["It's fine, I'll pick up the kids", "it's fine!", "I'm fine, thanks for asking x", 'fine then, see you at 6!', 'talk later! have fun at the game', 'talk later x', "It's fine. I found another one at the shop", 'Boarding now. Talk later.', "we'll talk later, I'm at the cinema"],
    },
  },
  {
    // Closing the subject by decree: "I said what I said", "not up for discussion", "and that's final",
    // "I'm not repeating myself", "have a nice life".
    id: 'final-word',
    category: 'stonewalling',
    severity: 2,
    triggers: ['repeat', 'repeating', 'said', 'final', 'discussion', 'debate', 'negotiation', 'negotiable', 'into', 'need', 'questions', 'bother', 'life', 'responding', 'replying', 'commenting', 'corresponding', 'engaging', 'consider', 'correspondence', 'dignify', 'dignifying', 'leaving', 'exiting', 'left', 'answering', 'business', 'concern'],
    negatable: false,
    patterns: [
      p('(?<span>(?:im|i am) not (?:going to |gonna )?(?:repeat|repeating) myself(?: (?:again|anymore|any more|to you))?){END}'),
      p('(?:^|(?<=[.!?,] )|and |so |look |well )(?<span>i (?:already )?said what i said)(?= ?(?:$|{END}|[.!?;:\\n]| and))'),
      p('(?:^|(?<=[.!?,] )|and |so |ok |okay )(?<span>(?:thats|that is) final)(?= ?(?:$|{TAG}|[.?;:\\n]))'),
      p('(?<span>(?:this|that|it|its|it is|my decision|the decision|the subject|the topic)(?: is)? (?:not|isnt|is not) up for (?:discussion|debate|negotiation)|(?:this|that|it|its|it is)(?: is)? not (?:negotiable|up for discussion)|^not up for (?:discussion|debate|negotiation))(?= ?(?:$|{END}|[.,!?;:\\n]| anymore| any more))'),
      p('(?<span>i (?:dont|do not|really dont|just dont) (?:want to|wanna) get into (?:it|this|that|any of (?:it|this|that))(?: (?:with you|right now|now|again|anymore|tonight))?){END}'),
      p('(?<span>i (?:dont|do not|really dont|just dont) need this(?: (?:right now|today|tonight|from you|drama|crap|shit|again))?)(?= ?(?:$|{TAG}|[.!?;:\\n]))'),
      p('(?<span>(?:im|i am) not answering (?:any more|anymore|any|your|more|these|those|any of your) (?:questions|texts|calls|messages)(?: about (?:it|this|that))?)'),
      p('(?<span>why (?:do i |would i |should i |do i even |would i even )?(?:even )?bother (?:talking|trying|explaining|arguing|replying) (?:to|with) (?:you|u))'),
      p('(?:^|(?<=[.!?,] )|well |ok |okay |fine |so |bye |goodbye )(?<span>have a (?:nice|good|great|happy) life)(?= ?(?:$|{TAG}|[.;:\\n]))'),
      // The formal door-closer of a company, a landlord or a maintainer.
      p('(?<span>(?:we|i) (?:will not|wont|shall not) be (?:responding|replying|commenting|corresponding|engaging)(?: any)? (?:further|again|anymore)(?: (?:to|on|about|regarding) (?:this|that|the|your) [a-z]+)?(?= ?(?:$|[.,;:!?\\n]))|(?:we|i) (?:now )?consider (?:this|the|that) (?:matter|issue|case|discussion|conversation|ticket|complaint|thread) (?:closed|resolved|done|over|finished)|no further (?:correspondence|discussion|communication|replies|comment) will be (?:entered into|given|made|provided|sent|answered))'),
      p('(?<span>(?:we|i) (?:will not|wont|shall not|am not going to|are not going to) (?:be )?(?:responding|replying|respond|reply|answering|answer) to (?:any more|anymore|any further|further|any other|more|any|the rest) (?:of )?(?:your |these |those )?(?:messages|emails|texts|calls|questions|comments|posts)(?: (?:about|on|regarding) (?:this|that|it|the [a-z]+))?)(?= ?(?:$|[.,;:!?\\n]))'),
      p('(?<span>(?:im |i am )?not (?:going to |gonna )?(?:dignify|dignifying) (?:that|this|it|you) with (?:a|an|any) (?:response|answer|reply))'),
      p('(?:^|(?<=[.!?,] )|ok |okay |fine |so |im |i am |and )(?<span>(?:leaving|exiting|left) (?:this|the) (?:chat|group|gc|group chat|server|thread|channel|convo|conversation))(?= ?(?:$|{TAG}|[.;:\\n]))'),
      p('^(?<span>not (?:replying|responding|answering) (?:to )?(?:this|that|you|any of this|any of that)(?: (?:anymore|any more|again))?)(?= ?(?:$|{TAG}|[.;:\\n]))'),
      p('(?:^|(?<=[.!?,] )|and |so |well |honestly |just )(?<span>(?:(?:thats|that is|its|it is) )?none of your (?:business|concern)|mind your own (?:business|beeswax))(?= ?(?:$|{TAG}|[.;:\\n]| so| anyway))'),
    ],
    // "lol" alone does not soften a decree; a laughing emoji or "haha" does.
    unless: [RETURN, /\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE1C|\uD83D\uDE06|!|(?<![a-z])(?:haha[a-z]*|hehe[a-z]*|jk|just kidding|refund|refunded|refunding|winner|won|bedtime|bed time|homework|curfew|price|menu|venue|booked|budget|the date|miss you|love you|good luck|in the meeting|the client|the play|my lines|coffee|cake|thanks|thank you)(?![a-z])/],
    message: 'Closing the subject by decree leaves them alone with what hurt. If you need to stop, say when you can pick it up again.',
    reframes: [
      { label: 'Pause with a return', text: "I can't talk about this well right now. Can we come back to it tonight?" },
      { label: 'Say how you feel', text: "I'm frustrated and I don't want to say something I regret" },
    ],
    examples: {
      flagged: ['im not repeating myself', 'I won\'t be responding to any more of your messages about this.', 'I said what I said.', "and that's final", "This isn't up for discussion.", 'not up for debate', 'i dont wanna get into it', "I don't want to get into this with you.", 'i dont need this right now', 'im not answering any more questions about it', 'why bother talking to you', 'have a nice life'],
      clean: ["I'm not repeating myself, I'm practising my lines for the play", 'I said what I said in the meeting and the client loved it', "and that's final, the winner of the bake off is Sam!", "The date isn't up for discussion, the venue is booked.", 'i dont wanna get into it at work but can we talk tonight?', 'i dont need this much cake right now 😂', "im not answering any more questions until i've had coffee haha", 'have a nice life in Lisbon!! we will miss you'],
    },
  },
  {
    // A dare or a shrug in place of an answer: "block me then", "see if i care", "if you don't like
    // it, leave", "not reading all that". The door is shut by daring them to go or by not listening.
    id: 'dare-and-shrug',
    category: 'stonewalling',
    severity: 2,
    triggers: ['care', 'report', 'block', 'mute', 'unfollow', 'unfriend', 'ban', 'kick', 'delete', 'unadd', 'like', 'reading', 'read', 'tl', 'tldr'],
    negatable: false,
    patterns: [
      p('(?:^|(?<=[,.!?;:] )|(?:so|and|well|fine|ok|okay|yeah|cool|lol),? )(?<span>(?:see if|as if|not that) i (?:even )?care)(?= ?(?:$|{TAG}|[.,!?;:\\n]| what (?:you|u) (?:think|say|want|do)| about (?:you|your|ur|it|this|that)))'),
      p('(?<span>i (?:couldnt|could not|could) (?:honestly |really )?care less)(?= ?(?:$|{TAG}|[.!?;:\\n]| what (?:you|u|they) (?:think|thinks?|say|says|want|do)| about (?:you|ur|your (?:feelings|opinion|opinions|drama|problems|issues|little [a-z]+)|(?:what|how) (?:you|u) (?:feel|think|want))(?= ?(?:$|{TAG}|[.!?;:\\n]))))'),
      p('(?:^|(?<=[,.!?;:] )|(?:cool|k|kk|fine|sure|yep|noted|and|ok|okay),? )(?<span>(?:i )?(?:dont|do not) care)(?= ?(?:$|{TAG}|[.!?;:\\n]))'),
      p('(?:^|(?<=[,.!?;:] )|(?:so|fine|ok|okay|then|just|cool|lol|go ahead and|go ahead,?) )(?<span>(?:report|block|mute|unfollow|unfriend|ban|kick|delete|unadd) me(?: then| already| for all i care| i dont care| idc)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]))(?<=(?:then|already|care|idc|ahead and [a-z]+ me|ahead,? [a-z]+ me|(?:so|fine|ok|okay|then|just|cool|lol) [a-z]+ me))'),
      p('(?<span>if (?:you|u) (?:dont|do not|didnt) like it,? (?:then )?(?:leave|go|unfollow(?: me)?|block me|fork it|tough|too bad|deal with it|get over it|(?:thats|its) (?:your|ur) problem|the door is (?:right )?there|theres the door|dont (?:read|watch|look|listen|come|use|play)(?: (?:it|me|here))?))(?= ?(?:$|{TAG}|[.,!?;:\\n]))'),
      p('(?:^|(?<=[,.!?;:] )|(?:lol|lmao|nah|ok|okay|yeah|bro|man|dude),? )(?<span>(?:(?:im|i am) )?not reading (?:all )?(?:that|this|allat|ur|your)(?: (?:essay|novel|wall of text|wall|rant|paragraph|book|whole thing|bs|crap))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]))'),
      p('(?:^|(?<=[,.!?;:] )|(?:lol|lmao|nah|ok|okay|yeah),? )(?<span>(?:didnt|did not|aint) read(?: (?:all )?(?:that|allat|it|ur (?:essay|rant|message|text|novel)|your (?:essay|rant|message|text|novel)))?)(?= ?(?:$|lol|lmao|[.!\\n]))'),
      p('^(?<span>tl;?dr)(?= ?(?:$|{TAG}|[.!\\n]))'),
    ],
    unless: [RETURN, PLAYFUL],
    message: 'Daring them to go, or saying you do not care, closes the door on what hurt them. If you need a break, say so and say when you will be back.',
    reframes: [
      { label: 'Say what is true', text: "I'm too heated to talk about this well right now" },
      { label: 'Pause with a return', text: "I need a break. Can we come back to this tonight?" },
    ],
    examples: {
      flagged: ['report me then, see if i care', 'block me then', 'as if i care what you think', 'i couldnt care less', 'go ahead and unfollow me', 'if you dont like it, leave', 'if u dont like it dont read it', 'cool, dont care', 'not reading all that', 'im not reading your essay', 'didnt read', 'tl;dr', 'I could not care less about your feelings.'],
      clean: ['report me if i miss the deadline again, fair', 'block me out an hour on friday for the review', "if you don't like it, tell me and I'll change it", 'i couldnt care less about the colour, pick whichever', 'and your point about the budget was great', 'didnt read the email yet, will do tonight', 'not reading tonight, too tired, tomorrow?', 'i dont care which cinema, you choose', 'if you dont like it, leave it on the side and I will eat it', 'tldr: the meeting moved to 3', 'block me then lol 😂'],
    },
  },
];

export const STONEWALLING_REGEXES: readonly RegExp[] = [RETURN, NEVER_MIND, PLAYFUL, AFTER_APOLOGY];
