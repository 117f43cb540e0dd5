import { p, type Rule } from '../rule';
import { alt, MOVE_ON, triggerWords } from './lexicon';

/** Friendly context where "let it go" or "it's been a week" is not about their hurt. */
const BENIGN = /(?<![a-z])(?:my treat|its on me|song|singing|sing|so much happened|miss you|love you|congrats|cant wait|excited|still think|remember when|good times|those days)(?![a-z])|\uD83C\uDFB6|\uD83C\uDFB5/;

/** Laughing along: "you'll never let me live that down 😂" is teasing between friends. */
const LAUGHING = /\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE05|\uD83D\uDE06|(?<![a-z])(?:lol|lmao|haha[a-z]*|hehe[a-z]*)(?![a-z])/;

/** "I know I said sorry already, and I still am": owning it again, not cashing the apology in. */
const STILL_SORRY = /(?<![a-z])(?:i know i (?:already )?(?:said|apologized|told you)|still sorry|keep showing|meant it|mean it|(?:doesnt|does not|wont|didnt) (?:fix|undo|change|make up for)|(?:is|was|isnt|wasnt) not enough|(?:isnt|wasnt) enough|words (?:arent|are not) enough)(?![a-z])/;

/** Laughing along, without the sheepish sweat-smile: "can we pretend it never happened? 😅" still hurries them. */
const LAUGHING_OUT_LOUD = /\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE06|(?<![a-z])(?:lol|lmao|haha[a-z]*|hehe[a-z]*)(?![a-z])/;

/** The writer is the hurt one: "don't expect me to just get over it". */
const HURT_ONE = /(?<![a-z])(?:expect|expects|expecting|want|wants|ask|asking|asked|tell|telling|told) me to(?: just)?(?: (?:get|move|let|forget))(?![a-z])/;

/** "drop it" on its own shuts the talk (stonewalling); "can we drop it" after an apology stays rushing. */
const MOVE_ON_WORDS = MOVE_ON.filter((w) => w !== 'drop it');

/**
 * Not a push on the reader: the writer takes their own words back ("I know I told you to get over it. That was
 * wrong"), promises not to hurry them ("I won't ask you to move on"), or reports what someone said to a third
 * person ("someone told Mia to get over it").
 */
const NOT_PUSHING = /(?<![a-z])(?:(?:that|it|which) was (?:so )?(?:wrong|cruel|unfair|unkind|mean|out of line|not fair|not okay|not ok|a terrible thing)|i shouldnt have (?:said|told|asked)|i take (?:it|that) back|i was wrong to|(?:wont|will not|not going to|never going to|never|cant|can not|cannot|shouldnt|wouldnt) (?:just )?(?:ask you to|expect you to|tell you to|rush you|push you|pressure you|say sorry and)|(?:told|tells|telling|asked) (?!(?:you|u|me|us) )[a-z]+ to (?:just )?(?:get|move|let|forget|put)|even (?:though|if) (?:it|that|this) (?:was|happened))(?![a-z])/;

