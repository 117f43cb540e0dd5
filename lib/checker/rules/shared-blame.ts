import { p, type Rule } from '../rule';
import { FRIENDLY } from './lexicon';

export const sharedBlameRules: Rule[] = [
  {
    id: 'we-both',
    category: 'shared-blame',
    severity: 2,
    triggers: ['both', 'neither', 'blame', 'me', 'street', 'all', 'bad', 'sides', 'fault', 'did', 'you'],
    patterns: [
      p('(?<span>(?:we|wed|weve|we had|we have|(?<![a-z] )were|(?<=(?:and|but|so|honestly|well|ok|okay|yeah|think|guess|because|like|tbh|mean|look|listen) )were|we were|we are) both (?:(?:were|being|got|get) )?(?:(?:kind of|kinda|sort of|equally|just|really|pretty|partly|a bit|a little|a little bit) )?(?:(?:awful|horrible|terrible|nasty|toxic)(?! at| with)|jerks|checked out(?: of (?:this|us|it|the relationship|our relationship|this relationship|the marriage|this marriage|our marriage))?(?= ?(?:$|[.,!?;:]| years| months| ages| a long| emotionally| long ago))|stopped trying|gave up(?: on (?:this|us|it|each other|the relationship|our relationship|this relationship|trying|the marriage|this marriage))?(?= ?(?:$|[.,!?;:]| years| months| ages| a long| long ago))|let (?:this|it|things|the relationship|this relationship|our relationship)(?: [a-z]+)? (?:slide|go|slip|fall apart|happen)|neglected (?:this|it|each other|the relationship)|pulled away|took each other for granted|drifted|messed (?:this|it|things) up|screwed (?:this|it|things) up|yelling|shouting|screaming|fighting|arguing|said(?! (?:sorry|thank|thanks|hi|hello|bye|goodbye|yes|no|i love|love))|say(?! (?:sorry|thank|thanks|hi|hello|bye|goodbye|yes|no))|messed up|mess up|screwed up|made mistakes|did things|were wrong|wrong|at fault|to blame|dramatic|being dramatic|rude|mean|lost it|lost our tempers|hurt each other|said things|said stuff|acted|in the wrong|guilty|played a part|had a part|had a hand|contributed|responsible|share (?:the )?blame|share the fault|shared the blame|own this|failed))(?! about (?:the|where|when|what|which|how|whether))'),
      p('(?<span>(?:the )?(?:blame|fault) (?:is|lies|goes) (?:on|with) (?:both of us|us both|both sides|the two of us))'),
      p('(?<span>(?:its|this is|thats|that is|it was|this was)(?: really)? on (?:both of us|us both|the two of us))(?! to)'),
      p('(?<span>both of us (?:are|were) (?:to blame|at fault|responsible|guilty|wrong|in the wrong))'),
      p('(?<span>(?:its|it is|it was|thats|that was|this is|this was)(?: really| honestly| kind of| kinda)? (?:both (?:of )?our(?:s)? faults?|both our faults?|both of our faults?|both our doing))'),
      p('(?<span>neither of us (?:handled|behaved|acted|is innocent|was innocent|is blameless|is perfect|was perfect|is right|was right|did (?:great|well|good))(?: [a-z]+){0,3})'),
      p('(?<span>(?:plenty of|enough|lots of) blame to go around)'),
      p('(?<span>we (?:both|all) have (?:our )?(?:(?:things|stuff|issues|work|a lot) to work on|our (?:faults|flaws|issues|problems|part|parts)|a part(?: to play| in (?:this|it))?|some blame|some responsibility))(?= ?(?:$|[.,!?;:\\n]| here| in this| tbh| honestly| you know| i guess| so))'),
      p('(?<span>(?:its|this is|it was|thats|that is) not (?:all|just) on me)'),
      p('(?<span>we (?:all|both) (?:made|make|have made|messed up|screwed up|dropped the ball|said things|did things)(?: mistakes)?)(?= ?(?:$|[.,!?;]| here| there| that| this| on| so| with| over| again| too| as well| equally| tbh| honestly| lol| you know))'),
      p('(?<span>(?:were|we are|we were|we both are|both of us are)(?: just| honestly| basically| literally)? (?:as bad as (?:each other|one another)|just as bad|both as bad|equally bad|equally to blame|equally guilty))'),
      p('(?<span>(?:(?:the )?(?:fault|faults|blame|mistakes|wrongs|errors|bad behaviour|bad behavior|issues|problems)(?: [a-z]+){0,2} on both sides|both sides (?:were|are|are to|were to|share the) (?:to blame|wrong|at fault|in the wrong|blame)|(?:things|it|tempers) got (?:a bit |a little |pretty |really )?(?:tense|heated|out of hand|messy|ugly|nasty) on both sides))'),
      p('(?<span>(?:its|it is|it was|thats|that is|that was|this is|this was)(?: really| honestly| just)? (?:nobodys|no ones|no one|noones) fault(?: really| honestly)?)(?= ?(?:$|[.,!?;:\\n]| things| it just| we| stuff))'),
      p('(?<span>(?:nobody|no one|noone) is (?:really )?to blame(?: here)?)(?= ?(?:$|[.,!?;:\\n]| things| it just| we))'),
      p('(?:^|, |so did you |you too )(?<span>we both did)(?= ?(?:$|[.,!?;:\\n]))'),
      p('(?<span>i (?:messed up|screwed up|was wrong|made (?:a )?mistakes?|lied|yelled|shouted|was rude|overreacted|cheated|forgot|said (?:some|things|stuff)(?: [a-z]+)?)(?: [a-z]+){0,3},? but (?:so did you|so were you|you did (?:too|it too|the same)|you were (?:too|also)))'),
      p('(?<span>(?:its|it is|it was|thats|that is|this is|and|but) not (?:just|only|all) (?:me|my fault))(?= ?(?:$|[.!;\\n]))'),
      p('(?<span>(?:the whole team|everyone|everybody|all of us)(?: [a-z]+){0,2} (?:dropped the ball|messed up|screwed up|missed (?:it|the deadline|this)|was to blame|is to blame|were to blame)(?: [a-z0-9]+){0,4})(?=(?: [a-z0-9]+){0,4},? not (?:just|only) me)'),
      p('(?<span>(?:its|this is|relationships are|it is) a two[ -]way street)'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:dont (?:worry|blame yourself|beat yourself up)|not your fault|weather|rain|traffic|flight|train|delay|delayed|cancelled|canceled)(?![a-z])/],
    message:
      'Spreading the blame over both of you can feel like a way out of owning your part. Speak to your share first; theirs can be talked about later.',
    reframes: [
      { label: 'Own your part', text: 'I was yelling, and that was wrong' },
      { label: 'Speak for yourself', text: "I said things I didn't mean, and I'm sorry" },
    ],
    examples: {
      flagged: ["it was both our faults really", "it's both of our faults", "that was both our doing", 'Well, we were both yelling.', 'we both played a part in this', 'Honestly the blame is on both of us.', 'Neither of us handled it well.', "There's plenty of blame to go around.", 'its on both of us not just me', 'i think we both share the blame', "we're both kind of to blame here ngl", 'We both messed this up, not just me.', 'honestly we were both being awful that night', "It's not all on me.", "it's a two way street, you know", "We both said things we didn't mean.", 'we both messed up so lets call it even', "We're both to blame here.", "we're as bad as each other tbh", 'There is fault on both sides', 'things got tense on both sides', "it's nobody's fault really, things just happened", 'ok i messed up but so did you, we both did', "i think we were both a bit in the wrong last night", "we'd both stopped trying, you know that", 'we both let this relationship slide', 'we both checked out of this marriage years ago', 'we both dropped the ball with the rent', 'we both have things to work on', 'we all have our faults, you know', 'everyone was yelling, it is not just me'],
      clean: ["it was both our first time there", 'We were both at the party last night.', "It's on both of us to keep the house tidy, so I made a rota.", 'Neither of us was hungry so we skipped lunch.', 'We were both tired after the hike.', 'We both need to book our flights by Friday.', 'haha we are both terrible at keeping plants alive', 'The kids were both yelling in the car the whole way', 'we both said sorry and hugged it out', "Don't beat yourself up, it's nobody's fault", "the flight got cancelled, it's no one's fault", 'There are good people on both sides of the family', 'we both gave up on the hike halfway lol', 'we both checked out of the hotel at ten', 'we both have work to do tomorrow'],
    },
  },
  {
    id: 'takes-two',
    category: 'shared-blame',
    severity: 2,
    triggers: ['takes', 'two', '2', 'took'],
    patterns: [
      p('(?<span>it (?:always |only |still )?(?:takes|took) (?:two|2)(?: (?:people|of us))?(?: to (?:tango|fight|argue|make a mess|mess (?:it|this|things) up|screw (?:it|this|things) up|break (?:a|up|it|this|things|us|the|our)|ruin|wreck|end|kill|fail|start (?:a|this|the) (?:fight|argument|row))(?: [a-z0-9]+){0,3})?)(?= ?(?:$|[.,!?;]| you know| mate| babe| love| hun| man| dude| bro| honestly| tbh| not (?:just|only) me| just saying| remember))'),
    ],
    message: '"It takes two" moves the focus from what you did to what they did. Owning your half first is what rebuilds trust.',
    reframes: [{ label: 'Own your half', text: 'I played my part in this, and I own it' }],
    examples: {
      flagged: ['It takes two to fight, you know.', 'It takes two to tango.', 'It always takes two. Just saying.', 'it takes 2 to break a relationship not just me', 'it took two of us to mess this up'],
      clean: ['It takes two hours to get there by car.', 'It takes two people to carry that couch', 'it takes 2 days to ship', 'It took two tries but we fixed the sink!'],
    },
  },
  {
    id: 'not-innocent-either',
    category: 'shared-blame',
    severity: 2,
    triggers: ['innocent', 'perfect', 'saint', 'angel', 'blameless', 'better', 'bad', 'guilty', 'blame', 'too', 'fault', 'responsible', 'part', 'role', 'hand'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its not like )?(?:youre|you are|your|you were|you werent) (?:not|no|hardly|not exactly|not so|not that|exactly) (?:innocent|perfect|a saint|saint|an angel|angel|blameless|better)(?: either| yourself| here| in this)?)'),
      p('(?<span>(?:youre|you are|you were)(?: just| at least| honestly| also)? (?:half|partly|partially|also|equally|as much|just as much) (?:to blame|at fault|responsible(?= ?(?:$|[.,!?;:\\n]| here| too| for (?:this|that|it))))|(?:youre|you are|you were) to blame (?:too|as well))'),
      p('(?<span>you (?:played|had|have|play) (?:a|your|a big|a huge|some) (?:part|role|hand) in (?:this|it|that|what happened)(?: too| as well| yourself)?)(?= ?(?:$|[.,!?;:\\n]| you know| remember| tbh))'),
      p('(?<span>(?:youre|you are|your) just as (?:bad|guilty|much to blame))'),
      p('(?<span>its not like (?:youre|you are|your|you were) (?:perfect|innocent|a saint|an angel|blameless))'),
      p('(?<span>you (?:did|do|said|say|have done) (?:it|that|things|stuff|the same|the same thing|worse)(?: [a-z]+)? too)(?= ?(?:$|[.,!?;]| you know))'),
    ],
    message: 'Pointing to their faults right now can sound like "so we\'re even". Their part can wait; yours is what you can own today.',
    reframes: [{ label: 'Stay with your part', text: 'Right now I want to focus on what I did' }],
    examples: {
      flagged: ["You're not innocent either.", "It's not like you're perfect.", "You're no saint yourself.", 'You did things too, you know.', "Honestly you're half to blame", 'you played a part in this too you know', 'ur partly responsible too'],
      clean: ["You're not wrong about that.", "You're not alone in this.", 'you played a part in the school play, so proud', 'You are responsible for the snacks on Friday'],
    },
  },
  {
    id: 'everyone-does-it',
    category: 'shared-blame',
    severity: 2,
    triggers: ['everyone', 'everybody', 'people', 'couples', 'guys', 'girls', 'men', 'women', 'mean', 'all'],
    patterns: [
      p('(?<span>(?:everyone|everybody|all (?:couples|guys|girls|men|women)|all people|people) (?:[a-z]+s|does it|do it|does that|do that|lies|cheats|flirts|fights)(?: [a-z]+){0,3} (?:sometimes|all the time|at some point|once in a while|too|now and then))(?= ?(?:$|[.,!?;]))'),
      p('(?<span>(?:everyone|everybody) (?:does|do) (?:it|that|this))(?= ?(?:$|[.,!?;]))'),
      p('(?<span>(?:everyone|everybody|we all|all of us) (?:said|did|says|does|do)(?: (?:dumb|stupid|mean|nasty|awful|horrible|silly|hurtful|crazy|messed up))? (?:stuff|things|shit))(?= ?(?:$|[.,!?;:\\n]| we| they| too| and| that night| last night))'),
      p('(?<span>(?:everyone|everybody|people|we all) (?:says?|does|do|did|said) (?:stuff|things|shit|stupid stuff|stupid things|dumb stuff|dumb things|things) (?:they|we) (?:dont|didnt|do not) mean(?: when (?:theyre|they are|were|we are|you are|youre) (?:angry|mad|upset|drunk|tired|stressed))?)'),
    ],
    message: '"Everyone does it" spreads your choice over everybody, which can sound like it does not count. Speak to what you did.',
    reframes: [{ label: 'Own your choice', text: 'I did it, and I understand why it hurt you' }],
    examples: {
      flagged: ['we were all drunk, everyone said stuff', 'Everyone was drinking, everyone said dumb stuff', "everyone says stuff they don't mean when they're angry", "we all say things we don't mean", "people say stuff they don't mean", "Everyone texts their ex sometimes, it's normal.", 'Everyone lies sometimes.', 'everybody does it'],
      clean: ['everyone said nice things about your speech', "everyone did great things at the fair", "everyone says the food there is great", 'Everyone loved your speech.', 'People walk their dogs here all the time, it is lovely.'],
    },
  },
];
