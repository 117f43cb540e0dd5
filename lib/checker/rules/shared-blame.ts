import { p, type Rule } from '../rule';
import { FRIENDLY } from './lexicon';

const NOT_YOUR_FAULT = /(?<![a-z])(?:dont (?:worry|blame yourself|beat yourself up)|not your fault)(?![a-z])/;
/**
 * "we were both stuck in traffic": an outside cause named close to "both" (or to "we all"), in the
 * same stretch of words, not anywhere in the neighbouring sentences.
 */
function nearBoth(causes: string): RegExp {
  const who = '(?:both|all|everyone|everybody|nobody|nobodys|no one|no ones|noones)';
  // A blame word next to "both" is its own finding, even when a cause sits in the same run-on sentence.
  const blamey = '(?:yelling|shouting|screaming|fighting|arguing|lying|wrong|rude|mean|nasty|petty|harsh|to blame|at fault|out of line)(?![a-z])';
  return new RegExp(`(?<![a-z])${who}(?:,? (?!${blamey})[a-z]+){0,6},? (?:${causes})(?![a-z])|(?<![a-z])(?:${causes})(?:,? [a-z]+){0,6},? ${who}(?! ${blamey})(?![a-z])`);
}

// The writer quoting their own earlier words to take them back: "I said it takes two; that was me dodging."
const RETRACTED = /(?<![a-z])(?:you (?:werent|were not)|you were right|that was me (?:dodging|deflecting|ducking|being unfair|making excuses)|i was wrong to (?:say|call))(?![a-z])/;