export const rushingRules: Rule[] = [
  {
    id: 'already-said-sorry',
    category: 'rushing',
    severity: 3,
    triggers: ['sorry', 'apologized', 'times', 'more', 'else', 'forgive', 'long', 'grovel', 'beg', 'want', 'expect'],
    negatable: false,
    unless: [STILL_SORRY],
    patterns: [
      p('(?<span>i (?:already said|already told you|already apologized|said|apologized|told you)(?: (?:im|i was|i am))? sorry(?: already)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| what| so| can| ok| okay| and you| now))'),
      p('(?<span>i (?:already apologized|apologized already|already said sorry|said sorry already))(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('(?<span>(?:ive|i have) (?:already )?(?:said sorry|said im sorry|apologized|told you im sorry)(?: already)?(?: (?:like )?(?:[0-9]+|a (?:hundred|million|thousand)|so many|many|a few|two|three|four|five|ten|twenty|fifty) times| twice| again| more times than i can count)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| what| so| can| ok| okay| and you| now| when| how| why| end of))'),
      p('(?<span>you (?:have to|need to|gotta|got to|should|will have to) forgive me(?: eventually| at some point| already| sometime| soon)?)'),
      p('(?<span>how long (?:is|will) (?:this|it) (?:going to |gonna )?take (?:you )?to (?:get over|forgive|move on|let (?:it|this) go)(?: (?:it|this|that))?)'),
      p('(?<span>i (?:already )?apologized(?: already| twice| again| [a-z]+ times)?),? so (?:were|we are|are we|can we|its|everything)(?: [a-z0-9]+){0,4}'),
      p('(?<span>(?:so )?are we good (?:now )?or what)'),
      p('(?<span>i (?:literally |already |just )*(?:apologized|said sorry|said im sorry)(?: already| twice| again)?,? (?:so )?(?:are we good(?: now)?|were good(?: now)?|can we (?:be good|move on|be done|drop it|forget it)|(?:stop|quit|relax|chill|jeez|god|ugh|what else|what more)))(?![a-z])'),
      p('(?<span>i (?:already|literally) (?:apologized|said sorry)(?: already)?|i (?:literally|already) apologized already)(?= ?(?:$|{TAG}|[.!?\\n]|, (?:stop|relax|chill|so|can|ok|jeez|god|seriously|what)))'),
      p('(?<span>how many (?:more )?times do you (?:need|want|have) (?:me )?to (?:hear|say) (?:it|that|sorry|me say it|me say sorry|i am sorry|im sorry))'),
      p('(?<span>how many (?:more )?times do you (?:need|want)(?: me to say it| to hear it)?)(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('(?<span>i (?:already )?(?:said|told you)(?: (?:im|i was))? sorry,? (?:didnt|did not) i|(?:ive|i have) (?:already )?(?:said sorry|apologized),? (?:havent|have not) i|i (?:already )?apologized,? (?:didnt|did not) i)(?![a-z])'),
      p('(?<span>i (?:already )?apologized(?: already| twice)?,? so (?:i (?:think|guess|feel like) )?(?:we can|lets|can we) (?:close|move|get back|drop|forget|put|be done|be normal))'),
      p('(?<span>how many (?:more )?times (?:are|r) we (?:going to|gonna|supposed to|meant to) (?:talk about|go over|go through|discuss|argue about|have) (?:this|it|that)(?: conversation)?)'),
      p('(?<span>how many (?:more )?times (?:do|does|must|should|will|am) i (?:have to |need to |got to )?(?:say|apologize|tell you|going to say)(?: (?:im|i am))?(?: sorry)?)(?! (?:how (?:proud|much|amazing|beautiful|great|good)|(?:that )?(?:i love|im proud|i am proud|youre (?:amazing|beautiful|great|gorgeous|the best)|you are (?:amazing|beautiful|great|gorgeous|the best)))(?![a-z]))'),
      p('(?<span>(?:do you want|want) me to grovel|(?:should|must) i grovel)'),
      p('(?<=, |what )(?<span>(?:grovel|beg)(?: (?:for it|on my knees|for forgiveness))?)(?= ?\\?)'),
      p('(?<span>i (?:literally |already |have )?(?:said|told you|apologized)(?: im)?(?: sorry)? (?:like )?(?:[0-9]+|a (?:hundred|million|thousand)|so many|many|a few|two|three|four|five|ten) times)'),
    ],
    message: 'Healing runs on their clock, not yours. Pointing out you already apologised can make them feel they are not allowed to still hurt.',
    reframes: [
      { label: 'Give it time', text: "I know saying sorry doesn't undo it. Take the time you need" },
      { label: 'Ask', text: 'What would help you right now?' },
    ],
    examples: {
      flagged: ['ok I apologized, are we good now? 🙂', 'i literally apologized already, stop acting like im some kind of monster', 'i apologised twice, how many more times do u need to hear it', 'I apologized, so I think we can close this out and get back to normal', 'i said sorry, relax', 'what, beg?', "I've said sorry, what more do you want me to do, grovel?", "I've apologised. end of.", "how many more times are we going to talk about this", "what more do you want me to do, grovel?", "do you want me to grovel?", 'I already said sorry, what more do you want?', 'I apologized twice, so are we good now or what?', 'Can we not do this again? I apologized already.', 'You have to forgive me eventually.', 'how long is this going to take you to get over', 'i said sorry already', 'How many times do I have to say sorry?', 'i said sorry didnt i', "I said sorry on Tuesday and again yesterday, how many more times do you need?", "I've apologised, haven't I?", "I apologized, so we're good now right?"],
      clean: ['I already said yes to the dinner invite.', "I said I'm sorry and I meant it, and I'll keep showing it.", "I know I said sorry already, but I want you to know I'm still sorry", "I've apologised to your mum and she was lovely about it", 'how many more times do you need the car this week?', "I said sorry, didn't I? I'm still sorry, and I'll keep showing it.", 'how many times do i have to tell you how proud i am of you', 'how many times do I have to say you are amazing before you believe it'],
    },
  },
  {
    // "you forgave me, so don't bring it up again": the apology or the pardon is used to close their hurt.
    id: 'no-bringing-it-up',
    category: 'rushing',
    severity: 2,
    triggers: ['bring'],
    negatable: false,
    patterns: [p('(?<span>(?:dont|do not|never) (?:ever )?bring (?:this|it|that) up (?:again|ever again|anymore|any more))(?= ?(?:$|{TAG}|[.,!?;:\\n]| or| if| ok| please))')],
    requires: [/(?<![a-z])(?:forgave|forgiven|forgive|apologized|apologize|said sorry|said im sorry|sorry|dealt with|behind us|over it)(?![a-z])/],
    unless: [/(?<![a-z])(?:surprise|at dinner|in front of|with (?:mum|mom|dad|your (?:mum|mom|dad|boss|sister|brother)|the kids|him|her|them))(?![a-z])/],
    message: 'Using the apology to close the subject tells them their hurt has to stop now. They may need to come back to it a few times to heal.',
    reframes: [
      { label: 'Make room', text: "I know it may come up again, and I'll listen when it does" },
      { label: 'Ask', text: 'What would help this feel more settled for you?' },
    ],
    examples: {
      flagged: ['you said you forgave me so dont bring it up anymore', "I said sorry. Don't bring it up again."],
      clean: ["I'm sorry, but don't bring it up again at dinner, it's a surprise", "Don't bring this up again."],
    },
  },
  {
    // Pressing them to be done feeling it, now: "can we be done now?", "i need u to not be mad anymore".
    id: 'be-done-now',
    category: 'rushing',
    severity: 2,
    triggers: ['done', 'thing', 'deal', 'close', 'need', 'normal', 'accept', 'forever', 'pretend', 'drop', 'saga', 'drama', 'anymore', 'good', 'ok', 'okay', 'cool', 'fine', 'stay'],
    negatable: false,
    patterns: [
      p('(?<span>can we(?: (?:please|pls|just)){0,2} be done(?: (?:now|already|with (?:this|it|that)))?){END}'),
      p('(?<span>(?:are|r) (?:you|u) (?:done|finished) (?:yet|now)){END}'),
      p('(?<span>can we(?: (?:please|pls|just)){0,2} not (?:make|turn) (?:this|it|that) (?:a|into a) (?:whole |big |huge )?(?:thing|deal|drama|saga|whole thing))'),
      p('(?<span>(?:we can|can we|lets)(?: (?:please|pls|just)){0,2} close (?:this|it|that) out)'),
      p('(?<span>i (?:need|want) you to (?:not be|stop being) (?:mad|upset|angry|annoyed|cold|weird|off with me)(?: (?:at|with) me)?(?: (?:anymore|any more|now|already))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| ok| okay| please))'),
      p('(?<span>(?:can|could) you(?: (?:please|pls|just)){0,2} (?:be|act) normal(?: with me| around me)? (?:again|now|already)(?: (?:now|already|by [a-z]+))?)'),
      p('(?<span>(?:just |why (?:cant|wont) you(?: just)? |can you(?: just)? )accept (?:the|my) apology(?: already| now)?)'),
      p('(?<span>accept (?:the|my) apology already)'),
      p('(?<span>can (?:you|we)(?: (?:please|pls|just)){0,2} (?:pretend|act like) (?:it|this|that|[a-z]+day|last night|the [a-z]+|what happened) (?:never|didnt) happen(?:ed)?)'),
      p('(?<span>can you(?: (?:please|pls|just)){0,2} drop it(?: (?:now|already|please|pls)){0,2}){END}'),
      p('(?<span>(?:im|i am) not (?:doing this|waiting|going to wait|going to do this|living like this) forever){END}'),
      p('(?<span>(?:can|could) you(?: (?:please|pls|just)){0,2} (?:not be|stop being) (?:mad|upset|angry|annoyed|cold|weird|pissed)(?: (?:at|with) me)? (?:anymore|any more|now|already))(?![a-z])'),
      p('(?<span>you (?:cant|can not|cannot) (?:stay|be|keep being) (?:mad|upset|angry|annoyed|cold|pissed)(?: (?:at|with) me)? forever)(?![a-z])'),
      // Asking for the all-clear: "are we good now?", "so we cool again or".
      p('(?:^|(?<=[,.!?;:] ))(?<span>so (?:were|we are|we r) (?:good|ok|okay|cool|fine|all good)(?: now)?(?: right| yeah| yea| ya| then)?)(?=\\?)'),
      p('(?<span>(?:are|r) you (?:going to|gonna) (?:stay|be) (?:mad|upset|angry|pissed|cold|like this|off with me) (?:all (?:day|night|week|weekend)|forever|for ever|the whole (?:day|week|weekend)|till|until))(?![a-z])'),
      p('(?<span>i (?:need|want) you to (?:just )?(?:forgive me|get over (?:it|this|that)|move on|let (?:it|this|that) go|trust me again)(?: already| now)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| so (?:we|i) can(?![a-z])))'),
      p('(?<span>(?:(?:are|r) )?we (?:good|ok|okay|cool|fine|all good) (?:now|again)(?: or what| or nah| or(?: (?:are |r )?you still (?:mad|upset|angry|pissed|annoyed|sulking))?)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]))'),
    ],
    unless: [BENIGN, LAUGHING_OUT_LOUD, HURT_ONE, /(?<![a-z])(?:take (?:all )?the time|take your time|earn (?:it|that|your trust)|whenever youre ready|at your (?:own )?pace|no rush)(?![a-z])/, /(?<![a-z])(?:paid|pay|lunch|drinks|coffee|beers|bill|tab|owe|money|cash|game|match|score|round|points|slide|meeting|deck|spreadsheet|ticket|pr|form|draft|party|wedding|bus|train|queue|delivery)(?![a-z])|[$\u00A3\u20AC]/],
    message: 'Asking them to be done with it now sets a clock on their hurt. It fades when trust comes back, not when the talk is closed.',
    reframes: [
      { label: 'Let them set the pace', text: "I'd like us to be okay again, whenever you're ready" },
      { label: 'Ask', text: 'What would help you with this right now?' },
    ],
    examples: {
      flagged: ['Can we be done now?', "I'm sorry I forgot your birthday. Can we not turn this into a whole thing?", "I'm sorry your feelings got hurt. Can we please not make this a whole thing", 'i need u to not be mad anymore ok', 'can u just be normal again by tonight, my parents are coming', 'just accept the apology already', "why won't you just accept my apology", 'Sorry again! Can we just pretend Saturday never happened? 😅', 'i already apologized at the restaurant, can u drop it now pls', "I'm not waiting forever.", 'are we good now?', 'ok so are we cool again or', 'can u not be mad anymore', 'u cant stay mad at me forever', 'are you done yet'],
      clean: ['Please accept my apology. I was wrong.', 'can we be done with the meeting by 5?', 'can we not make this a big thing at the party? just cake', 'I need you to not be mad at the dog, he did not mean it', 'can you be normal at dinner? my boss is coming', "I'm not waiting forever for the landlord to fix it", "I'm not waiting forever for the bus lol, getting a taxi", 'can you drop it off at mine later?', 'are we good for friday?', 'can you not be mad at the dog anymore, he said sorry in his way', 'you cant stay mad at your boss forever lol', 'we good now? the meeting moved to 4', 'are you done yet with the laptop? i need it'],
    },
  },
  {
    // After listing the amends ("I ended it. I told you everything."), "what else do you want" bills them for it.
    id: 'amends-then-demand',
    category: 'rushing',
    severity: 2,
    triggers: ['want', 'expect'],
    negatable: false,
    patterns: [p('(?<span>what (?:else|more) (?:do|could|can) you (?:possibly )?(?:want|expect)(?: from me| me to (?:do|say))?){END}')],
    requires: [/(?<![a-z])(?:ended it|ended things with|told you everything|cut (?:him|her|them) off|blocked (?:him|her|them)|showed you my|gave you my (?:phone|passwords?)|(?:i|ive|i have) done everything|changed my number|went to (?:therapy|counselling|counseling)|answered every question)(?![a-z])/],
    unless: [STILL_SORRY],
    message: 'After making amends, asking what else they want can sound like the amends were a payment. Asking what would help keeps the door open.',
    reframes: [
      { label: 'Ask', text: 'What would help you feel safer right now?' },
      { label: 'Give it time', text: "I know what I did doesn't undo it. I'm here while you work through it" },
    ],
    examples: {
      flagged: ['I ended it. I told you everything. What else do you want from me?', "I blocked her and showed you my phone, what more do you want?"],
      clean: ['i work 50 hours a week, what more do you want from me', 'I showed you my phone. What else do you want to see? the photos?'],
    },
  },
  {
    // "How long is this going to take?" about their healing, told by what sits around it.
    id: 'how-long-take',
    category: 'rushing',
    severity: 2,
    triggers: ['take', 'living', 'end', 'stop', 'over'],
    negatable: false,
    patterns: [
      p('(?<span>how (?:long|much longer) (?:is|will) (?:this|it|all this|this whole thing) (?:going to |gonna )?take(?: you)?)(?=\\?)'),
      p('(?<span>i (?:cant|cannot|can not) (?:keep )?(?:living|go on living) like this){END}'),
      p('(?<span>when (?:does|will|is) (?:this|it|all this) (?:going to )?(?:end|stop|be over))(?=\\?)'),
    ],
    // Both need the other half nearby: waiting out their hurt, or what was already said or done.
    requires: [/(?<![a-z])(?:told you|apologized|said sorry|said im sorry|meant nothing|forgive|trust me|over it|punish(?:ing)? me|(?:ive|i have) done everything)(?![a-z])|how (?:long|much longer) (?:is|will) (?:this|it)[^\n]{0,80}keep living like this/],
    unless: [BENIGN, LAUGHING, /(?<![a-z])(?:form|download|update|install|delivery|repair|oven|queue|traffic|train|bus|flight|doctor|appointment|exam|report|pizza|flat is|heating|boiler|landlord|noise|neighbou?rs|job|commute)(?![a-z])/],
    message: 'Asking how long their hurt will take puts a clock on it. Healing after a broken trust runs at its own pace.',
    reframes: [
      { label: 'Make room', text: "I know this is taking time, and I'm not going anywhere" },
      { label: 'Say how you feel', text: "I'm finding this hard too. What would help us both right now?" },
    ],
    examples: {
      flagged: ['ive done everything you asked. when does this end?', 'how long is this going to take? I cant keep living like this', "I already told you it meant nothing. How long is this going to take?", "I said sorry. I can't keep living like this"],
      clean: ['I told you the roadworks were bad. when does this end?! lol', 'how long is this going to take? the form keeps crashing', "i can't keep living like this, the flat is freezing and the landlord won't answer", 'How long is this going to take?', "I can't keep living like this."],
    },
  },
  {
    // Settling the score ("so I'd say we're square now") closes the hurt as if it were a debt paid off.
    id: 'call-it-even',
    category: 'rushing',
    severity: 2,
    triggers: ['even', 'square', 'quits'],
    negatable: false,
    patterns: [p('(?<span>(?:(?:lets|can we)(?: just)? call it|(?:id say |i think |so )?(?:were|we are)(?: all)?) (?:even|square|all square)(?: now)?){END}')],
    requires: [/(?<![a-z])(?:make up for|made up for|sorry|apologized|carried away|fault|fight|argument|said things|mess|messed up|handled|christmas|blame)(?![a-z])/],
    // "we both messed up, let's call it even" spreads the blame (shared blame), not the pace.
    unless: [BENIGN, LAUGHING, /(?<![a-z])(?:both|paid|pay|lunch|drinks|coffee|beers|bill|tab|owe|money|cash|game|match|score|round|points)(?![a-z])|[$\u00A3\u20AC]/],
    message: 'Calling it even treats their hurt like a bill that is now paid. Trust comes back through time and care, not a settled score.',
    reframes: [
      { label: 'Keep showing up', text: "I know one thing doesn't make up for it. I'll keep showing you" },
      { label: 'Ask', text: 'What would help you feel better about this?' },
    ],
    examples: {
      flagged: ["I cleaned the whole flat to make up for it, so I'd say we're square now.", 'we all got a bit carried away at christmas, can we just call it even', "I said sorry and bought flowers, so we're even now"],
      clean: ['you paid for lunch, I got the drinks, call it even', "we both messed up, let's call it even", "sorry I'm late! we're even now, you were late on Friday lol"],
    },
  },
  {
    // Guilt as a lever: what they have done or given is held up so the other should be done hurting.
    id: 'guilt-for-pace',
    category: 'rushing',
    severity: 2,
    triggers: ['beg', 'enough', 'halfway', 'grudge', 'bigger', 'knees', 'crawl'],
    negatable: false,
    patterns: [
      p('(?<span>(?:do you want|want|should|must|do i have to|do i need to) (?:me to |i )?(?:beg|get on my knees|crawl|get down on my knees)(?: for (?:it|forgiveness|you to forgive me))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| or))'),
      p('(?<span>(?:isnt|is not) (?:that|this|it) enough(?: for you)?(?: (?:already|yet))?)(?=\\?)'),
      p('(?<span>(?:that|this|it) should be enough(?: for you)? (?:by now|already|now))'),
      p('(?<span>(?:youre|you are|you arent|you) not (?:even )?(?:meeting me halfway|meeting me half way|trying to meet me halfway)|you (?:wont|dont|never) (?:even )?meet me (?:halfway|half way)|(?:i need you to|you need to|you have to|you got to|you should) (?:at least )?meet me (?:halfway|half way))'),
      p('(?<span>when (?:is|will) (?:it|this|that|my sorry|my apology|anything) (?:going to )?be enough(?: for you)?)(?=\\?)'),
      p('(?<span>(?:if (?:you|she|he|they) (?:want|wants) to |you (?:want to|just want to|can) |youre |you are |stop |quit |why are you )(?:still )?hold(?:ing)? a grudge)'),
      p('(?<span>you (?:should|need to|have to|gotta|got to|could) (?:just )?be the bigger person(?: (?:now|here|for once))?)'),
    ],
    unless: [LAUGHING, /(?<![a-z])(?:food|pasta|rice|milk|money|cash|paint|chairs|room|space|petrol|gas|fuel|station|cafe|pub|drive|train|dog|cat|negotiat[a-z]*|deal|price|offer|salary|rent|recipe|cups|work|boss|colleague|colleagues|office|school|kids)(?![a-z])|[$\u00A3\u20AC]/],
    message: 'Pointing to what you have done or given so they should be over it turns repair into a debt they owe. Their pace is theirs to set.',
    reframes: [
      { label: 'Keep showing up', text: "I'll keep working on this, however long it takes" },
      { label: 'Ask', text: 'What would help you feel safer with me?' },
    ],
    examples: {
      flagged: ["I've been sleeping on the couch for a month, isn't that enough?", 'do you want me to beg?', 'I own what I did. Now I need you to meet me halfway.', "I've said sorry a hundred ways. When is it going to be enough for you?", "I'm trying here and you're not even meeting me halfway", 'You know I love you, that should be enough by now.', "If she wants to hold a grudge that's her problem", 'I apologized, you should be the bigger person now.'],
      clean: ["is that enough pasta for four? isn't that enough?", 'my sister held a grudge for years, it was sad', 'you need to meet me halfway, I will drive from Leeds', 'when will it be enough? the recipe says 2 cups', "I'll meet you halfway at the station", 'the dog will beg for cheese lol', "isn't it enough money for the rent?", 'you should be the bigger person at work, your boss is awful'],
    },
  },
  {
    id: 'get-over-it',
    category: 'rushing',
    severity: 3,
    triggers: ['over', 'past'],
    patterns: [
      p('(?<span>(?:get|got|be|getting) over (?:it|this|that|yourself)(?: already)?)'),
      p('(?<span>(?:you need to|you have to|you gotta|you got to|just) (?:get|move) past (?:it|this|that))'),
    ],
    unless: [HURT_ONE, NOT_PUSHING, /(?<![a-z])(?:together|at your pace|help you|when youre ready|hard to|i cant|i will|ill)(?![a-z])/],
    message: 'Telling them to get over it asks them to skip the part where they heal. Patience is part of rebuilding trust.',
    reframes: [
      { label: 'Be patient', text: 'Take the time you need. I will be here' },
      { label: 'Ask', text: 'What would help you with this?' },
    ],
    examples: {
      flagged: ['Get over it.', 'You need to get over this.', 'You need to get past this.', 'It happened months ago, get over it.'],
      clean: ['I want to get over this together, at your pace.', "I'm over the moon about the news.", "you always do this and expect me to just get over it", 'I know I told you to get over it. That was wrong, and you can take all the time you need.', 'my cousin told Jay to get over it when his cat died, so rude', 'i told my brother to get over it about the match lol'],
    },
  },
  {
    id: 'move-on',
    category: 'rushing',
    severity: 2,
    triggers: ['move', 'drop', 'forget', 'stop', 'behind', 'forward', 'past', 'put', 'pretend', 'normal', 'forgive', 'over', 'let', 'without', 'leave', 'fresh', 'afresh', 'slate'],
    negatable: false,
    patterns: [
      p('(?<span>can we(?: (?:please|pls|just|not)){0,2} (?:move on|move forward|drop (?:it|this)|forget (?:it|this|about it|about this)|let it go|stop (?:talking about|bringing up|going on about|banging on about|harping on about) (?:this|it|that|the [a-z]+))(?: (?:now|already|from this|please|pls|plz)){0,2})(?= ?(?:$|{TAG}|[.,!?;:\\n]| and|(?:lol|lmao|haha)(?= ?,)))'),
      p('(?<span>can we(?: (?:please|pls|just)){0,2} (?:(?:move past|get past) (?:it|this|that)(?! (?:topic|point|item|slide|section|bit|part|question|agenda|stage|step|level|one|bug|issue|ticket)(?![a-z]))(?: behind us)?|put (?:it|this|that) (?:behind us|to bed|to rest))(?: (?:now|already|please))?)'),
      // "its time we moved on": the writer declares the hurt's time is up.
      p('(?<span>(?:its|it is)(?: about| high| well past| past)? time (?:we|you|to|for (?:us|you) to)(?: just)? (?:move on|moved on|move past (?:it|this|that)|moved past (?:it|this|that)|get over (?:it|this|that)|got over (?:it|this|that)|let (?:it|this|that) go|put (?:it|this|that) behind us|stop (?:bringing|talking about|being (?:mad|upset|angry)))(?! to)(?: from (?:it|this|that))?)(?![a-z])'),
      p('(?<span>leave the past (?:in the past|where it belongs))(?![a-z])'),
      p('(?<span>you (?:need|have|gotta|got) to (?:just )?(?:move on from|move past|get past|let go of) (?:this|it|that|what happened))(?= ?(?:$|{TAG}|[.,!?;:\\n]| already| now| babe| ok| okay| please| pls))'),
      p('(?<span>(?:lets|can we|cant we|could we|we should|we need to)(?: just| please){0,2} (?:(?:start (?:fresh|afresh)|wipe the slate clean|have a (?:clean slate|fresh start))(?: and (?:forget|pretend|move|leave|put)[a-z ]{0,30})?|start over and (?:forget|pretend|move|leave|put)[a-z ]{0,30}))(?= ?(?:$|{TAG}|[.,?;:\\n]| ok| okay| please| pls| now))'),
      p('(?<span>(?:lets|cant we|can we|why cant we|could we|couldnt we)(?: just| please)? (?:forget|pretend) (?:it|this|that) (?:ever |never )?happened)'),
      p('(?<span>we (?:need|have|got|gotta) to (?:move on|move past (?:it|this|that)|put (?:it|this|that) behind us|let (?:it|this|that) go|get past (?:it|this|that))(?: now| already| from (?:it|this|that))?){END}'),
      p('(?<span>(?:can|could) we(?: (?:please|pls|just)){0,2} (?:have|get) (?:one|a|a single) (?:day|night|weekend|week|evening|dinner|meal|morning) without (?:this|it|that) (?:coming up|being brought up)|(?:can|could) we(?: (?:please|pls|just)){0,2} (?:have|get) (?:one|a|a single) (?:day|night|weekend|week|evening|dinner|meal|morning) without (?:talking about|bringing up|discussing|going over) (?:it|this|that|the [a-z]+))(?![a-z])'),
      p('(?<span>(?:lets|can we)(?: just)? go back to (?:normal|how (?:it|things) (?:was|were)))'),
      p('(?<span>(?:when|how soon) (?:are you going to|will you|are you gonna) (?:forgive me|get over (?:it|this)|let (?:it|this) go|move on(?! to)|stop being (?:mad|upset|angry))(?: already)?)'),
      p('(?<span>(?:just )?forgive me already)'),
      p('(?<span>(?:lets|can we|we should|we need to)(?: (?:please|pls|just)){0,2} leave (?:it|this|that|all (?:of )?(?:that|this)) (?:in the past|behind us|in (?:19|20)[0-9]{2}))(?![a-z0-9])'),
      p('(?<span>lets(?: just)? (?:move on|move forward|forget (?:about )?(?:it|this)|put (?:this|it) behind us))(?= ?(?:$|{TAG}|[.,!?;:\\n]| and| ok| okay| please| pls| now| already))'),
      p('(?<span>(?:just )?move on(?: already)?)(?= ?(?:$|{TAG}|[.!?\\n]))'),
    ],
    unless: [NOT_PUSHING, /(?<![a-z])(?:when youre ready|at your pace|whenever youre ready|if youre ready|take your time|(?:im|i am) not ready|not ready to|i need (?:more )?time)(?![a-z])/],
    message: 'Asking to move on can feel like their hurt is an inconvenience. They need to be ready first; asking what would help works better.',
    reframes: [
      { label: 'Let them set the pace', text: "I'd like us to move forward, whenever you're ready" },
      { label: 'Ask', text: 'What do you need before we can move forward?' },
    ],
    examples: {
      flagged: ["can we please stop going on about the wedding", "can we stop banging on about it", 'Can we just move on?', 'Can we please move past this already?', "Let's just forget it happened.", 'lets just go back to normal', 'When are you going to forgive me already', 'Can we just put it behind us by tomorrow though?', "Let's just put this behind us and have a good weekend.", 'Can we please just move on already?', "Let's just move forward.", 'lets just forget it ok', 'omg can we pls just move on already', 'ok I told you what happened, we need to move on now', 'we have to move past this.', 'Can we please just have one weekend without this coming up?', 'can we have one day without talking about it', 'new year fresh start, lets leave it in 2025', 'can we just leave this in the past', 'can we just move forward now pls', 'cant we just forget it ever happened'],
      clean: ["I'm not ready to move on yet.", 'Can we move on to the next item on the agenda?', "I can't wait for the kitchen to go back to normal after the works.", 'When will you move on to the new flat?', "We can move on whenever you're ready.", 'we need to move on to the next topic now', 'lets leave the bags behind the door', 'lets just forget the cake and get pizza', 'can we move past this topic in the meeting, were running out of time', 'can we have one day without rain please', "i wont ask you to move on. ill be here for every talk you need", "I know I can't just say sorry and put it behind us."],
    },
  },
  {
    id: 'still-upset',
    category: 'rushing',
    severity: 2,
    triggers: ['still', 'long', 'bringing', 'past', 'hold', 'holding', 'dwelling', 'again', 'keep', 'throwing', 'rubbing', 'using', 'bring', 'drag', 'dragging', 'dig', 'digging', 'dredge', 'dredging', 'rake', 'raking', 'milking', 'anymore'],
    negatable: false,
    patterns: [
      p('(?<span>why (?:are|r) you still (?:upset|mad|angry|on about|going on about|bringing|hurt|talking about|thinking about|so upset|crying|sulking|dwelling on|hung up on|stuck on|harping on(?: about)?)(?: about (?:this|that|it)| (?:this|that|it|the past))?)'),
      p('(?<span>(?:are|r) you (?:seriously |really )?still (?:mad|upset|angry) about (?:that|this|it|last [a-z]+|[a-z]+day|the [a-z]+))(?= ?(?:$|{TAG}|[.,!?\\n]))'),
      p('(?<span>how long (?:(?:are|r) you (?:going to|gonna)|will you|you (?:going to|gonna)) (?:be (?:mad|upset|angry|annoyed|pissed|cold|like this)|hold (?:this|it|that)|stay (?:mad|upset)|keep (?:bringing|doing|this))(?: [a-z0-9]+){0,4})'),
      p('(?<span>(?:youre|you are) still (?:bringing (?:this|it|that) up|on about (?:this|it|that)|going on about (?:this|it|that)|mad about (?:this|that)|upset about (?:this|that)|talking about (?:this|it|that)))'),
      p('(?<span>why (?:are|r) we still (?:talking about|discussing|arguing about|fighting about|on about|going on about) (?:this|that|it))(?= ?(?:$|{TAG}|[.,!?;:\\n]| again| seriously| honestly))'),
      p('(?<span>not this again)'),
      p('(?<span>(?:youre|you are|are you|r you|you)(?: seriously| really| honestly| actually)? (?:going to|gonna|will|just going to) (?:hold|keep holding) (?:this|it|that) (?:over (?:me|my head)|against me)(?: (?:forever|for ever|for the rest of (?:my|our) li(?:fe|ves)|for life|every time|until i die)))'),
      p('(?<span>(?:are|r) you (?:seriously |really |honestly |actually )?still (?:on about|going on about|banging on about|harping on(?: about)?|bringing (?:this|that|it) up|moaning about|sulking)(?: (?:this|that|it))?)'),
      p('(?<span>you (?:cant|can not|cannot) (?:keep|just keep) (?:bringing (?:this|it|that) up|bringing up (?:the past|this|it|that)|throwing (?:this|it|that) in my face|holding (?:this|it|that) over (?:me|my head)|punishing me|being (?:mad|upset|angry) (?:forever|about this))(?: forever)?)'),
      p('(?:^|seriously |really |omg |wow |so )(?<span>still (?:on|going on about|talking about|upset about|mad about|stuck on) (?:this|that|it))(?= ?(?:$|{TAG}|[.!?]))'),
      p('(?<span>(?:you (?:dont get to|cant|cannot|can not|have to stop|need to stop|gotta stop|got to stop|should stop)|stop|quit) (?:keep |just keep )?(?:bringing (?:it|this|that|the past) up|bringing up (?:the past|this|it|that|what happened)|throwing (?:it|this|that) (?:back )?in my face|hold(?:ing)? (?:it|this|that) over (?:me|my head)|rubbing (?:it|this|that) in|using (?:it|this|that) against me)(?: (?:forever|for the rest of my life|for ever))?)'),
      p('(?<span>(?:why do you|stop|quit|you always|you keep)(?: keep)? (?:bringing (?:up )?(?:the past|this|it|that)(?: up)?|dwelling on (?:it|this|the past)|holding (?:this|it) over me))'),
      p('(?<span>(?:why do you (?:keep|always have to|always|have to)|(?:you )?(?:need to |have to |gotta |got to |should )?(?:stop|quit)|you (?:keep|always|dont get to|cant keep|cannot keep)|no point (?:in )?|dont|do not)(?: keep| just)? (?:bring|bringing|drag|dragging|dig|digging|dredge|dredging|rake|raking) up (?:(?:old )?(?:stuff|things)(?= from (?:when|years|the past|before|back then|ages ago|last year|[0-9a-z]+ (?:years|months|weeks) ago)| ?(?:$|[.,!?;:\\n]))|everything|every little thing|the past|ancient history|old history|history|what happened|all that|old (?:fights|arguments|mistakes)))'),
      p('(?<span>(?:no point (?:in )?|stop |quit |why do you keep |you keep )(?:bringing|dragging|dredging|digging) (?:it|this|that|the past|all that) up (?:every day|every time|all the time|again and again|over and over|constantly|every chance you get))'),
      p('(?<span>(?:stop|quit) milking (?:it|this|that))'),
      // The hurt named as a habit of theirs: "every time we fight you bring up the affair".
      p('(?<span>every ?time (?:we|i) (?:fight|argue|disagree|row|have (?:a|an) (?:fight|argument|row|disagreement)|talk|get into it)(?: about anything)?,? (?:you|u) (?:(?:always|have to|gotta|just) )?(?:bring|drag|dredge|dig|rake|throw) (?:up|it up|this up|that up|it back up|it in my face|up the past|up (?:the|what|my|that|old) [a-z]+))(?![a-z])'),
      p('(?<span>(?:(?:can|could) we(?: (?:please|pls|just)){0,2} |please |pls |just )?(?:stop|quit) (?:digging|dragging|dredging|raking|bringing) (?:it|this|that|the past|all (?:of )?(?:this|that)) up(?: again| all the time| every time)?){END}'),
      p('(?<span>(?:youre|you are|are you|r you) (?:seriously |really |honestly |actually )?still not over (?:it|this|that)){END}'),
      p('(?<span>(?:youre|you are|are you|r you) (?:seriously |really |honestly |actually )?still (?:mad|upset|angry|annoyed|pissed) (?:about|over) (?:the|that|those|my) [a-z]+(?: [a-z]+){0,3})(?=\\?\\?|\\?!)'),
    ],
    // "don't bring it up at dinner, it's a surprise" is planning, not a gag on their hurt.
    unless: [/(?<![a-z])(?:surprise|at dinner|in front of|with (?:mum|mom|dad|your (?:mum|mom|dad|boss|sister|brother)|the kids|him|her|them)|meeting|agenda|vote|chess|game|quiz|beat you|won|attic|garage|loft|boxes|you played (?:well|great|brilliantly)|you did (?:great|well|your best|nothing wrong)|not your fault|proud of you)(?![a-z])/],
    message: 'Questioning why they still hurt suggests there is a deadline on feelings. Trust returns slowly, and patience shows it is safe.',
    reframes: [
      { label: 'Make room', text: "I know you're still hurting, and that makes sense" },
      { label: 'Ask', text: 'What would help you feel safer with me?' },
    ],
    examples: {
      flagged: ["I don't know why you keep bringing up stuff from 20 years ago", 'Growth means you stop dragging up stuff from when we were kids.', "You don't get to bring up every little thing I've ever done.", "It's done now, so there's no point in bringing it up every day.", 'ugh relax, stop milking it', 'ur still not over that?? wow', 'ur still mad about the texts from january??', 'stop digging up the past', 'can we please stop digging it up', 'just stop dragging all this up again', "I apologised, so you don't get to keep bringing it up", 'stop throwing it in my face', "I regret it every day. But you can't hold it over me for the rest of my life.", 'you need to stop holding this over me', 'Why are you still upset?', 'omg are u still upset about saturday', "You can't keep bringing this up forever.", 'seriously still on this?', 'How long are you going to hold this over me?', 'how long will you be mad at me for', 'Why do you keep bringing up the past?', 'so ur gonna hold this over my head forever?', 'why are you still dwelling on that', 'everytime we fight you bring up the affair'],
      clean: ["don't bring up the party with Sam, it's a surprise", "don't bring it up again at dinner, mum is stressed", 'are you still not over that cold?', 'stop digging up the garden, the dog is at it again', "stop bringing up old stuff from the attic, there's no room", 'you can\'t hold it over me forever, I beat you at chess fair and square', "I can't keep bringing it up with my boss, she gets annoyed", 'Are you still upset? I want to understand.', 'Why are you still at work? Come home soon.', 'how long will you be at the gym?', 'stop dwelling on it mate, you played well, the ref was awful', 'every time we fight about the dishes we end up laughing'],
    },
  },
  {
    id: 'past-this',
    category: 'rushing',
    severity: 2,
    triggers: ['still', 'past', 'forgave', 'forgiven', 'forgive', 'over', 'moved', 'gotten', 'forgotten', 'been', 'let', 'days', 'weeks', 'months', 'day', 'week', 'month', 'hours', 'thought', 'ago'],
    negatable: false,
    patterns: [
      p('(?<span>(?:are we|were we) (?:seriously |really |honestly )?still (?:on|talking about|doing|fighting about|going on about) (?:this|that))'),
      p('(?<span>(?:surely (?:youre|you are|you must be|ur)|(?:you should|you ought to|shouldnt you|you must|you have to) be) (?:over|past|done with) (?:it|this|that)(?: by now| already| yet)?)(?![a-z])'),
      p('(?<span>why (?:are|r) (?:we|you) (?:seriously |really |honestly )?still on (?:it|this|that|about (?:it|this|that)))(?![a-z])'),
      // Their hurt coming back is treated as a fault: "you were fine five minutes ago, whats wrong now".
      p('(?<span>you were (?:fine|ok|okay|happy|good|all good) (?:like )?(?:(?:five|5|ten|10|two|2|a few|twenty|20) (?:minutes|mins|seconds|secs)|an hour|a minute) ago)(?=[^.!?\\n]{0,30}(?:whats (?:wrong|up|the problem|your problem)(?: now| with you)?|what is (?:wrong|the problem)(?: now| with you)|whats your problem|why (?:are you|r you) (?:upset|mad|crying|being like this) (?:now|again)|here we go))'),
      p('(?<span>i thought we were (?:past|over|done with) (?:this|that|it))'),
      p('(?<span>(?:everyone|everybody|the rest of us|we all|all of us|the whole family|every one else) (?:else )?(?:has|have|had) (?:moved on(?! to)|gotten over it|got over it|let it go|forgotten about it|forgotten it)(?: (?:except|but|apart from) (?:you|u))?)'),
      p('(?<span>(?:are you|r you|youre|you are) (?:seriously |really |honestly |actually )?still on (?:this|that|about (?:this|that|it)))(?= ?(?:$|{TAG}|[.!?\\n]))'),
      p('(?<span>i thought (?:we|wed|we had|we have)(?: already)? (?:moved on(?! to)|moved past (?:this|that|it)|got past (?:this|that|it)|gotten past (?:this|that|it)|put (?:this|that|it) behind us|dealt with (?:this|that|it)|(?:settled|sorted|resolved|squashed|buried|talked through|worked through) (?:this|that|it)(?! (?:on|at|for|by|with|in) )|(?:were|was) done (?:with|talking about) (?:this|that|it))|i thought (?:you|u) (?:(?:already )?forgave me|had forgiven me|were (?:over|past|done with) (?:it|this|that)))(?![a-z])'),
      p('(?<span>you (?:already forgave me|forgave me already))'),
      p('(?<span>i thought we (?:agreed|said|decided) (?:to|we would|wed) (?:move past (?:it|this|that)|move on from (?:it|this|that)|put (?:it|this|that) behind us|leave (?:it|this|that) (?:behind us|in the past)|not bring (?:it|this|that) up(?: again)?|let (?:it|this|that) go))'),
      p('(?:^|seriously,? |really,? |omg,? |wow,? |come on,? |jeez,? |ugh,? )(?<span>(?:are |r )?(?:you|youre|you are) (?:seriously |really |honestly |actually )?still (?:mad|upset|angry|annoyed|sulking|pissed|in a mood)(?: (?:about|over) (?:this|that|it))?)(?=\\?\\?|\\?!|!)'),
      p('(?<span>you said (?:you (?:forgave|forgive|had forgiven) me|(?:youd|you would|you were going to|you were gonna) (?:forgive me|move on|let it go|get over it|drop it)|you were (?:over|past|done with) (?:it|this|that)))'),
      p('(?<span>(?:its|it has) been (?:a|two|three|like a|over a|almost a) (?:week|weeks|month|months|year|years))(?= ?(?:$|{TAG}|[.!?\\n]| already| now))'),
      p('(?<span>(?:its|it has|its been|been)(?: been)? (?:like |almost |over |nearly |literally |a whole |more than )?(?:a|an|one|two|three|four|five|six|seven|ten|a few|several|[0-9]+) (?:day|days|week|weeks|month|months|year|years|hour|hours))(?=(?: [a-z]+){0,3}(?:,? (?:can we not|come on|get over|move on|let it go|seriously|already|jeez|omg|ffs)|\\?\\?))'),
      p('(?<span>(?:are|r) you (?:seriously |really |honestly |actually )?still (?:mad|upset|angry|annoyed|sulking))(?= ?(?:\\?\\?|\\? (?:its been|come on|seriously|really)))'),
      p('(?<span>(?:you need to|you have to|just|can you|please) let (?:this|that) go)'),
    ],
    unless: [BENIGN, /(?<![a-z])(?:rain|raining|snow|snowing|storm|heatwave|weather|flu|cough|cold)(?![a-z])/],
    message: 'This puts a deadline on their hurt. Trust comes back at its own pace, and patience is part of the repair.',
    reframes: [
      { label: 'Make room', text: 'I know this is still with you, and I am here for it' },
      { label: 'Ask', text: 'What would help you with this right now?' },
    ],
    examples: {
      flagged: ['Are we seriously still on this?', 'I thought we were past this.', 'You said you forgave me.', "It's been a week.", "i thought we'd moved on", 'you forgave me already', 'I thought we agreed to move past it.', "you're still on this??", "you're still mad??", 'u still upset about it?!', 'you said youd forgive me and now this again', 'everyone else has moved on except you', 'its over already, i thought we settled this', 'i thought you forgave me?? why are we doing this'],
      clean: ["It's been a week since I saw you, I miss you!", 'I thought we were past the exit, turn around.', 'i thought we settled this on friday, the venue is booked', 'are you still upset? I want to understand', "I thought we'd moved on to the dessert menu haha", "enough already with the rain, it's been a week", 'everyone else has moved on to the bar, come join'],
    },
  },
  {
    id: 'in-the-past',
    category: 'rushing',
    severity: 2,
    triggers: ['ago', 'past', 'let', 'forget', 'bridge', 'done', 'happened', 'dwell', 'dwelling'],
    patterns: [
      p('(?<span>(?:it|that|this)(?: all)? (?:was|happened) (?:like |literally )?(?:months|weeks|years|ages|forever|so long|a long time|a year|a month|a week|two weeks|three weeks) ago){END}'),
      p('(?<span>(?:its|thats|it is|that is|this is)(?: (?:all|literally|already|just|so))? (?:in )?the past)(?= ?(?:$|{TAG}|[.,!?;:\\n]| now))'),
      p('(?<span>the past is the past|whats done is done|what happened happened|it happened,? (?:its|it is) (?:over|done)(?: now)?){END}'),
      p('(?<span>(?:lets|can we)(?: just| please)? not dwell on (?:it|this|that|the past)|(?:theres |there is )?no (?:point|need|use) (?:in )?dwelling on (?:it|this|that|the past))'),
      p('(?<span>(?:just )?let it go(?: already)?){END}'),
      p('(?<span>(?:just )?forget about it(?: already)?){END}'),
      p('(?<span>water under the bridge)'),
    ],
    // Nostalgia ("that was ages ago, we should do it again"), the hurt one letting go ("water under the bridge, i forgot all about it"), or the writer's own hurt.
    unless: [BENIGN, NOT_PUSHING, /(?<![a-z])(?:you did (?:great|well|your best)|proud of (?:you|how|what|everything)|exam|test|interview|match|game|race|tense|new year|future|oven|cake|recipe|photos?|pics?|pictures|how young|do (?:it|that) again|again soon|throwback|nostalgi[a-z]*|i (?:forgot|forgive|forgave|had forgotten) (?:all about it|about it|you|it)|no hard feelings|all forgiven|youre forgiven|i (?:need|have|want|should|must|gotta|got|will|just need|really need|really should|am trying|m trying|cant) (?:to )?let it go|im (?:trying|going) to let it go|ill let it go)(?![a-z])/],
    message: 'Pointing to how long ago it was tells them their hurt should have an end date. Healing is not linear; patience helps it along.',
    reframes: [
      { label: 'Make room', text: "I know it still hurts, even though it's been a while" },
      { label: 'Ask', text: 'What would help you feel safe with me again?' },
    ],
    examples: {
      flagged: ["It's the past.", 'The past is the past.', "It happened, it's over.", "Let's not dwell on it, okay?", "what's done is done", 'its literally in the past', 'It was months ago.', 'Let it go.', "It's in the past, forget about it.", 'that was ages ago'],
      clean: ['It was months ago that we booked it, right?', 'Let it go in the oven for 20 min.', 'I told him to let it go, the referee made the call.', "don't worry about the exam, it's in the past now", 'that is the past tense of the verb', 'the past is the past, the future is bright, happy new year!', "what's done is done, the cake is in the oven", "what happened happened at the match, we'll win next week", "let's not dwell on the budget, the plan is fine", 'You deserve the whole story, even though it was years ago.', 'that was so long ago, i cant believe how young we look in these photos', 'its water under the bridge, honestly i forgot all about it', 'i need to let it go, i keep replaying what my boss said'],
    },
  },
  {
    id: 'move-on-command',
    category: 'rushing',
    severity: 2,
    triggers: triggerWords(MOVE_ON_WORDS),
    negatable: false,
    patterns: [
      p(`(?:^|(?<=[,.!?;:]) |just |please |can you |can we |can you just |can we just |can everyone |can everyone just |will you |now |ok |okay |so |mate |babe |seriously |honestly |omg |god |come on |you need to |you have to |you should |time to |lets |lets just |and |or |for gods sake |for fucks sake |oh )(?<span>${alt(MOVE_ON_WORDS)})(?= ?(?:$|{TAG}|[.,!?;:\\n]| already| now| please| ok| okay| mate| babe| for once| and| its| it was| we| you| seriously| lol| ffs| jeez| geez| man| dude| bro))`),
    ],
    unless: [BENIGN, HURT_ONE, NOT_PUSHING, /(?<![a-z])(?:dont|do not|never|wont) (?:want|expect|need|ask) you to(?![a-z])/],
    message: 'Telling them to be done with it puts a deadline on their hurt. Trust comes back at its own pace.',
    reframes: [
      { label: 'Make room', text: 'I know this is still with you, and I am here for it' },
      { label: 'Ask', text: 'What would help you with this right now?' },
    ],
    examples: {
      flagged: ['can everyone just move on please', 'give it a rest', 'oh change the record', 'knock it off, seriously'],
      clean: ['move on to slide 4 please', "let's drop it from the sprint", 'just drop it in the shared drive', 'she told me to get over it, which honestly hurt', 'let it go by Elsa is stuck in my head'],
    },
  },
  {
    id: 'deadline-on-forgiveness',
    category: 'rushing',
    severity: 2,
    triggers: ['punish', 'punishing', 'punished', 'pay', 'paying', 'couch', 'sofa', 'doghouse', 'prove', 'earn', 'tired', 'sick', 'keep', 'point', 'forget', 'forgive', 'down', 'over', 'ever', 'long', 'longer', 'eventually', 'being', 'trust', 'trusting', 'living', 'okay', 'ok'],
    negatable: false,
    patterns: [
      p('(?<span>how long (?:are|r|will) you (?:going to |gonna )?(?:keep )?(?:punish|punishing) me(?: (?:for (?:this|that|it|one mistake))?)?)'),
      p('(?<span>(?:stop|quit) punishing me|why (?:do|are) you (?:still |keep |always )?(?:keep punishing|punishing|punish) me|you (?:cant|cannot|can not) (?:keep )?punish(?:ing)? me(?: forever)?|(?:i|we) (?:cant|cannot|can not) keep (?:being punished|paying for (?:this|it|that|one mistake)|apologizing|saying sorry|walking on eggshells)(?: (?:forever|for (?:this|it|that|the same thing)))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| to you| forever| anymore| any more| like this| every| all the time| because| when| if| and| but| so| in my own| for (?:one|a single|something|what|ever|months|weeks|years|how long)))'),
      p('(?<span>how (?:much )?longer (?:are|r|will|is) (?:you|this|it) (?:going to |gonna )?(?:be (?:like this|this way|mad|upset|angry|cold|distant|off with me)|stay (?:mad|upset|angry|cold)|keep (?:this|it) up|punish me|hold (?:this|it|that) against me|go on))(?= ?(?:$|{TAG}|[.,!?;:\\n]| for))'),
      p('(?<span>(?:are|r) you (?:done|finished|over) being (?:mad|upset|angry|pissy|moody|cold|off with me|annoyed)(?: (?:yet|now|already))?)'),
      p('(?<span>(?:when|how soon) (?:will|are|r) you (?:going to |gonna )?(?:(?:start |begin )?(?:trusting|to trust) me again|trust me again|forgive me|be (?:over it|okay again|ok again|normal again|done being mad)))'),
      p('(?<span>(?:you (?:need to|have to|gotta|got to|should)|why (?:cant|wont) you(?: just)?|just) (?:trust|start trusting) me (?:again|already)(?: now)?)'),
      p('(?<span>why (?:cant|wont|dont) you (?:just )?trust me){END}'),
      p('(?<span>(?:dont|do not|stop|quit|you cant|you can not|you cannot|you shouldnt)(?: keep)? (?:punish|punishing) me (?:forever|for ever|for the rest of my life|for (?:one|a single|a) (?:[a-z]+ )?(?:mistake|night|moment|slip|error|thing)(?: of [a-z]+)?))(?![a-z])'),
      p('(?<span>(?:can|will|could|cant|wont) you (?:just )(?:please )?forgive me(?: already| now| and move on)?)'),
      p('(?<span>(?:you (?:need to |have to |gotta |got to |should )?)?(?:stop|quit) living in the past)'),
      p('(?<span>how (?:much )?long(?:er)? (?:do|will|must) i (?:have to |need to |gotta )?(?:keep )?(?:pay(?:ing)? for (?:this|it|that)|apologiz(?:e|ing)|say(?:ing)? sorry|be punished|grovel(?:ling|ing)?|sleep(?:ing)? on the (?:couch|sofa)(?! bed)|be in the doghouse|prove myself|earn (?:it|your trust) back)(?: for)?)'),
      p('(?<span>(?:stop|quit) making me pay for (?:it|this|that)|how long (?:are|will) you (?:going to )?make me pay(?: for (?:it|this|that))?)'),
      p('(?<span>(?:im|i am) (?:so )?(?:tired|sick)(?: and tired)? of (?:apologizing|saying sorry|saying im sorry|being punished|paying for (?:this|it|that)|walking on eggshells|groveling|grovelling|being treated like (?:a criminal|a suspect|a monster|the bad guy|a liar)|being interrogated|being checked up on))(?= ?(?:$|{TAG}|[.,!?;:\\n]| to you| now| already| all the time| over and over| for (?:one|a single|the same|something|what|this|that|it|ever)(?![a-z])))'),
      p('(?<span>at some point,? you (?:have to|need to|gotta|got to|will have to|must|should|are going to have to) (?:decide (?:if|whether)|forgive|move on|get over|let (?:it|this|that) go|accept (?:it|this|that|my apology|what happened)|trust me|choose (?:to forgive|to trust|me)|stop (?:being|punishing|bringing|holding|asking|questioning|interrogating|checking)|let me (?:back )?in|give me (?:another|a second) chance|let me make it up))'),
      p('(?<span>(?:youre|you are) (?:never|not ever) (?:going to|gonna) let (?:me|it|this|that) (?:forget|go|live (?:it|this|that) down)(?: (?:this|that|it))?)'),
      p('(?<span>(?:are|r|will) you (?:ever|never) (?:going to |gonna )?(?:let (?:me|it|this|that) (?:forget|go|live (?:it|this|that) down)|forgive me|get over (?:it|this)))'),
      p('(?:^|(?<=[,.!?;:]) |just |so |come on |lets |cant we |can we (?:just )?)(?<span>forgive and forget)(?= ?(?:$|{TAG}|[.,!?;:\\n]| already| right| ok| babe| yeah))'),
      p('(?<span>i (?:just |really )?want (?:it|this|this whole thing|all of this|this fight|this argument|us) to be (?:over|done|behind us)(?: already| with)?){END}'),
      p('(?<span>how long (?:is|will) (?:this|it|the silent treatment|this silent treatment|the cold shoulder|this cold shoulder|this sulk|the sulking|this mood|your mood|this punishment) (?:going to |gonna )?(?:go on|keep going|continue|drag on|last)(?: for| this time)?){END}'),
      p('(?<span>how long (?:are|r|will) you (?:going to |gonna )?(?:keep )?(?:give|giving) me the (?:silent treatment|cold shoulder))(?![a-z])'),
      p('(?<span>(?:im|i am|i) (?:not (?:going to|gonna)|wont|will not|cant|cannot|can not) (?:keep|just keep) (?:saying sorry|apologi[sz]ing|saying im sorry|grovell?ing|begging)(?: (?:forever|for ever|every day|all the time|for the rest of my life|over and over))?)(?:{END}|(?= (?:for|you|if|when)(?![a-z])))'),
      p('(?<span>(?:you )?(?:gotta|got to|have to|need to|will have to|are going to have to) let (?:it|this|that) go (?:eventually|at some point|sometime|sooner or later|already|one day))'),
    ],
    unless: [BENIGN, LAUGHING, /(?<![a-z])(?:at your (?:own )?pace|whenever youre ready|take your time|when youre ready|no rush|exam|week|shift|flight|surgery|pain|interview|movie|film|meeting|traffic|rain|queue|lecture|job|raise|boss|probation|team|coach)(?![a-z])/],
    message: 'Asking when they will be done hurting puts a clock on their healing. Trust comes back at its own pace, and patience is part of the repair.',
    reframes: [
      { label: 'Make room', text: "I know this is taking time, and I'm not going anywhere" },
      { label: 'Ask', text: 'What would help you feel safer with me?' },
    ],
    examples: {
      flagged: ['how long are you going to punish me for this', "I can't keep being punished for the same thing", "I'm tired of apologising", "im sick of saying sorry", 'At some point you have to decide if you are going to forgive me', "you're never going to let me forget this are you", 'are you ever going to forgive me', 'Forgive and forget, right? come on babe', 'I just want it to be over', 'how long is this going to go on for', 'u gotta let it go eventually', 'how long do I have to keep paying for this', 'how long do I have to sleep on the couch for?', "I'm sorry. But I'm tired of being treated like a criminal.", 'stop making me pay for it', 'at some point you have to let me back in', 'how much longer are you going to be like this', 'are you done being mad yet', 'when will you trust me again', 'can you just forgive me', 'you need to stop living in the past', 'you need to trust me again', "why can't you just trust me again", "Don't punish me forever for one moment of weakness.", 'pls dont punish me forever for one stupid night', 'you cant punish me for the rest of my life', 'Now you need to start trusting me again.', 'how much longer do i have to keep apologizing', 'im not going to keep saying sorry forever'],
      clean: ["you're never going to let me forget that karaoke night are you 😂", 'I just want this week to be over', 'how long is this meeting going to go on for', 'take your time, I will wait as long as you need', 'I hope one day you can trust me again', 'stop punishing the kids for one mistake at school', 'I need to start trusting myself again', 'how long is the rain going to last?', "I can't keep apologising to my landlord for the rent", 'at some point you have to decide on the paint colour', 'how much longer is this going to take, the parking runs out at 5', 'can you forgive me for being late? the bus broke down', 'stop making me pay for the taxi, I have cash', 'how long do I have to prove myself in this job before a raise?', "I'm tired of saying sorry to my boss for things that aren't my fault", "I'm not going to keep saying sorry without changing, so here is what I'm doing"],
    },
  },
  {
    id: 'back-to-normal',
    category: 'rushing',
    severity: 2,
    triggers: ['normal', 'before', 'were', 'was', 'being'],
    negatable: false,
    patterns: [
      p('(?<span>(?:when|how soon) (?:are|will|r|can) (?:we|things|you and me|you and i|us) (?:going to |gonna )?(?:be|go|get|going|getting|go back|get back|back)(?: back)?(?: to)? (?:normal(?: again)?|how (?:we|it|things) (?:was|were|used to be)|the way (?:we|it|things) (?:was|were|used to be)))'),
      p('(?<span>(?:can|cant|could|couldnt) (?:we|things)(?: (?:please|pls|just|not)){0,2} (?:be normal(?: again)?|go back to (?:normal|being normal|being us|being ourselves|how (?:we|it|things) (?:was|were|used to be)|the way (?:we|it|things) (?:was|were|used to be)))(?: (?:now|already|please|pls))?)'),
      p('(?<span>i (?:just |really )?(?:need|want) (?:us|things|everything|it) to (?:get back to normal|come back to normal|be normal again|go back to (?:normal|how (?:we|it|things|they) (?:was|were|used to be)|the way (?:we|it|things|they) (?:was|were|used to be))|be (?:how|the way) (?:we|it|things) (?:was|were)))'),
    ],
    unless: [BENIGN, /(?<![a-z])(?:at your (?:own )?pace|whenever youre ready|take your time|when youre ready|no rush|kitchen|works|renovation|trains|wifi|power|roads|school|office|covid|lockdown|surgery|work|job|app|update|version|settings|layout|website|site|phone|laptop|car|weather)(?![a-z])/],
    message: 'Wanting things back to normal is natural, but asking for it now can tell them their hurt is in the way. Normal comes back when trust does.',
    reframes: [
      { label: 'Let them set the pace', text: "I miss us, and I'll wait until you're ready" },
      { label: 'Ask', text: 'What would help us get closer again?' },
    ],
    examples: {
      flagged: ['ive apologised like 10 times, when are we gonna be normal again', 'ok but when are things going back to normal', "its been a week, can we be normal again pls", "can't we just go back to normal", 'can we go back to how things were', 'im sorry ok. can we go back to being us now', 'I just want things to go back to normal', "I'm so sorry I lied. But it's been a month and I need us to get back to normal."],
      clean: ['when are things going back to normal at your work?', 'can we go back to how it was before the update? the app is worse now', 'when are the trains going back to normal?', "I can't wait for the kitchen to go back to normal after the works.", 'when will things be back to normal at the office after the move?', "I want us to be close again, whenever you're ready"],
    },
  },
  {
    id: 'over-it-again',
    category: 'rushing',
    severity: 2,
    triggers: ['times', 'again', 'answered', 'still', 'anymore', 'long', 'rehash', 'relitigate', 'rehashing', 'relitigating', 'back'],
    negatable: false,
    patterns: [
      // Moved here from deadline-on-forgiveness: a laugh does not soften "how long are we gonna keep doing this lol".
      p('(?<span>how long (?:are|r) we (?:going to|gonna) (?:do this|keep doing this|be like this|keep (?:fighting|arguing)(?: about (?:this|it))?|fight about (?:this|it)|(?:keep )?(?:talking|talk|going|go) (?:about|over|on about) (?:this|it|that)|keep having this (?:conversation|fight|argument|talk)|(?:keep )?(?:discussing|discuss) (?:this|it|that))|how long (?:is|will) (?:this|it) (?:going to |gonna )?(?:be|stay) a (?:whole )?(?:thing|issue|problem|fight))(?= ?(?:$|{TAG}|[.,!?;:\\n]| for))'),
      // Disbelief that the hurt is still being raised: "i cant believe youre bringing that up again", "I don't understand why we are still discussing this".
      p('(?<span>(?:i )?(?:cant|cannot|can not|dont|do not) (?:believe|understand|get|see|know) (?:why |that )?(?:youre|you are|ur|you r|u r|were|we are|we r)(?: (?:seriously|really|honestly|actually|even))?(?: still (?:bringing (?:this|that|it) up|bringing up (?:this|that|it|the past)|talking about (?:this|that|it)|discussing (?:this|that|it)|going over (?:this|that|it)|(?:going )?on about (?:this|that|it)|arguing about (?:this|that|it)|fighting about (?:this|that|it))(?: again)?| (?:bringing (?:this|that|it) up|bringing up (?:this|that|it|the past)|talking about (?:this|that|it)|discussing (?:this|that|it)|going over (?:this|that|it)|(?:going )?on about (?:this|that|it)|arguing about (?:this|that|it)|fighting about (?:this|that|it)) (?:again|still|anymore|any more)))(?= ?(?:$|{TAG}|[.,!?;:\\n]))'),
      p('(?<span>how many (?:more )?times (?:do|must|will|should|are|have) (?:we|i) (?:have to |need to |got to |going to |gonna )?(?:talk about|go over|go through|discuss|argue about|hash out|rehash|have this (?:conversation|argument|fight|talk)|do this|hear about|bring up|explain)(?: (?:this|it|that|the same thing))?(?: again)?)'),
      p('(?<span>why (?:are|r|do) (?:we|you)(?: (?:still|always|have to|keep))? (?:talking about |bringing up |going over |asking (?:me )?(?:about )?|bringing )(?:this|that|it)(?: up)? again)'),
      p('(?<span>(?:do we|do i|why do we|why do i|why must we|must we|we dont need to|no need to|lets not|can we not|stop|quit|i dont want to keep|i dont wanna keep|i refuse to keep|i cant keep|we cant keep|why do we keep|why do you keep)(?: really| seriously| honestly)?(?: (?:have|need|got) to)? (?:rehash|relitigate|rehashing|relitigating) (?:this|it|that|all (?:of )?(?:this|that)|everything|last [a-z]+|the past|what happened)(?! (?:plan|project|idea|proposal|design|draft|doc|document|budget|list|point|section|part|code|bug|meeting|agenda)(?![a-z]))(?: again| every time| over and over)?)'),
      p('(?<span>(?:why do we|why do you|why must we|why must you|we dont need to|i dont see why we|i dont get why we|stop|quit|we cant|you cant)(?: (?:have|need|got) to)? keep (?:going|coming|circling|dragging us) back (?:to|over) (?:this|it|that|the past))'),
      p('(?<span>(?:ive|i have|i) (?:already )?answered (?:this|that|it|your question)(?: already| before| twice)?){END}'),
      p('(?<span>(?:weve|we have|ive|i have) (?:already )?(?:been over|gone over|talked about|discussed|answered|explained) (?:this|that|it)(?: already)? (?:a (?:million|hundred|thousand)|so many|too many|like [0-9]+|[0-9]+|ten|five|three) times)'),
      p('(?:^|(?<=[,.!?;:]) |seriously |really |omg |wow |ugh |come on )(?<span>still)(?=\\?\\?|\\? ?$|\\? \\uD83D)'),
    ],
    unless: [BENIGN, /(?<![a-z])(?:raining|open|coming|awake|at work|hungry|sick|available|working|free|hiring|broken|busy|still (?:up|there|going on|on for))(?![a-z])/],
    message: 'Treating this as a topic they should be done with tells them their questions are unwelcome. They may need to go over it more than once to heal.',
    reframes: [
      { label: 'Make room', text: "I know you need to go over it again, and that's okay" },
      { label: 'Ask', text: 'What part is still hard for you?' },
    ],
    examples: {
      flagged: ['how long r we gonna do this', 'lol how long are we gonna keep talking about this', 'how long is this gonna be a thing lol', 'i cant believe youre bringing that up again', "I don't understand why we are still discussing this.", 'How many times do we have to talk about this?', 'Why are you asking me about this again?', 'why are we talking about this again', 'why are you bringing this up again', "I've already answered that.", "we've been over this a million times", 'seriously, still?? 🙄', 'do we really have to rehash this', 'can we not relitigate last christmas', 'i dont see why we have to keep going back to this'],
      clean: ['how long are we gonna be at the beach lol', 'i cant believe were still talking about that goal haha what a match', 'How many times do we have to change trains?', 'is it still raining?', 'you still up??', "I've already answered that email from the school", 'are you still coming??', "we'll rehash the plan tomorrow with fresh eyes", "let's go back to the restaurant we loved"],
    },
  },
  {
    id: 'time-since',
    category: 'rushing',
    severity: 2,
    triggers: ['been'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its|it has|its been) been (?:like |literally |over |almost |nearly |well over )?(?:months|weeks|years|ages|forever|so long|long enough|a while now|(?:a|an|one|two|three|four|five|six|[0-9]+|a few|several) (?:days|weeks|months|years|week|month|year)))(?= ?(?:$|{TAG}|[.?\\n]| already| now| come on| seriously| jeez| omg| babe| hun| mate| dude| bro| man|,? (?:are|r) you still (?:mad|upset|angry|pissed|sulking)|,? surely))'),
      p('(?<span>(?:its|it has) been (?:like |literally |over |almost |nearly |more than )?(?:a|an|one|two|three|four|five|six|[0-9]+|a few|several) (?:day|days|week|weeks|month|months|year|years)(?: now)?,? and (?:youre|you are|you) still)(?= (?:mad|upset|angry|cold|being|not|sulking|ignoring|giving|punishing|distant|acting|on|bringing|holding|like this|so|hurt|annoyed|pissed|funny|weird|off))'),
    ],
    unless: [BENIGN, LAUGHING, /!|(?<![a-z])(?:how are you|how have you|hows|catch up|caught up|since|coffee|drinks|lunch|hey|hi|hello|good to|lovely|need a)(?![a-z])/],
    message: 'Counting how long it has been tells them their hurt has run out of time. Healing does not follow a calendar.',
    reframes: [
      { label: 'Make room', text: "I know it still hurts, even though it's been a while" },
      { label: 'Ask', text: 'What would help you with this right now?' },
    ],
    examples: {
      flagged: ["It's been months.", 'its been ages. come on', 'its been like 2 months babe', "its been 2 weeks and you're still mad", 'its been 3 weeks and ur still being cold'],
      clean: ["It's been ages! How are you?", 'its been months since we caught up, coffee soon?', "it's been a week and you are still the best thing in my life"],
    },
  },
  {
    // "what do you want from me" is hurrying them only after an apology; alone it is defensiveness.
    id: 'apology-then-demand',
    category: 'rushing',
    severity: 2,
    triggers: ['want', 'expect', 'else', 'more', 'good', 'cool', 'ok', 'fine', 'alright', 'square'],
    negatable: false,
    afterApology: true,
    patterns: [
      p('(?<span>what (?:do|else do|more do) you (?:want|expect)(?: from me| me to (?:do|say))?){END}'),
      p('(?<span>(?:so )?are we (?:good|cool|ok|fine|alright|all good|square)(?: again)? (?:now|yet)(?: or what)?){END}'),
      p('(?<span>(?:wtf|what the hell|what the fuck|what the heck) (?:more|else) do you want(?: from me| me to do| me to say)?)'),
      p('(?<span>i (?:dont|do not) know what (?:else|more) (?:you want(?: from me| me to (?:do|say))?|i can (?:do|say)|to (?:do|say))(?: anymore)?){END}'),
    ],
    unless: [STILL_SORRY],
    message: 'After an apology, asking what more they want can sound like a bill for your sorry. Asking what would help keeps the door open.',
    reframes: [
      { label: 'Ask', text: 'What would help you right now?' },
      { label: 'Give it time', text: "I know saying sorry doesn't fix it. I'm here while you work through it" },
    ],
    examples: {
      flagged: ['sorry for last night. are we cool now?', 'i said sorry wtf else do u want', 'ive said sorry like 50 times, what do u want from me', "I'm sorry, ok? What do you expect me to do?", "I apologised, I don't know what else you want from me"],
      clean: ['sorry, are we still good for 7?', 'sorry I yelled. are we okay?', 'i work 50 hours a week, what more do you want from me', 'what do you want from me for your birthday?', 'sorry, what do you want from the shop?', "sorry, I don't know what else to do with the leftovers"],
    },
  },
];

export const RUSHING_REGEXES: readonly RegExp[] = [BENIGN, LAUGHING, LAUGHING_OUT_LOUD, STILL_SORRY, HURT_ONE];