export const sharedBlameRules: Rule[] = [
  {
    id: 'we-both',
    category: 'shared-blame',
    severity: 2,
    triggers: ['both', 'neither', 'blame', 'me', 'street', 'all', 'bad', 'sides', 'fault', 'everyones', 'everybodys', 'guilty', 'responsible', 'did', 'you', 'sided', 'persons', 'equally', 'just', 'each', 'joint', 'mutual', 'shared', 'only', 'much'],
    patterns: [
      p('(?<span>(?:(?:we|wed|weve|we had|we have|(?<![a-z] )were|(?<=(?:and|but|so|honestly|well|ok|okay|yeah|think|guess|because|like|tbh|mean|look|listen) )were|we were|we are) both|both of us|the two of us) (?:(?:were|being|got|get) )?(?:(?:kind of|kinda|sort of|equally|just|really|pretty|partly|a bit|a little|a little bit) )?(?:(?:awful|horrible|terrible|nasty|toxic)(?! at| with)|jerks|checked out(?: of (?:this|us|it|the relationship|our relationship|this relationship|the marriage|this marriage|our marriage))?(?= ?(?:$|{TAG}|[.,!?;:]| years| months| ages| a long| emotionally| long ago))|stopped trying|gave up(?: on (?:this|us|it|each other|the relationship|our relationship|this relationship|trying|the marriage|this marriage))?(?= ?(?:$|{TAG}|[.,!?;:]| years| months| ages| a long| long ago))|let (?:this|it|things|the relationship|this relationship|our relationship)(?: [a-z]+)? (?:slide|go|slip|fall apart|happen)|neglected (?:this|it|each other|the relationship)|pulled away|took each other for granted|let each other down|failed each other|(?:behaved|acted) (?:badly|terribly|awfully|like (?:idiots|kids|children|jerks|assholes))|being (?:stupid|idiots|dumb|childish|immature|difficult|unreasonable|ridiculous|jerks|assholes)|went too far(?! (?:on|in|up|down|into|out|to|with the|past|along)(?![a-z]))|flaked|played (?:our|a|their) parts?(?= ?(?:$|{TAG}|[.,!?;:]| in (?:this|it|that|all|what|how|the (?:fight|argument|mess|breakup))| here| tbh| honestly))|(?:suck|sucked|terrible|awful|bad|are terrible|were terrible|are awful|were awful|are bad|were bad) at (?:communicating|communication|talking|listening|relationships|this relationship stuff)|did (?:stuff|things|shit) we (?:shouldnt|should not) have|owe each other (?:an )?apolog(?:y|ies)|(?:need|needed|have|had) to (?:apologi[sz]e|say sorry)(?= ?(?:$|{TAG}|[.,!?;:]| to each other| here| tbh))|should (?:apologi[sz]e|say sorry)(?= ?(?:$|{TAG}|[.,!?;:]| to each other| here| tbh))|drifted|messed (?:this|it|things) up|screwed (?:this|it|things) up|yelling|shouting|screaming|fighting|arguing|(?:yelled|shouted|screamed)(?= ?(?:$|{TAG}|[.,!?;:\\n]| at each other| that night| last night| too| a lot| and | so ))|said(?! (?:sorry|thank|thanks|hi|hello|bye|goodbye|yes|no|i love|love))|say(?! (?:sorry|thank|thanks|hi|hello|bye|goodbye|yes|no))|messed up|mess up|screwed up|(?:fucked|fd|effed|stuffed|cocked|mucked) (?:up|it up|this up|things up)|made mistakes|did things|were wrong|wrong|at fault|to blame|dramatic|being dramatic|rude|mean|lost it|lost our tempers|hurt each other|said things|said stuff|acted|in the wrong|guilty|played a part|had a part|had a hand|contributed|responsible|share (?:the )?blame|share the fault|shared the blame|own this|failed(?! (?:the|a|an|my|his|her|their)(?![a-z]))|lied|cheated|(?:hid|kept|were hiding|kept hiding) (?:things|stuff|secrets)|(?:yelled|shouted|screamed|said) (?:at each other|(?:some )?(?:awful|horrible|hurtful|mean|nasty|terrible|cruel|ugly|dumb|stupid) (?:stuff|things))))(?! about (?:the|where|when|what|which|how|whether))'),
      p('(?<span>we (?:each|both) said (?:stuff|things|some things|some stuff) we (?:shouldnt|should not|didnt|did not) (?:have|mean))'),
      p('(?<span>neither of us (?:was|were|is) (?:really |even )?(?:trying|making (?:an|any) effort|putting in (?:any |the )?effort|showing up for (?:the other|each other)))'),
      p('(?<span>(?:im|i am|i was) (?:no|not any) (?:worse|different) (?:from|than) (?:the rest of (?:you|us|them)|anyone else in (?:this|the) (?:family|house|team)|any of you))(?= ?(?:$|{TAG}|[.!?;\\n]| so| when it comes))'),
      p('(?<span>(?:the )?(?:blame|fault) (?:is|lies|goes) (?:on|with) (?:both of us|us both|both sides|the two of us))'),
      p('(?<span>(?:its|this is|thats|that is|it was|this was)(?: really)? on (?:both of us|us both|the two of us))(?! to)'),
      p('(?<span>both of us (?:are|were) (?:to blame|at fault|responsible|guilty|wrong|in the wrong))'),
      p('(?<span>(?:its|it is|it was|thats|that was|this is|this was)(?: really| honestly| kind of| kinda)? (?:both (?:of )?our(?:s)? faults?|both our faults?|both of our faults?|both our doing))'),
      p('(?<span>neither of us (?:handled|behaved|acted|is innocent|was innocent|is blameless|is perfect|was perfect|is right|was right|did (?:great|well|good))(?: [a-z]+){0,3})'),
      p('(?<span>(?:plenty of|enough|lots of) blame to go around)'),
      p('(?<span>(?:were|we are|we were) (?:equally|both equally|just as|each) (?:responsible|to blame|at fault|guilty|in the wrong)|(?:it was|its|this was|that was|it is) (?:a )?(?:joint|mutual|shared) (?:mistake|failure|fault|screw up|mess)|(?:im|i am|i was) not the only one (?:who|that|whos) (?:messed up|screwed up|was wrong|made (?:a )?mistakes?|yelled|lied|said things(?! about| like)|was rude|is to blame|was at fault|did something wrong)|you (?:did|caused|have done|said) (?:just )?as much (?:damage|harm|hurt|wrong))'),
      p('(?<span>(?:the )?(?:blame|fault)(?: is| was|s)?(?: like)? (?:fifty fifty|50 ?50|50/50|half and half|split (?:evenly|down the middle|both ways))|(?:(?:its|it is|it was|thats|this is|this was) (?:not|never)|(?:it|this|that) (?:wasnt|isnt)) (?:just |only )?(?:one persons fault|one sided|on one person))'),
      p('(?<span>we (?:both|all) (?:could|should)(?:ve| have) (?:handled|reacted|behaved|acted|communicated|dealt with)(?: [a-z]+){0,3} (?:better|differently))'),
      p('(?<span>we (?:both|all) (?:need to|have to|should|must) (?:own (?:this|it|our part|our parts|our share)|take (?:some (?:of the )?|the )?(?:responsibility|ownership|blame)(?: for (?:this|it|what happened|our part))?|own up))(?= ?(?:$|{TAG}|[.,!?;:\\n]| here| tbh| honestly))'),
      p('(?<span>we (?:both|all) have (?:our )?(?:(?:things|stuff|issues|work|a lot) to work on|our (?:faults|flaws|issues|problems|part|parts)|a part(?: to play| in (?:this|it))?|some blame|some responsibility))(?= ?(?:$|{TAG}|[.,!?;:\\n]| here| in this| tbh| honestly| you know| i guess| so))'),
      p('(?<span>(?:its|this is|it was|thats|that is) not (?:all|just) on me)'),
      p('(?<span>we (?:all|both) (?:made|make|have made|messed up|screwed up|dropped the ball|said things|did things)(?: mistakes)?)(?= ?(?:$|{TAG}|[.,!?;]| here| there| that| this| on| so| with| over| again| too| as well| equally| tbh| honestly| lol| you know))'),
      p('(?<span>(?:were|we are|we were|we both are|both of us are)(?: just| honestly| basically| literally)? (?:as bad as (?:each other|one another)|just as bad|both as bad|equally bad|equally to blame|equally guilty))'),
      p('(?<span>(?:(?:the )?(?:fault|faults|blame|mistakes|wrongs|errors|bad behaviour|bad behavior|issues|problems)(?: [a-z]+){0,2} on both sides|both sides (?:were|are|are to|were to|share the) (?:to blame|wrong|at fault|in the wrong|blame)|(?:things|it|tempers) got (?:a bit |a little |pretty |really )?(?:tense|heated|out of hand|messy|ugly|nasty) on both (?:sides|ends)))'),
      p('(?<span>(?:its|it is|it was|thats|that is|that was|this is|this was)(?: really| honestly| just)? (?:nobodys|no ones|no one|noones) fault(?: really| honestly)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| things| it just| we| stuff))'),
      p('(?<span>(?:(?:its|it is|it was|thats|that was)(?: really| honestly| kind of| kinda)? (?:everyones|everybodys|all our|all of our) fault|(?:everyones|everybodys|everyone is|everybody is|were all|we are all|we were all|weve all been|all of us are|all of us were|the whole (?:family|team|group|house|class|department)(?: is| was| are| were)) (?:to blame|at fault|guilty(?: of (?:it|that|this))?|in the wrong|responsible)|(?:its|it was|thats|that was|this is|this was)(?: really| honestly)? (?:on )?the both of us|(?:its|it was|thats|that was)(?: really| honestly)? both of us))(?= ?(?:$|{TAG}|[.,!?;:\\n]| here| tbh| honestly| really| you know| not just| so| for this| for what))'),
      p('(?<span>(?:nobody|no one|noone) is (?:really )?to blame(?: here)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| things| it just| we))'),
      p('(?:^|, |so did you |you too )(?<span>we both did){END}'),
      p('(?<span>i (?:messed up|screwed up|was wrong|made (?:a )?mistakes?|lied|yelled|shouted|was rude|overreacted|cheated|forgot|said (?:some|things|stuff)(?: [a-z]+)?)(?: [a-z]+){0,3},? but (?:so did you|so were you|you did (?:too|it too|the same)|you were (?:too|also)))'),
      p('(?<span>(?:its|it is|it was|thats|that is|this is|and|but) not (?:just|only|all) (?:me|my fault))(?= ?(?:$|{TAG}|[.!;\\n]))'),
      p('(?<span>(?:the whole team|everyone|everybody|all of us)(?: [a-z]+){0,2} (?:dropped the ball|messed up|screwed up|missed (?:it|the deadline|this)|was to blame|is to blame|were to blame)(?: [a-z0-9]+){0,4})(?=(?: [a-z0-9]+){0,4},? not (?:just|only) me)'),
      p('(?<span>(?:its|this is|relationships are|it is|it was|this was|thats|that is|that was|its always|it was always) (?:a two[ -]way street|not a one[ -]way street))(?! (?:near|by|so|with|and|past|in|on|at|from|to|there|here)(?![a-z]))'),
    ],
    unless: [FRIENDLY, NOT_YOUR_FAULT, nearBoth('weather|rain|traffic|flight|train|delay|delayed|cancelled|canceled')],
    message:
      'Spreading the blame over both of you can feel like a way out of owning your part. Speak to your share first; theirs can be talked about later.',
    reframes: [
      { label: 'Own your part', text: 'I was yelling, and that was wrong' },
      { label: 'Speak for yourself', text: "I said things I didn't mean, and I'm sorry" },
    ],
    examples: {
      flagged: ["it was both our faults really", "it's both of our faults", "that was both our doing", 'Well, we were both yelling.', 'we both played a part in this', 'Honestly the blame is on both of us.', 'Neither of us handled it well.', "There's plenty of blame to go around.", 'its on both of us not just me', 'i think we both share the blame', "we're both kind of to blame here ngl", 'We both messed this up, not just me.', 'honestly we were both being awful that night', "It's not all on me.", "it's a two way street, you know", "We both said things we didn't mean.", 'we both messed up so lets call it even', "We're both to blame here.", "we're as bad as each other tbh", 'There is fault on both sides', 'things got tense on both sides', "it's nobody's fault really, things just happened", 'ok i messed up but so did you, we both did', "i think we were both a bit in the wrong last night", "we'd both stopped trying, you know that", 'we both let this relationship slide', 'we both checked out of this marriage years ago', 'we both dropped the ball with the rent', "we both f'd up", 'we both have things to work on', 'we all have our faults, you know', 'the blame is fifty fifty', "it's not one person's fault", 'we both could have handled it better', 'we both need to own this', "we're equally responsible", 'it was a joint mistake', "I'm not the only one who messed up", 'you did just as much damage', 'everyone was yelling, it is not just me', 'Traffic is awful today we were both yelling', 'we were both yelling the train was delayed again', 'we both lied about stuff, lets not act like youre innocent', 'We both hid things from each other', 'we both yelled some awful stuff that night', 'we both yelled', 'We both shouted that night.', 'we both screamed at each other tbh', "We each said stuff we shouldn't have, so let's call it square.", 'neither of us was really trying', "It wasn't one person's fault, the whole group chat piled on.", "Everyone in this family yells, I'm no different from the rest of you.", 'both of us messed up tbh', 'we both let each other down', 'we were both being idiots', "we're both terrible at communicating", 'we both flaked on the plan so lets not make it a me thing', 'we both owe each other an apology', 'we both need to apologize', 'we both have to take some blame', 'it was a two-way street', "it's everyone's fault", "we're all to blame here", 'the whole family is to blame', 'its on the both of us', 'it got out of hand on both ends', "it's not a one way street", "i'm not the only one who said things"],
      clean: ["it was both our first time there", 'We were both at the party last night.', "It's on both of us to keep the house tidy, so I made a rota.", 'Neither of us was hungry so we skipped lunch.', 'We were both tired after the hike.', 'We both need to book our flights by Friday.', 'haha we are both terrible at keeping plants alive', 'The kids were both yelling in the car the whole way', 'we both said sorry and hugged it out', "Don't beat yourself up, it's nobody's fault", "the flight got cancelled, it's no one's fault", 'There are good people on both sides of the family', 'we both gave up on the hike halfway lol', 'we both checked out of the hotel at ten', 'we both have work to do tomorrow', 'we both need to take the bins out', "it's a shared kitchen so we each clean up", "I'm not the only one who loved the film", 'we both could have done better on the quiz', 'we both yelled happy birthday at the same time', 'we both screamed when the goal went in', 'we both snapped a photo of the sunset', 'we both hid the presents in the garage', 'the road goes both ways past the school', "I'm no different from the rest of you, I love pizza too", 'neither of us was there when it arrived', 'we both played our parts in the school play so well', 'we both need to apologize to mum for missing her birthday', 'both of us were at the party', 'we both went too far on the hike, my legs are dead', "it's a two way street near the station so park on the left", 'we both failed the driving test lol', "i'm not the only one who said things about the menu being great", 'we both suck at bowling lol', 'the whole team is responsible for their own desks', 'who is coming on the trip? its both of us and the kids'],
    },
  },
  {
    id: 'takes-two',
    category: 'shared-blame',
    severity: 2,
    triggers: ['takes', 'two', '2', 'took'],
    patterns: [
      p('(?<span>(?:it (?:always |only |still )?|(?<![a-z] ))(?:takes|took) (?:two|2)(?: (?:people|of us))?(?: to (?:tango|fight|argue|make a mess|mess (?:it|this|things) up|screw (?:it|this|things) up|break (?:a|up|it|this|things|us|the|our)|ruin|wreck|end|kill|fail|start (?:a|this|the) (?:fight|argument|row)|make (?:it|this|a relationship|the relationship|this relationship|our relationship|a marriage|this marriage) fail)(?: [a-z0-9]+){0,3})?)(?= ?(?:$|{TAG}|[.,!?;]| you know| mate| babe| love| hun| man| dude| bro| honestly| tbh| not (?:just|only) me| just saying| remember| bestie| girl| sis| bro| stop| so))'),
    ],
    unless: [RETRACTED, /(?<![a-z])(?:dance|dancing|class|lesson|lessons|partner|salsa|hours|days|minutes|people to (?:carry|lift|move))(?![a-z])/],
    message: '"It takes two" moves the focus from what you did to what they did. Owning your half first is what rebuilds trust.',
    reframes: [{ label: 'Own your half', text: 'I played my part in this, and I own it' }],
    examples: {
      flagged: ['It takes two to fight, you know.', 'It takes two to tango.', 'It always takes two. Just saying.', 'it takes 2 to break a relationship not just me', 'it took two of us to mess this up', "Takes two to tango, so don't pin the whole mess on me.", 'takes 2 to fight babe', 'it takes two to make a relationship fail'],
      clean: ['I said it takes two, and that was me dodging. This one is on me.', 'It takes two hours to get there by car.', 'It takes two people to carry that couch', 'it takes 2 days to ship', 'It took two tries but we fixed the sink!', 'she takes two sugars in her tea', 'Takes two to tango? Salsa class is Tuesday'],
    },
  },
  {
    id: 'not-innocent-either',
    category: 'shared-blame',
    severity: 2,
    triggers: ['innocent', 'perfect', 'saint', 'angel', 'blameless', 'better', 'bad', 'neither', 'so', 'help', 'helping', 'like', 'if', 'though', 'guilty', 'blame', 'too', 'fault', 'responsible', 'part', 'role', 'hand', 'rude', 'mean', 'nasty', 'harsh', 'awful', 'horrible', 'toxic', 'petty', 'cruel', 'line', 'wrong', 'worse', 'same', 'never'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its not like )?(?:youre|you are|your|you were|you werent) (?:not|no|hardly|not exactly|not so|not that|not any|exactly) (?:innocent|perfect|a saint|saint|an angel|angel|blameless|better)(?: either| yourself| here| in this)?)'),
      p('(?<span>(?:you werent|you were not|you arent|you aint|you wasnt) (?:exactly |totally |completely |entirely |always )?(?:innocent|perfect|a saint|an angel|blameless)(?: (?:in this|in all this|here))?(?: either| yourself)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| either| so| you know| tbh| honestly| remember))'),
      p('(?<span>(?:you were|you was|youve been|you have been)(?: just| also| equally)? (?:just as|as|equally|also) (?:bad|rude|mean|nasty|harsh|awful|horrible|toxic|petty|cruel|guilty|out of line|in the wrong|much to blame))(?= ?(?:$|{TAG}|[.,!?;:\\n]| tbh| honestly| you know| if not| as me| as i was| remember| so))'),
      p('(?<span>you(?:ve| have)? (?:done|did|said) (?:way |much |far |even |a lot )?worse(?: (?:things|stuff|shit))?(?: to me)?|you (?:did|have done|do|said) the (?:exact )?same (?:thing|things|stuff) to me|(?:youve|you have) done the (?:exact )?same(?: thing| things| stuff)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| tbh| honestly| you know| remember| so| last| before| and))'),
      p('(?<span>(?:like|as if|as though) (?:you|youve|you have|youd|you had) never (?:made (?:a|any) mistakes?(?: in your life)?|done anything wrong|messed up|screwed up|lied|hurt me|said anything (?:mean|bad|hurtful|nasty)|done (?:the same|it|that|worse))|(?:like|as if|as though) (?:you|u) (?:dont|didnt|never) do (?:it|that|the same(?: thing)?)(?: too| yourself| all the time)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| before| yourself| either| tbh| honestly| ever))'),
      // "I was out of line, but so were you": the admission traded against theirs.
      p('(?<span>(?:i|im|i am|i was|i wasnt|i was not|i have been|ive been)(?: [a-z]+){0,2} (?:wrong|rude|mean|out of line|harsh|nasty|unfair|awful|horrible|a jerk|a dick|an ass|petty|childish|not great|great|perfect|innocent|a saint|selfish|in the wrong|snapped)(?: [a-z]+){0,3},? (?:but|and) (?:so (?:were|did|have|are) you|you (?:were|did) (?:too|also|worse|ruder|meaner|it too|the same)|neither (?:were|are|did|have) you|you werent (?:either|any better)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| tbh| honestly| you know| remember| so| lets| let))'),
      p('(?<span>you (?:didnt|did not|werent|were not) (?:exactly (?:help|helping)(?: matters| things| the situation)?(?: either)?|(?:help|helping) (?:matters|things|the situation)(?: either)?))'),
      p('(?<span>(?:youre|you are|you were)(?: just| at least| honestly| also)? (?:half|partly|partially|also|equally|as much|just as much) (?:to blame|at fault|responsible(?= ?(?:$|{TAG}|[.,!?;:\\n]| here| too| for (?:this|that|it))))|(?:youre|you are|you were) to blame (?:too|as well))'),
      p('(?<span>you (?:played|had|have|play) (?:a|your|a big|a huge|some) (?:part|role|hand) in (?:this|it|that|what happened)(?: too| as well| yourself)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| you know| remember| tbh))'),
      p('(?<span>(?:youre|you are|your) just as (?:bad|guilty|much to blame))'),
      p('(?<span>its not like (?:youre|you are|your|you were) (?:perfect|innocent|a saint|an angel|blameless))'),
      p('(?<span>you (?:did|do|said|say|have done) (?:it|that|things|stuff|the same|the same thing|worse)(?: [a-z]+)? too)(?= ?(?:$|{TAG}|[.,!?;]| you know| so))'),
    ],
    message: 'Pointing to their faults right now can sound like "so we\'re even". Their part can wait; yours is what you can own today.',
    reframes: [{ label: 'Stay with your part', text: 'Right now I want to focus on what I did' }],
    examples: {
      flagged: ["You're not innocent either.", "It's not like you're perfect.", "You're no saint yourself.", 'You did things too, you know.', "Honestly you're half to blame", 'you played a part in this too you know', 'ur partly responsible too', "you weren't perfect either", 'u werent innocent in this either', 'you were just as rude', "you've done worse", 'you did the same thing to me', "like you've never made a mistake", "as if you've never done anything wrong", 'im not saying im innocent but neither are you', 'yeah i was out of line but so were you', 'i was rude but you were ruder', "i wasn't great but neither were you", "you didn't exactly help", 'you didnt help matters either', 'like you dont do it', "you're not any better"],
      clean: ["You're not wrong about that.", "You're not alone in this.", 'you played a part in the school play, so proud', 'You are responsible for the snacks on Friday', 'you were just as good as the pros out there', 'like you have never made a mistake in a recipe before, relax', 'you did the same thing at my party and it was lovely', 'i was late but so were you, see you at the bar', "i didn't help with the cake, you didn't help either, mum did it all", "you didn't help me move, no worries at all"],
    },
  },
  {
    id: 'nobody-else-either',
    category: 'shared-blame',
    severity: 2,
    triggers: ['either'],
    // Only next to an admission of a slip, so plain news ("nobody else noticed either") stays clean.
    requires: [/(?<![a-z])(?:i forgot|i missed|i messed up|i screwed up|my mistake|my bad|i dropped the ball|i didnt (?:send|do|check|follow|finish|reply|call)|i should have|i shouldve)(?![a-z])/],
    patterns: [
      p('(?<span>(?:nobody|no one|noone) else(?: [a-z]+){0,4} (?:followed up|did (?:it|anything|their part|theirs)|noticed|said anything|checked|caught it|remembered|stepped up|helped|bothered|chased it|sent (?:it|anything))(?: [a-z]+){0,3} either)'),
    ],
    unless: [FRIENDLY],
    message: 'Pointing to what others did not do either can sound like your part does not count. Speak to your own share first.',
    reframes: [{ label: 'Own your part', text: 'I dropped the ball, and that part is mine' }],
    examples: {
      flagged: ['Yeah I forgot to send it, but nobody else on the team followed up either.', 'sorry i missed it but no one else checked either'],
      clean: ['Nobody else noticed the typo either, it is fine now', "I'm sorry, I was wrong. No one else needs to be involved either.", 'sorry to hear that, nobody else helped you either? that is awful'],
    },
  },
  {
    id: 'everyone-does-it',
    category: 'shared-blame',
    severity: 2,
    triggers: ['everyone', 'everybody', 'people', 'couples', 'guys', 'girls', 'men', 'women', 'mean', 'all'],
    patterns: [
      p('(?<span>(?:everyone|everybody|all (?:couples|guys|girls|men|women)|all people|people) (?:[a-z]+s|does it|do it|does that|do that|lies|cheats|flirts|fights)(?: [a-z]+){0,3} (?:sometimes|all the time|at some point|once in a while|too|now and then))(?= ?(?:$|{TAG}|[.,!?;]))'),
      p('(?<span>(?:everyone|everybody) (?:does|do) (?:it|that|this))(?= ?(?:$|{TAG}|[.,!?;]))'),
      p('(?<span>(?:everyone|everybody|we all|all of us) (?:said|did|says|does|do)(?: (?:dumb|stupid|mean|nasty|awful|horrible|silly|hurtful|crazy|messed up))? (?:stuff|things|shit))(?= ?(?:$|{TAG}|[.,!?;:\\n]| we| they| too| and| that night| last night))'),
      p('(?<span>(?:everyone|everybody|people|we all) (?:says?|does|do|did|said) (?:stuff|things|shit|stupid stuff|stupid things|dumb stuff|dumb things|mean stuff|mean things) when (?:theyre|they are|they get|were|we are|we get|youre|you are|you get) (?:angry|mad|upset|drunk|tired|stressed|heated|hurt|fighting|arguing))(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| and| you know| tbh| its| thats| i| we))'),
      p('(?<span>(?:everyone|everybody|people|we all) (?:says?|does|do|did|said) (?:stuff|things|shit|stupid stuff|stupid things|dumb stuff|dumb things|things) (?:they|we) (?:dont|didnt|do not) mean(?: when (?:theyre|they are|were|we are|you are|youre) (?:angry|mad|upset|drunk|tired|stressed))?)'),
    ],
    message: '"Everyone does it" spreads your choice over everybody, which can sound like it does not count. Speak to what you did.',
    reframes: [{ label: 'Own your choice', text: 'I did it, and I understand why it hurt you' }],
    examples: {
      flagged: ['we were all drunk, everyone said stuff', "everybody says stuff when they're angry", 'Everyone was drinking, everyone said dumb stuff', "everyone says stuff they don't mean when they're angry", "we all say things we don't mean", "people say stuff they don't mean", "Everyone texts their ex sometimes, it's normal.", 'Everyone lies sometimes.', 'everybody does it'],
      clean: ['everyone said nice things about your speech', "everyone did great things at the fair", "everyone says the food there is great", 'Everyone loved your speech.', 'People walk their dogs here all the time, it is lovely.', "everybody says things when they're drunk at weddings, it's tradition"],
    },
  },
  {
    id: 'both-of-us',
    category: 'shared-blame',
    severity: 2,
    triggers: ['both', 'sides', 'everyone', 'everybody', 'all', 'us', 'neither', 'share', 'part', 'else', 'fingers', 'blame', 'own', 'before', 'already', '50', 'fifty', 'half', 'line', 'only', 'sided'],
    negatable: false,
    patterns: [
      p('(?<span>(?:we|wed|weve|we had|we have|were|we were|we are|both of us|the two of us)(?: (?:were|are|have|had|been|got|kind of|kinda|both|all)){0,3} (?:both |all )?(?:being |been |got |getting )?(?:a bit |a little |pretty |really |kind of |kinda )?(?:out of line|petty|harsh|nasty|cruel|selfish|stubborn|immature|childish|unfair|careless|hot headed|hotheaded|snappy|heated|(?:a bit|a little|kind of) much|messy|crossed (?:a|the) line|went off|lost it|snapped(?! (?:a |some |the )?(?:photos?|pics?|pictures?|selfies?|shots?)(?![a-z]))|blew up|overreacted|carried away|hiding things|keeping (?:things|secrets)|lying to each other|ghosted each other|hurt each other|part of it|part of this|part of the problem|committed the same [a-z]+|did the same (?:thing|things|stuff)))(?! (?:with|at) (?:the|a|work|school|our|my|his|her)(?![a-z]))'),
      p('(?<span>we were both (?:so |really |pretty |very )?(?:drunk|wasted|hammered|smashed|angry|heated|emotional|worked up|on edge))(?= ?(?:$|{TAG}|[.,!?;:\\n]| tbh| honestly| so| and (?:it|things|we|stuff)| it happens))'),
      p('(?<span>(?:and|but) both (?:being |were |got |getting )?(?:petty|out of line|harsh|nasty|rude|mean|awful|horrible|stubborn|childish))'),
      p('(?<span>we (?:both|all) (?:have|had|got) (?:our |bad |short )?(?:tempers|a temper|short fuses|our moments|our demons|baggage|a part(?: in (?:it|this|that))?|a hand in (?:it|this|that)|a role in (?:it|this|that)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| here| in this| tbh| honestly| you know| i guess| so| not| and| it))'),
      p('(?<span>(?:everyone|everybody|all of us|we all|we were all|they all|we both)(?: [a-z]+){0,3} (?:was|were) (?:all )?(?:being )?(?:a bit |a little |kind of |kinda |pretty |really )?(?:a bit much|messy|out of line|rude|petty|mean|nasty|careless|to blame|at fault|in the wrong|awful|horrible|heated))(?= ?(?:$|{TAG}|[.,!?;:\\n]| that| last| at| with| so| too| about| on| not| tbh| honestly| to be fair| i dont))'),
      p('(?<span>(?:this|that|it|the fight|this fight|that fight|the argument|this argument|the whole thing|this whole thing)(?: [a-z]+){0,2} (?:was|is|were) (?:the two of us|both of us|us both|on both of us|a two person thing|a team effort))'),
      p('(?:we|both of us|all of us|everyone|everybody|the two of us|the whole [a-z]+)(?: [a-z]+){1,7},? (?<span>not (?:just|only) me)(?= ?(?:$|{TAG}|[.,!?;:\\n]| and| so| i))'),
      p('(?<span>(?:it|this|that)(?: [a-z]+)? (?:wasnt|was not|isnt|is not|aint) (?:just|only|all) (?:me|on me|my fault))(?= ?(?:$|{TAG}|[.,!?;:\\n]| either| tho| though| you know))'),
      p('(?<span>(?:act|acting|pretend|pretending|like) (?:like |that )?(?:its|it was|this is|this was) (?:all )?one[ -]sided)'),
      p('(?<span>(?:acting|act|pretending|pretend|talking|you talk|youre talking) like you (?:didnt|did not|had no|have no|never) (?:play a part|have a part|play any part|have a hand|have any part|do anything|contribute|had a part|have anything to do with)(?: [a-z]+){0,3})'),
      p('(?<span>(?:said|heat|anger|hurt|tension|bad blood|nastiness|yelling)(?: [a-z]+){0,3} on (?:both|all) sides|(?:blame|fault|faults|mistakes|wrongs)(?: [a-z]+){0,3} on all sides)'),
      p('(?<span>(?:everyone|everybody|all of us|both of us|you and i|you and me)(?: [a-z]+)? (?:could|should)(?:ve| have) (?:been|done|handled|behaved|acted|reacted|communicated)(?: [a-z]+){0,3} (?:better|differently|calmer|kinder|more [a-z]+)|we (?:both|all) (?:could|should)(?:ve| have) been(?: [a-z]+){0,2} (?:better|calmer|kinder|more [a-z]+))'),
      p('(?<span>(?:we (?:both|all) (?:need|have|ought|got) to (?:work on (?:it|this|that|ourselves|things|our stuff|our tempers)|do better))|(?:us both|both of us|us) to own (?:it|this|that|our (?:part|parts|share)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| here| tbh| honestly| too))'),
      p('(?<span>(?:(?:our|the|this) (?:marriage|relationship)|we|things)(?: [a-z]+)? (?:was|were|had been) (?:already )?(?:over|broken|dead|done|falling apart|failing|finished)(?: [a-z]+){0,2} (?:long )?before)'),
      p('(?<span>(?:our|the|this) (?:marriage|relationship) (?:was|had been) already (?:over|broken|dead|done|falling apart|failing|finished))'),
      p('(?<span>we (?:all|both) (?:kind of|kinda|sort of|sorta|pretty much|basically|just|probably) (?:dropped the ball|messed up|screwed up|made mistakes|said things|did things|messed (?:it|this|things) up|let (?:it|this) happen|failed|got it wrong))'),
      p('(?<span>we (?:both|all) (?:let|allowed) (?:it|this|things|us) (?:to )?(?:get|become|end up) (?:this way|like this|to this point|this bad|here))'),
      p('(?<span>(?:fights|arguments|every fight|every argument|there are|theres|it has|this has|every story has)(?: always)? (?:have |has |got )?two sides(?: to (?:every|this|it))?(?: (?:fight|argument|story))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| you know| and| so| remember))'),
      p('(?<span>(?:ill|i will|im happy to|i can) (?:own|apologize for|apologise for|say sorry for) (?:mine|my part|my side|my share|it)(?: [a-z]+)? (?:when|once|after|if) you (?:own|apologize for|apologise for|admit|do the same|say sorry for)(?: [a-z]+){0,2})'),
      p('(?<span>(?:accept|take|own|admit|carry|shoulder|taking|owning|accepting)(?: up to)? (?:your|ur) (?:share|part|half|portion) of (?:the )?(?:blame|responsibility|fault))'),
      p('(?<span>(?:this|that|it) (?:goes|go|cuts|works) both ways)(?= ?(?:$|{TAG}|[.,!?;:\\n]| though| tho| you know| remember| too))'),
      p('(?<span>its not like (?:it was|i was) (?:the only one|only me|just me|all me))'),
      p('(?<span>neither of us (?:comes out|came out|come out|is coming out|looks|looked)(?: [a-z]+){0,4} (?:innocent|good|blameless|great|perfect|clean|well))'),
      p('(?<span>(?:its|it is|it was|thats|its like)(?: like| honestly| really)? (?:fifty fifty|50 ?50|50/50|half and half))(?= ?(?:$|{TAG}|[.,!?;:\\n]| honestly| tbh| you know| really| between))'),
      p('(?<span>i (?:got|was|said|did|lost|joined|snapped)(?: [a-z]+){0,4} like (?:everyone|everybody) else(?: did| was| there)?){END}'),
      p('(?<span>(?:can we|lets|we should|we need to|time to|you need to)(?: just| all)? (?:stop|quit) (?:pointing fingers|the finger pointing|finger pointing|playing the blame game|the blame game))'),
      p('(?<span>(?:im|i am|i was|i) (?:not|wasnt|was not) the only one (?:yelling|shouting|screaming|lying|fighting|arguing|in the wrong|at fault|to blame|being (?:rude|mean|nasty|petty|awful))(?= ?(?:$|{TAG}|[.,!?;:\\n]| here| there| last| that| tbh| you know| so))|(?:im|i am|i was|i) (?:not|wasnt|was not) the only one (?:who|that|whos) (?:said (?:stuff|some things|some stuff|mean things|hurtful things)(?! about| like| at the| to the)|shouted|screamed|was yelling|was shouting|checked out|cheated|gave up|pulled away|stopped trying|was distant|hurt|wasnt perfect|did stuff|did things|crossed|broke|ghosted|got angry|lost it|was hiding)(?: [a-z]+){0,4})'),
    ],
    unless: [FRIENDLY, NOT_YOUR_FAULT, /(?<![a-z])lol we(?![a-z])/, nearBoth('weather|traffic|flight|train|delayed|cancelled|canceled|wifi|internet|power cut|the game|the match|the team lost|exam|quiz')],
    message: 'Spreading the blame over both of you, or everyone, can sound like a way out of owning your part. Speak to your own share first; theirs can be talked about later.',
    reframes: [
      { label: 'Own your part', text: 'I was out of line, and I am sorry' },
      { label: 'Speak for yourself', text: 'Whatever else happened, my part was wrong and I own it' },
    ],
    examples: {
      flagged: ['Honestly, we were both out of line', 'We both have tempers, it runs in the family', "we've both been hiding things from each other", 'everybody was being a bit much that night', 'this fight was the two of us, not just me', 'we all had a part in it, not just me', 'we both went off, it wasnt just me', 'mistakes were made on all sides tbh', "ur acting like u didnt play a part in this", 'we were both tired and both being petty', 'our marriage was broken long before that', 'Fights have two sides.', "I'll own mine when you own yours", 'You should also accept your share of the blame.', 'Neither of us comes out of this looking innocent.', "It's 50/50 honestly.", 'I got carried away like everyone else.', 'can we stop pointing fingers', 'we were both drunk tbh', 'we were both so angry and it got out of hand', "i'm not the only one who checked out of this marriage", 'i wasnt the only one yelling', 'i was not the only one who said some stuff', 'everyone could have been more professional', 'we all kinda dropped the ball on the rent', "Doesn't this go both ways though?", 'that cuts both ways you know'],
      clean: ['we both snapped a photo of the sunset', 'We were both at the wedding, it was lovely', 'we both have a part in the school play!', 'everyone was being so kind at the funeral', "it's 50/50 whether it rains tomorrow", 'There are good people on both sides of the family', 'I dressed up like everyone else', 'we both need to work on the slides tonight', 'It was not just me who loved the film', 'the wifi is down, it is not just me', 'the road goes both ways past the school', 'does this bus go both ways?', 'we were both drunk at the wedding and danced all night'],
    },
  },
];
