import { p, type Rule } from '../rule';
import { alt, CALM, FRIENDLY, OVERREACT, triggerWords } from './lexicon';

const OVER = alt(OVERREACT);

const REASSURING = /(?<![a-z])(?:take your time|no worries|dont worry|no rush|no problem|all good|its fine|it happens|happens to everyone|dont stress|no stress|we can|well|we will|you can|ill help|itll be|it will be|we got this|i can|i got it|let me|ill (?:sort|fix|handle|deal with|take care|figure|look into|get|do)|i will (?:sort|fix|handle|deal with|take care))(?![a-z])/;

// Praise or care right next to a "sensitive"/"extra" word means it is meant kindly.
const PRAISE = /(?<![a-z])(?:amazing|gorgeous|beautiful|favou?rite|adorable|so cute|proud of|(?:sensitive|attentive) to (?:other|others|people|animals|how|their|everyone))(?![a-z])/;

// Times and days: "calm down, it's only Tuesday" is about the calendar, not their feelings.
const CALENDAR = /(?<![a-z0-9])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2} ?(?:am|pm|oclock)|o clock|all week|plenty of time|to plan|the trip|holiday|vacation|enjoy|dog|puppy|cat|kids|baby)(?![a-z])/;

// A laugh next to a shrinking line: the laugh does not soften it, so it is what lets this rule run at all.
const LAUGH = /\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE06|\uD83D\uDE05|(?<![a-z])(?:haha[a-z]*|hehe[a-z]*|lol|lmao[a-z]*|lmfao|rofl)(?![a-z])/;

// The writer quoting their own earlier words to take them back: "I said you were overreacting. You weren't."
const RETRACTED = /(?<![a-z])(?:you (?:werent|were not)|you were right|that was me (?:dodging|deflecting|ducking|being unfair|making excuses)|i was wrong to (?:say|call))(?![a-z])/;

const UPSET = '(?:upset|angry|mad|crying|sulking|pissed|annoyed|fuming|worked up|bothered|offended|hurt)';

export const minimizingRules: Rule[] = [
  {
    id: 'overreacting',
    category: 'minimizing',
    severity: 3,
    triggers: [...triggerWords(OVERREACT), 'precious', 'soft', 'delicate', 'princess', 'wimp', 'wuss', 'sook', 'sissy', 'softie', 'hypersensitive', 'overemotional', 'sad', 'upsets', 'offends', 'triggers', 'triggered', 'offended', 'fragile', 'skinned', 'easily', 'crying', 'whining', 'sulking', 'pouting', 'complaining', 'upset', 'mad', 'killed', 'murdered', 'cheated', 'ran', 'slept', 'affair', 'robbed', 'stabbed', 'shot', 'kicked', 'overreacted', 'crybaby', 'queen', 'llama', 'freaking', 'freak', 'freaked', 'flipping', 'flip', 'flipped', 'snowflake', 'baby', 'childish', 'overreact', 'exaggerate', 'exaggerated', 'overthink', 'wallowing', 'moping', 'pity', 'insulted', 'slapped', 'punched', 'hit', 'attacked', 'abused', 'betrayed', 'ruined', 'broke', 'spat', 'melodramatic', 'hysterical', 'dramatic', 'angry', 'worked', 'pissed', 'hurt', 'bent'],
    patterns: [
      p(`(?<span>(?:youre|you are|you were|youve been|you sound|you get|you got|you seem|you act)(?: (?:just|really|so|literally|honestly|totally|completely|way|too|being|acting|sounding|a bit|a little|a lil|lil|a little bit|a lil bit|kinda|pretty|such|getting|bloody|actually|always|again|overly|kind of|sort of|a tad|done|finished|clearly|obviously|seriously|massively|hugely|majorly|completely)){0,3} ${OVER})(?![a-z])(?!(?: (?:of|more|better|happier|nicer|fun|help|to me|like|for|about me|in love)(?![a-z])))(?! (?:good|talented|smart|fast|cute|beautiful|funny|busy|hot|lucky|rich|strong|fun)(?![a-z]))`),
      p(`(?<span>(?:stop|quit|dont|do not|why do you have to|why must you|can you not|no need to|theres no need to)(?: be| being| get| getting| go| going)?(?: so| such| this| that| all)? ${OVER})(?![a-z])`),
      // Weakness words that only belittle after "being": "stop being so precious", "youre being a princess about it".
      p('(?<span>(?:youre|you are|stop|quit|dont be|why are you|why r you)(?: just)? being (?:such )?(?:a (?:little )?(?:princess|wimp|wuss|sook|sissy|softie)|so (?:precious|soft|delicate|hypersensitive|overemotional)|hypersensitive|overemotional))(?![a-z])'),
      // The same verdict asked as a question: "why r u so sensitive", "why are you always so dramatic about everything".
      p(`(?<span>why (?:are|r|must|do|would) you(?: (?:always|being|getting|acting|have to be|get|be|so|this|that|such|such a|like|literally|even)){1,4} ${OVER})(?![a-z])(?! (?:to (?:light|noise|sound|cold|heat|sun|gluten|dairy|the sun)|about (?:your|the) (?:teeth|skin|stomach))(?![a-z]))`),
      p('(?<span>(?:youre|you are|you get|you got)(?: just| so| too| way too| really| always)? (?:easily (?:offended|triggered|upset|hurt)|triggered|thin skinned)(?: (?:by|over|about) (?:everything|anything|nothing|every little thing))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| by| over| about| lol| omg| jeez| man| dude))'),
      p('(?<!(?:love|like|admire|appreciate|adore) )(?<span>how (?:sensitive|touchy|dramatic|emotional|fragile|thin skinned|easily offended|easily upset) you (?:are|get|can be|always are))'),
      p('(?<span>you (?:totally |completely |really |always |tend to |kind of |kinda |sometimes |just )?(?:overreacted|overreact|exaggerate|exaggerated|overthink)(?: [a-z]+){0,3})(?= ?(?:$|{TAG}|[.,!?;:\\n]| sometimes| again| as usual))'),
      p('(?<span>(?:stop|quit) (?:crying|whining|sulking|pouting|complaining|being upset|being mad|wallowing|moping|throwing yourself a pity party|having a pity party))'),
      p('(?:^|wow,? |omg,? |jeez,? |geez,? |damn,? |god,? |lol,? |ok,? |okay,? |sheesh,? )(?<span>(?:so|such|bit|a bit|kinda|pretty|super|very) (?:sensitive|touchy|fragile|easily offended)(?: today| tonight| lately| rn| right now| again| as usual| this morning)?){END}'),
      p('(?<span>(?:literally |honestly )?(?:everything|every little thing|anything) (?:makes you (?:sad|upset|cry|mad|angry)|upsets you|offends you|triggers you|gets to you)(?: these days| lately| now| nowadays)?){END}'),
      p('(?<span>(?:(?:freaking|freak|freaked|flipping|flip|flipped) out|(?:you|u) (?:got|get|are getting|were getting|always get)(?: so| all| really)? (?:upset|mad|angry|worked up|pissed|offended|hurt|bent out of shape)) (?:over|about) (?:nothing|something so (?:small|stupid|silly|little|minor|tiny)|every little thing|the smallest things|such a (?:small|little|tiny|silly|stupid) thing))(?![a-z])'),
      p('(?<span>(?:youre|you are) (?:totally |completely |literally |so |just )?(?:freaking|flipping) out)(?= ?(?:$|{TAG}|[.!?\\n]| again| for no reason| omg| jeez))'),
      p('(?<span>(?:you act|youre acting|you are acting|acting|you react|youre reacting|reacting) like i (?:killed|murdered|cheated|committed|did something (?:terrible|awful|horrible|unforgivable|so bad|evil)|said something (?:terrible|awful|horrible|unforgivable|so bad|evil)|insulted|slapped|punched|hit you|attacked|abused|betrayed|ruined your|broke your heart|stabbed you in the back|spat|ran over|burned|ran off with|slept with|had an affair|robbed (?:a|the|you|someone)|stabbed (?:you|someone)|shot (?:you|someone)|kicked (?:your|the|a) (?:dog|cat|puppy))(?: [a-z0-9]+){0,3})'),
      p('(?<span>(?:dont|do not|stop|quit) (?:be|being) (?:such )?a (?:baby|crybaby|drama queen)(?: about (?:it|this|that))?)'),
      // The reaction itself called theatrical: "thats a bit dramatic dont you think", "bit hysterical of you".
      p('(?:^|(?<=[.,!?;:] ))(?<span>(?:thats|that is|this is|thats just|bit|a bit|kinda|little)(?: (?:a bit|a little|kinda|so|pretty|slightly|rather|very|quite|just|bit))? (?:dramatic|melodramatic|hysterical)(?: (?:of you|no|dont you think|isnt it|innit|tbh))?)(?= ?(?:$|{TAG}|[.,?;:\\n]))'),
    ],
    negatable: true,
    unless: [FRIENDLY, PRAISE, RETRACTED, /(?<![a-z])(?:(?:the|my) (?:kids|dog|cat|baby|puppy|son|daughter|toddler)(?: are| is| were| was)? (?:acting|reacting)|im (?:being|so|a bit|a little|such)|i was being|youll (?:smash|nail|ace|crush|kill|be|do)|you will (?:smash|nail|ace|crush|be|do)|youve got this|you got this|proud of you)(?![a-z])/],
    message: 'Telling them they are overreacting says their feelings are wrong. Trust grows when their hurt is taken seriously.',
    reframes: [
      { label: 'Validate', text: 'I can see this really hurt you' },
      { label: 'Ask', text: 'Help me understand what hurt the most' },
    ],
    examples: {
      flagged: ['stop being so precious', 'youre being a princess about it', 'youre being hypersensitive', 'why r u so sensitive', 'why are you always so dramatic about everything', "You're overreacting.", 'ur overreacting lol', "text me when you're done being dramatic", "you're so easily triggered", 'I keep forgetting how sensitive you are.', 'But honestly you overreact to money stuff sometimes.', "You're being a bit much about it though.", "Don't be such a baby about it.", "You're being way too sensitive about this.", 'Stop being so dramatic.', 'can u not be so sensitive', "you're being a total drama llama", 'ur such a drama llama', 'ur freaking out over nothing', "you're freaking out again", "you're being a right drama queen", "you're acting like I ran off with her", 'ur being a lil dramatic ngl', 'wow so sensitive today', 'everything makes you sad these days', 'stop wallowing, its been a week', 'i barely said anything and youre acting like i insulted your mum', 'you got upset over nothing', 'thats a bit dramatic dont you think'],
      clean: ['youre so precious to me', 'you are being so soft with the kids, love it', 'why are you so sensitive to light lately, migraine?', "I'm not saying you overreacted.", 'My sister is so dramatic about her wedding plans lol', 'The teacher said I was too sensitive to criticism.', "you're overthinking the presentation, you'll smash it", 'I love how sensitive you are to animals', "don't freak out but i dented the car", 'i was freaking out about the exam lol', 'you are freaking out about the interview, want me to call?', "I said you were overreacting. You weren't, and I'm sorry.", 'so sensitive to light today, migraine again', 'the ending of that show was so dramatic, thats a bit dramatic for tv', 'my sister got upset over nothing at the party, he says', 'the kids are acting like i insulted their lego tower lol'],
    },
  },
  {
    id: 'calm-down',
    category: 'minimizing',
    severity: 2,
    triggers: triggerWords(CALM),
    patterns: [
      p(`(?:^|(?<=[,.!?;:]) |just |please |ok |okay |oh |ugh |urgh |argh |man |jesus |mate |babe |jeez |geez |god |seriously |omg |hey |dude |bro |lol |honestly |you need to |you have to |you should |can you |can you just |now |so |well |for gods sake |for fucks sake |christ )(?<span>${alt(CALM)})(?= ?(?:$|{TAG}|[.,!;:\\n]| ok| okay| please| its| it was| i was| jeez| geez| lol| mate| babe| man| dude| bro| already| for once| and| its not| about it| will you| would you| ffs| omg| princess| sweetheart| darling| buttercup| sunshine| snowflake| hun| love))`),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:enjoy|holiday|vacation|weekend|massage|spa|beach|night in|earned|deserve|deserved|day off|youve got time|you have time|plenty of time|theres time|ive got|i got (?:it|this|the)|ill|i will|sorted|no need to stress|dont stress|nothing to worry|gorgeous|beautiful|amazing|dog|puppy|cat|kids|baby|monday|tuesday|wednesday|thursday|friday|all week|to plan|the trip)(?![a-z])/],
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
    triggers: ['joke', 'joking', 'kidding', 'teasing', 'messing', 'banter', 'laugh', 'fun', 'sarcasm', 'sarcastic', 'humour', 'humor'],
    patterns: [
      p('(?<span>(?:it|that|i|this)(?: was| is| am| were)? (?:just|only) (?:a joke|joking|kidding|messing (?:around|with you)|teasing|banter))(?= ?(?:$|{TAG}|[.,!?;:\\n]| (?:omg|lol|lmao|relax|chill|man|dude|geez|jeez|bro|babe|ok|okay|come on))(?![a-z]))'),
      p('(?<span>its (?:just|only) (?:a joke|banter)){END}'),
      // No "just", but a shrug right after: "it was a joke bro", "i was kidding relax".
      p('(?<span>(?:it was|its|i was|im) (?:a joke|joking|kidding|messing around|teasing)),? (?:(?:bro|bruh|dude)(?= ?(?:$|{TAG}|[.!?\\n]|,? (?:just|relax|chill|calm|get over|come on|omg|jeez|geez)(?![a-z])))|(?:relax|chill|jeez|geez|come on|ffs|omg|calm down)(?![a-z]))'),
      p('(?<span>(?:cant you|learn to|just|you cant|can you not) take a joke)'),
      // Their hurt put down to a missing sense of humour: "wheres your sense of humour".
      p('(?<span>(?:wheres|where is|where did|where has|whatever happened to) (?:your|youre) sense of humou?r|(?:you have|youve got|you got|you have got)(?: literally| absolutely| just)? no sense of humou?r|(?:get|find|grow|lost|youve lost) (?:a|your) sense of humou?r|i thought you had (?:a|any) sense of humou?r)(?![a-z])'),
      p('(?:^|(?<=,) )(?<span>take a joke)'),
      p('(?<span>(?:it was|its|that was|i was|we were)(?: just| only) (?:a bit of fun|a bit of banter|some fun|harmless fun|having (?:a laugh|fun|a bit of fun)|a laugh|messing about))(?= ?(?:$|{TAG}|[.,!?;:\\n]| relax| chill| lol| come on| mate| babe))'),
      p('(?<span>(?:i was|im|it was)(?: only| just)? (?:joking|kidding|messing around|having a laugh),? (?:obviously|clearly|duh|lol|lmao|god|jeez|geez|come on|relax|chill))(?![a-z])'),
      p('(?<span>(?:it was|i was|that was|im)(?: so| very)? (?:obviously|clearly) (?:a joke|joking|kidding|sarcasm|sarcastic))'),
    ],
    unless: [/(?<![a-z])(?:shouldnt have|should not have|wasnt funny|not funny|out of line|make sure i (?:didnt|did not)|hope i (?:didnt|did not)|did i (?:upset|hurt|offend)|if i (?:upset|hurt|offended))(?![a-z])/],
    message: 'Calling it a joke tells them the hurt was their mistake. If it stung, the sting is what matters.',
    reframes: [
      { label: 'Own the sting', text: 'I meant it as a joke, but I see it hurt you' },
      { label: 'Apologise', text: "That joke wasn't kind. I'm sorry" },
    ],
    examples: {
      flagged: ['I thought you had a sense of humour.', 'wheres your sense of humour', 'you have no sense of humor', 'It was just a joke, relax.', 'Relax, I was only kidding.', 'Take a joke.', 'it was just a joke omg', 'i was joking, obviously', 'it was clearly sarcasm', 'it was just a bit of fun', 'it was a joke bro', 'i was kidding, relax'],
      clean: ['his sense of humour is the best', 'where is your sense of adventure', 'It was just a joke we made up for the party, you had to be there.', 'That movie was a joke lol', "it was just a joke, right? I want to make sure I didn't upset you", 'I was joking with my sister about the cake', 'it was a joke bro, i shouldnt have said it', 'i was kidding bro, the party is on saturday'],
    },
  },
  {
    id: 'not-a-big-deal',
    category: 'minimizing',
    severity: 2,
    triggers: ['nothing', 'something', 'anything', 'deal', 'thing', 'serious', 'hurt', 'count', 'biggie', 'issue', 'real', 'matter', 'care', 'harm', 'bad', 'deep', 'problem', 'issue', 'normal', 'world', 'worth', 'awful', 'terrible', 'hard'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its|it is|thats|that is|this is|it was|that was|it wasnt|its really|its honestly|it isnt|this isnt|that isnt)(?: really| honestly| even| just| seriously| literally| actually| totally| hardly){0,2} (?:not |never )?(?:even )?(?:a big (?:deal|thing)|a huge thing|a biggie|no biggie|(?:such )?a non ?issue|that big of a deal|no big deal|such a big deal|that deep|that serious|that bad|a huge deal))(?= ?(?:$|{TAG}|[.,!?;:\\n]| and (?:im|i am|i dont|i wont|i didnt|i never|you|we dont)| so i (?:didnt|dont|never)| relax| chill| calm| why| lol| omg| jeez| babe| baby| hun| honey| dude| man| bro))'),
      p('(?<span>(?:its|it is|thats|that is|it was|it wasnt|this is|this isnt)(?: really| hardly| honestly| not| hardly)? the end of the world)(?= ?(?:$|{TAG}|[.,!?;:\\n]| is it| was it| relax| chill| lol| come on))'),
      p('(?<span>(?:its|it is|thats|that is|it was|its really|its honestly|honestly its)(?: really| honestly| just| seriously)? (?:not|hardly|not even|nothing) worth (?:getting |being )?(?:that |so |this )?(?:upset|mad|angry|worked up|wound up|crying|sulking|stressed|annoyed|offended|hurt) (?:over|about))'),
      p('(?<span>(?:its|thats|that is|it is|it was)(?: really| honestly| just)? (?:nothing|not something|not anything|hardly something) to (?:cry|get upset|be upset|get worked up|get mad|be mad|be angry|get angry|freak out|make a fuss|get so upset|be so upset) (?:about|over))'),
      p('(?<span>(?:whats|what is) the big deal|why is (?:this|it|that) (?:such )?a big deal)'),
      p('(?<span>(?:it|that|this|things) (?:cant|can not|cannot|couldnt|could not) (?:be|have been|possibly be|really be) (?:that|so|all that) (?:bad|serious|awful|terrible|hard|big a deal))'),
      p('(?<span>i dont see (?:the|what the|whats the|what is the) (?:problem|big deal|issue))'),
      // Whether it matters at all, asked back at them: "why does it even matter", "whats the harm".
      p('(?<span>why (?:does|do|should) (?:it|this|that|any of (?:this|it)) (?:even matter|matter (?:so much|that much)|(?:even )?matter (?:so much |that much )?to you)|why do you (?:even )?care (?:so much|that much)|(?:whats|what is|wheres|where is) the harm(?: in (?:that|it|this))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]))'),
      // What they were not told, or what it was, said not to count: "what you dont know cant hurt you", "it doesnt even count as cheating".
      p('(?<span>what (?:you|u) (?:dont|didnt|do not|did not) know (?:cant|cannot|wont|couldnt|doesnt|didnt|will not) hurt (?:you|u))'),
      p('(?<span>(?:it|that|this|texting|flirting|kissing|messaging|liking)(?: (?:her|him|them|someone|a girl|a guy|her pics|his pics))? (?:doesnt|does not|didnt|did not|wouldnt|shouldnt) (?:even |really |technically )?count as (?:cheating|lying|a lie|an affair|betrayal|being unfaithful|infidelity))'),
      p('(?<span>(?:its|thats|it is|that is)(?: totally| completely| perfectly)? normal)(?= ?(?:$|{TAG}|[.!?;\\n]))'),
    ],
    // Literal depth or a glowing review: "it's not that deep, the shallow end is fine".
    unless: [REASSURING, /(?<![a-z])(?:wont|will not|not going to|never) (?:say|tell you)(?![a-z])/, /(?<![a-z])(?:shallow|pool|water|lake|river|sea|snow|puddle|swim|reviews?|great|amazing|lovely|doctor|doc|vet|nurse|gp|scan|rash|bruise|bump|lump|mole|x ?ray)(?![a-z])/],
    message: 'Saying it is no big deal, about their hurt, can make them feel foolish for caring. Their feelings tell you what it meant to them.',
    reframes: [
      { label: 'Take it seriously', text: 'I can see this matters to you' },
      { label: 'Ask', text: 'Help me understand why this hurt so much' },
    ],
    examples: {
      flagged: ['this is such a non issue', 'its really not a huge thing', 'why does it even matter', 'why do you care so much', 'wheres the harm in that', "what you don't know can't hurt you", 'texting her doesnt even count as cheating', 'it was never that serious', 'its really not something to get upset about', "that's hardly worth crying about", "it's nothing to cry about", 'its not a big thing lol', "it's hardly a big deal", "It's not a big deal, relax.", "It's not that bad.", "Chill, it's really not that serious.", "It's really not a big deal, why are you crying?", "its literally not a big deal", "It's not a big deal and I'm not going to keep talking about it.", "it wasnt a big deal so i didnt think i had to tell you", "it's hardly the end of the world is it", "it's not the end of the world", "honestly it's not worth getting upset over", "it's not worth getting worked up about"],
      clean: ['whats the harm in asking?', 'why does it matter which font we use', 'the refund is a non issue, we will sort it', 'why do you care so much about what people think, youre amazing', 'what you dont know about bees could fill a book', 'that goal doesnt count, he was offside', 'the movie was never that serious, it was a comedy', "It's not a big deal, take your time.", 'its not a big thing, take your time', "Don't worry about the dishes, it's not a big deal.", "It's not that bad out, bring a light jacket.", "it's not a big deal, I'll sort it tomorrow", "no big deal, I'll fix it tonight", "it's not the end of the world, we'll find another flat", "it's not a big deal and you can totally skip it", "it's literally not a big deal, I'll sort it"],
    },
  },
  {
    id: 'reading-into-it',
    category: 'minimizing',
    severity: 2,
    triggers: ['reading', 'read', 'taking', 'take', 'took', 'wrong', 'nothing', 'lighten', 'silly', 'emotional', 'personally', 'seriously', 'intensely', 'deeply'],
    negatable: false,
    patterns: [
      p('(?<span>(?:youre|you are|stop|quit|dont keep) (?:reading|read) (?:way )?(?:too much |so much )?into (?:it|this|that|things|everything))'),
      p('(?<span>(?:youre|you are|stop|quit|dont be|youre always) taking (?:it|this|that|things|everything) (?:way )?(?:too|so) (?:seriously|personally|hard))'),
      p('(?<span>(?:its|it was|that was) nothing)(?= ?(?:$|{TAG}|[.!?\\n]| relax| chill| calm| lol| seriously))'),
      p('(?<!sorry (?:that )?)(?<span>(?:you|youre|you are)(?: always| just| really| clearly)? (?:take|took|taking) (?:it|this|that|things|everything|what i (?:said|say|meant)|my (?:words|joke|comment)) (?:the )?wrong way)(?! (?:round|around|up|in|out)(?![a-z]))'),
      p('(?<!sorry (?:that )?)(?<span>you (?:always |just |really |tend to |kind of |kinda )?(?:take|took) (?:it|this|that|things|everything|stuff|jokes)(?: (?:about|from|with|at|in) (?:that|this|the|my|your|last) [a-z]+)? (?:way |far )?(?:too|so) (?:seriously|personally|hard|literally))'),
      // The way they feel, asked about as a fault: "why do you have to feel everything so intensely".
      p('(?<span>why (?:do|must|would|did) you(?: always)?(?: have to| got to| gotta| need to)? (?:take|feel|make|read) (?:everything|it|this|that|things|every little thing|stuff|what i say) (?:so |too |that )(?:personally|seriously|hard|intensely|deeply|literally|badly|to heart))(?![a-z])'),
      p('(?<span>lighten up)(?! (?:the|a|your|my|his|her|those|these|them|photo|picture|colou?rs?|room|mood board)(?![a-z]))'),
      p('(?<span>(?:youre|you are)(?: (?:just|being|so|way|too)){1,3} (?:silly|insecure))'),
    ],
    message: 'This tells them the problem is how they see it. Their feelings are real information about how it landed.',
    reframes: [
      { label: 'Validate', text: 'I can see why it hurt' },
      { label: 'Ask', text: 'Tell me what it felt like for you' },
    ],
    examples: {
      flagged: ['why do you have to feel everything so intensely', "You're reading too much into it.", "You're taking it too personally.", 'Lighten up.', "You're being so silly.", 'You take things too personally', "You take everything about that night way too personally.", 'u always take stuff so seriously', 'you took it the wrong way', 'you take everything the wrong way'],
      clean: ['why do you feel so tired lately?', 'you took it the wrong way round, the lid goes on top', 'I was reading into the history of the town, so interesting.', "It's nothing serious, the doctor said, just a cold."],
    },
  },
  {
    id: 'big-deal-out-of-nothing',
    category: 'minimizing',
    severity: 3,
    triggers: ['deal', 'mountain', 'drama', 'scene', 'fuss', 'thing', 'proportion', 'something', 'into', 'worse', 'bigger', 'blowing', 'blow', 'blew', 'production', 'saga'],
    patterns: [
      p('(?<span>(?:youre|you are|you keep|stop|quit) making (?:it|this|that|everything|things) (?:sound|seem|look) (?:so |way |much |so much |way more |a lot |ten times |a hundred times )?(?:worse|bigger|more serious|like a bigger deal)(?: than (?:it (?:was|is|really was|actually was)|it is))?)(?![a-z])'),
      p('(?<span>(?:youre|you are|stop|quit|you keep) (?:turning|blowing|making) (?:a (?:couple|few) (?:of )?(?:texts|messages|drinks|dms|pics|photos|likes|comments)|one (?:text|message|drink|kiss|comment|mistake|night|photo|like)|a (?:text|message|like|kiss|comment|mistake|joke|hug)) into (?:a |such a |an )?(?:huge |massive |big |whole |full blown |entire )?(?:drama|saga|crisis|scene|soap opera|circus|tragedy|federal case|catastrophe|disaster|affair|betrayal|thing))(?![a-z])'),
      p('(?<!(?:i|ive|i have|i was|im|i am|we|weve) )(?<span>(?:making|make|made) (?:such |this |it )?(?:a |into a )?(?:big deal|huge deal|mountain|drama|scene|fuss|thing|whole thing|big thing|whole deal)(?: out of (?:nothing|this|it|a molehill)| about nothing| over nothing)?)(?! for| of the| of my)'),
      p('(?<span>(?:blowing|blow|blew) (?:this|it|that|things|everything) (?:way |so far |a bit |totally |completely )?out of (?:all )?proportion)'),
      // The same said as "we": "let's not blow this out of proportion" still tells them it is small.
      p('(?<span>(?:lets|let us|can we|we dont need to|no need to)(?: just| please)? not (?:blow (?:this|it|that) out of (?:all )?proportion|(?:make|turn) (?:this|it|that) into (?:a|such a) (?:huge |whole )?(?:drama|saga|soap opera|crisis)))(?![a-z])'),
      p('(?<span>(?:blowing|blow|blew) (?:this|it|that|things|everything) up (?:for no reason|over nothing|for nothing|out of nowhere))'),
      p('(?<span>(?:why does |why do )?(?:everything|every little thing|it always|everything always) (?:has|have|needs?|got) to be (?:such )?a (?:big |huge |whole )?(?:drama|big deal|production|saga|thing|crisis) with you)'),
      p('(?<span>(?:blowing|blow|blew|turning|turn) (?:this|it|things|everything|every little thing)(?: up)? into (?:a |such a )?(?:huge |massive |big |whole )?(?:drama|thing|deal|saga|crisis|scene))'),
      p('(?<span>(?:making|make|turning|turn) (?:this|it|that|everything|every little thing) into (?:something (?:its|it is|it was) not|something (?:it isnt|it wasnt|it was not|it is not|that it isnt|that it wasnt|that its not|bigger than it (?:is|was)|more than it (?:is|was))|a (?:big |huge )?(?:thing|drama|deal)|such a big deal|a whole thing))'),
    ],
    message: 'When they are hurt, hearing it is "nothing" can hurt twice. What feels big to them is worth listening to.',
    reframes: [
      { label: 'Listen', text: 'I can see this matters to you' },
      { label: 'Ask', text: 'Tell me what made this so painful' },
    ],
    examples: {
      flagged: ["You're making a big deal out of nothing.", "You're making this into something it's not.", "You're making a mountain out of a molehill.", 'blowing everything up into a huge drama', "you're turning this into a whole thing", "You're making it sound way worse than it was.", "You're turning a couple of texts into a whole soap opera.", 'ur making one kiss into a whole affair', "stop making it seem so much bigger than it is", 'why r u making it a whole thing', 'u make everything into a big thing', "You're blowing it up for no reason.", 'why does everything have to be such a big drama with you', "Honestly, you're making this into something it isn't.", "let's not blow this out of proportion"],
      clean: ["I'm sorry I made such a fuss over the keys.", 'Thanks for making dinner.', 'Let us make a big pot of soup for Friday.', "the kids are acting like I shot the winning goal, so cute", 'the rain is making it look worse than it is outside', "I'm making the wound sound worse than it was, it's healing fine", 'she turned one photo into a whole exhibition, so proud', 'thanks for making a big thing for the party, it was lovely', "don't take it too personally, the boss is like that with everyone", 'we blew it up for the party, the balloon was huge'],
    },
  },
  {
    id: 'only-one',
    category: 'minimizing',
    severity: 2,
    triggers: ['mean', 'drink', 'drinks', 'text', 'texts', 'message', 'messages', 'kiss', 'comment', 'lie', 'dance', 'beer', 'beers', 'photo', 'like', 'coffee'],
    patterns: [
      p('(?<span>(?:it was|its|it was just|it was only|was just|was only|its just|its only|come on it was)(?: just| only)? (?:one|a single|a couple of|a few|a little|a tiny|a) (?:drink|drinks|text|texts|message|messages|kiss|comment|white lie|lie|dance|beer|beers|photo|like|coffee))(?= ?(?:$|{TAG}|[.,!?;:\\n]| i dont| relax| chill| calm| lol))'),
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
      p('(?<span>(?:it was|its|it is|that was|that is|thats|just)(?: just| only)?(?: a| an)?(?: totally| completely| perfectly)? (?:harmless|innocent) (?:flirting|fun|banter|chatting|texting|teasing|joke|conversation|messages|texts|comment|remark|question|message|text|post|like|photo|pic|hug|kiss|dance|drink|lunch|coffee|chat|night out|dm|dms))'),
    ],
    unless: [/(?<![a-z])(?:help me understand|can you tell me|want to understand|explain it to me|i would be too|id be too)(?![a-z])/],
    message: 'This questions whether their hurt is reasonable. They feel what they feel; asking what hurt helps more than judging it.',
    reframes: [
      { label: 'Ask', text: 'Help me understand what hurt the most' },
      { label: 'Validate', text: 'I can see this really upset you' },
    ],
    examples: {
      flagged: ['it was a harmless comment', "I don't get why you're so upset about a lunch.", 'u cant be seriously mad about that lmao', 'Why are you crying over this?', 'nobody else would be upset about this', 'it was harmless flirting', 'why are you so wound up about a text', 'why are you so angry over nothing'],
      clean: ['it was a harmless spider, i put it outside', "I don't understand why you're upset, can you tell me?", 'Why are you crying? Did something happen at school?', 'Anyone else would be upset too.', 'The dog is harmless, he just barks.'],
    },
  },
  {
    id: 'only-a-thing',
    category: 'minimizing',
    severity: 2,
    triggers: ['just', 'only', 'merely', 'mostly', 'all'],
    negatable: false,
    patterns: [
      // Shrinking what happened with someone else: "it was just sex", "literally just a few texts", "its just liking pics".
      p('(?<span>(?:its|it was|thats|that was|it is|it were|it wasnt anything but)(?: literally| honestly| really| seriously)?(?: just| only| merely| mostly) (?:sex|a kiss|one kiss|kissing|texting|flirting|banter|memes|a fling|a crush|a hookup|a one night stand|a one time thing|a few (?:texts|messages|drinks|dms|pics|photos|memes)|a couple (?:of )?(?:texts|messages|drinks|dms|pics|photos|memes)|some (?:texts|messages|flirting|dms|pics|photos|memes)|liking (?:pics|photos|posts|her (?:pics|photos|posts)|his (?:pics|photos|posts))|physical|a bit of fun|harmless fun))(?= ?(?:$|{TAG}|[.,!?;:\\n]| nothing| it (?:didnt|meant|wasnt|doesnt)| thats| everyone| i (?:didnt|never)| with| relax| lol))'),
      p('(?<span>(?:its|it was|thats|that was|it is|theyre|they are|they were|those were|those are)(?: just| only) (?:money|a phone|a party|a dinner|a birthday|a date|a lunch|a scratch|a small scratch|a tiny scratch|a little scratch|a dent|a little dent|words|stuff|a comment|a picture|a photo|one night|a night out|a hug|an anniversary))(?= ?(?:$|{TAG}|[.,!?;:\\n]| relax| chill| lol| we| ill| i will))'),
      // The writer's act shrunk to one small thing: "all i did was forget one text".
      p('(?<span>all i (?:did|said) was (?:forget|miss|say|ask|text|talk to|look at|like|have (?:a|one|two) (?:drink|drinks|coffee|beer|beers|chat)|make (?:a|one) (?:joke|comment)|point out|mention|dance with|hug|kiss|reply to|message|laugh|tease|joke|comment|show up late|be late|go out|go for (?:a drink|drinks|lunch|coffee)|grab (?:a drink|lunch|coffee)|stay out|tell (?:you|the truth|a joke)|speak my mind|be honest)(?: [a-z0-9]+){0,5})'),
    ],
    unless: [/(?<![a-z])(?:dont worry|no worries|its ok|its okay|all good|no harm|dont stress|no stress|dont feel bad)(?![a-z])/],
    message: 'Calling it "just" that tells them it should not matter. What it meant to them is what counts here.',
    reframes: [{ label: 'Take it seriously', text: 'I know this mattered to you' }],
    examples: {
      flagged: ['its only a scratch relax', 'all i did was forget one text', 'all i did was have a drink with her', 'theyre just words, get a grip', "It's just money, we'll make more.", 'it was only a birthday, relax', 'i didnt love her, it was just sex', 'it was literally just a few texts, nothing happened', 'its just liking pics, everyone does it', 'It was merely sex.', 'honestly it was mostly memes'],
      clean: ['dont worry its only a scratch', 'all i did today was paint the fence', 'all i did was sleep all weekend lol', "Don't worry, it's just a phone, I'll get a new one.", 'it was just a few texts about the rota, nothing urgent', 'That was only a kiss on the cheek from my gran', "I told her the truth: it wasn't just sex, it was an affair, and I'm sorry.", 'It was just a game we played at the party, so fun.'],
    },
  },
  {
    id: 'such-a-small-thing',
    category: 'minimizing',
    severity: 2,
    triggers: ['barely', 'hardly', 'touched', 'one', '1', 'single', 'little', 'tiny', 'minutes', 'minute', 'mins', 'min', 'seconds', 'secs', 'few', 'couple', 'two', 'five', 'ten', 'fifteen', 'twenty', 'nothing', 'literally', 'seriously', 'actually', 'worked', 'wound', 'het', 'pressed', 'triggered', 'bent', 'dramatic', 'touchy', 'precious'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its|it was|it is|thats|that was|this is)(?: just| only| literally| like)? (?:one|1|a single|one little|one tiny|one stupid|one silly)(?: little| tiny| stupid| silly| small)? (?:dinner|lunch|drink|drinks|text|text message|message|mug|cup|plate|dish|night|evening|party|game|comment|joke|photo|pic|picture|like|call|email|date|event|show|concert|birthday|time|mistake|day|weekend|thing|coffee|beer|dance|hug|kiss))(?= ?(?:$|{TAG}|[.!?;:\\n]|,? (?:not|relax|chill|calm|lol|with|babe|come on|jeez|geez|seriously)(?![a-z])))'),
      p('(?<span>(?:its|it was|thats|that was)(?: literally| honestly| seriously) (?:just|only) (?:a|an|one)(?: little| tiny| stupid| silly| small)? (?:dinner|lunch|drink|text|text message|message|comment|joke|photo|pic|picture|like|call|email|date|game|party|night out|hug|kiss|dance|coffee|beer))(?= ?(?:$|{TAG}|[.,!?;:\\n]| relax| chill| calm| lol| with| babe| come on))'),
      p('(?<span>(?:it was|its|it is|i was|that was)(?: literally| only| just| like){1,2} (?:a few|a couple of|a couple|one|two|five|ten|fifteen|twenty|\\d+) (?:minutes?|mins?|seconds?|secs?)(?: late| early| over| behind)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| why| relax| chill| calm| lol| and you| jeez| geez| come on))'),
      p('(?<span>(?:youre|you are|youre getting|you are getting|youre still|you are still|you got)(?: literally| seriously| really| actually| honestly| so)? (?:crying|upset|mad|angry|sulking|pouting|freaking out|nagging me|nagging|moaning|whining|kicking off|fuming|stressing|annoyed|pissed|pissed off|worked up|in a mood|bothered) (?:over|about) (?:one|a single|one little|a little|a tiny|a stupid|some stupid|a silly|nothing|this little|that little|one tiny)(?: [a-z]+){1,2})'),
      p('(?<span>(?:youre|you are|youre getting|you are getting)(?: literally| seriously| actually)(?: so)? (?:crying|upset|mad|angry|sulking|pouting|freaking out|nagging me|moaning|whining|kicking off|fuming) (?:over|about) (?:a|an|some)(?: [a-z]+){1,2})'),
      p('(?<span>i (?:barely|hardly|literally barely|literally hardly)(?: even)? (?:said|did|touched|looked at|spoke to|talked to|texted|messaged|raised my voice|joked|teased you|knew (?:her|him|them)) ?(?:anything|a thing|a word|her|him|them|you|it|at all)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| and (?:you|youre|ur)| relax| come on| jeez| geez| why| its| it was| calm))'),
      p('(?<span>i (?:barely|hardly|only|just|never even) (?:touched|pushed|grabbed|tapped|nudged|shoved|raised my voice at|yelled at|shouted at|swore at) you)(?= ?(?:$|{TAG}|[.,!?;:\\n]| relax| come on| jeez| geez| it was| calm))'),
      p('(?<span>why (?:are|r) you (?:getting |being )?(?:so|this|that|all) (?:worked up|wound up|het up|pressed|triggered|bent out of shape|dramatic|touchy|precious)(?: (?:about|over) (?:it|this|that|nothing))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| lol| omg| jeez| geez| man| dude| bro| babe))'),
    ],
    // "its just a dinner, no need to dress up" plans an evening, it does not shrink a hurt.
    unless: [/(?<![a-z])(?:sorry i|i know (?:it|that) (?:was|is|matters)|i get (?:it|why)|fair enough|not (?:just )?a (?:joke|small thing)|bus|train|flight|delayed|recipe|dont worry|no worries|no stress|youre right|you are right|i understand|no need to (?:dress|bring|buy|book|cook|make|get|wear)|dress code)(?![a-z])/],
    message: 'Pointing out how small it was tells them they should not be hurt. What it meant to them matters more than its size.',
    reframes: [
      { label: 'Take it seriously', text: 'I can see this mattered to you' },
      { label: 'Ask', text: 'What about it hurt the most?' },
    ],
    examples: {
      flagged: ['i barely even said anything', "ugh calm down, its one dinner", "You're upset about one little text I sent?", "you're nagging me about one mug?", 'ur literally crying over a text message rn', 'it was literally five minutes late, why are you so worked up', "it's ONE drink with her", 'why are you so pressed about it', "it's literally just a text", 'I barely touched you'],
      clean: ['i barely slept last night, exhausted', 'i barely said anything at the meeting, too shy', 'its literally just a dinner, no need to dress up 😂', "It's one dinner I really don't want to miss, let's book it", 'The bus was only five minutes late', "I'm so sorry, I know it was one night but it mattered", "you're upset about one thing and I get why", "Don't worry, it's literally just a text, I'll answer later"],
    },
  },
  {
    id: 'could-be-worse',
    category: 'minimizing',
    severity: 2,
    triggers: ['worse', 'least', 'problems', 'problem', 'issues', 'grateful', 'thankful', 'lucky', 'age', 'young', 'phase', 'life', 'live', 'survive', 'cope', 'manage', 'over', 'forget'],
    negatable: false,
    patterns: [
      p('(?<span>(?:other people|others|some people|lots of people|plenty of people|most people|people|many people|loads of people)(?: out there)? (?:have|have got|had|go through|are going through|deal with) (?:it )?(?:way |much |so much |a lot |far |even )?(?:worse|harder|bigger problems|real problems)(?: than you| off)?)'),
      p('(?:^|(?<=[.!?,] )|(?<=(?:it|this|things|that) ))(?<span>could (?:be|have been|of been|ve been) (?:way |much |so much |a lot |far )?worse)(?= ?(?:$|{TAG}|[.,!?;:\\n]| you know| so| at least| be grateful| honestly| trust me| tbh| ngl))'),
      p('(?<span>at least (?:he|she|they|it|your (?:[a-z]+)) (?:didnt|did not|never|wasnt|was not|isnt|werent|hasnt|doesnt|is still|still) (?:leave|cheat|hit|die|leave you|cheat on you|hurt you|fire you|dump you|break up|lie to you|yell at you|happen|find out|say anything|last long)(?: [a-z]+){0,3})'),
      // Their hurt measured against what the writer could have done: "at least i didnt actually sleep with her".
      p('(?<span>at least i (?:didnt|did not|never|wasnt|was not)(?: actually| even| really| ever)? (?:sleep with|slept with|cheat|cheating|cheated|hit|lie to|lied to|leave|left|kiss|kissed|sleeping with|hook up|hooked up)(?: [a-z]+){0,3})'),
      // What others do or live through, set against their hurt: "people do way worse things than that", "worse things happen".
      p('(?<span>(?:people|other people|everyone|everybody|guys|girls|couples|most people|other couples|others|normal people)(?: out there)? (?:do|did|have done|say|said|would do|would have done|get away with) (?:way |much |so much |a lot |far )?worse(?: (?:things|stuff|shit|every day|all the time))?(?: than (?:that|this|me|what i did|what i said))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| you know| trust me| honestly| tbh| so| lol))'),
      p('(?:^|(?<=[.!?,] )|honestly |look |mate |babe )(?<span>worse things (?:happen|have happened|could happen|happen every day|happen all the time))(?= ?(?:$|{TAG}|[.,!?;:\\n]| honestly| tbh| you know| trust me| in life| to people| lol))'),
      p('(?<span>(?:there are|theres|some) people (?:with|who have|dealing with|going through|who deal with) (?:real|actual|bigger|serious|worse|proper) (?:problems|issues|stuff|pain|struggles))(?! and (?:im|i am|i feel|i)(?![a-z]))'),
      p('(?<!(?:im|i am|were|we are|i was) )(?<span>(?:youre|you are|you arent|you are not|youre not) (?:not )?the only (?:one|person) (?:with|who has|who has got|who had) (?:problems|issues|a hard life|it hard|stuff going on|bad days|feelings|a bad day)(?:,? you know)?)'),
      // Brushed off as something they will shrug off soon: "youll live lol", "youll survive".
      p('(?<span>(?:youll|you will) (?:live|survive|get over it|get over yourself|cope|manage|be over it(?= by)|forget (?:about )?it(?= by))(?: by (?:tomorrow|tonight|next week|the weekend|the morning|morning|monday|friday|next month))?)(?= ?(?:$|{TAG}|[.,!;:\\n]|[\\uD83C-\\uD83E]| lol| relax| chill| trust me| its| it was| stop| jeez| geez| come on))'),
      p('(?<span>(?:plenty of|lots of|loads of|most|other|so many|many) (?:guys|men|people|husbands|boyfriends|girls|women|wives|girlfriends|partners|dads|mums|moms|parents) (?:do|have done|did|would do|would have done) (?:way |much |so much |a lot |far )?worse)'),
      p('(?<span>at least you (?:still )?(?:have|had|got|get to keep) (?:a |your |the |some )(?:job|house|health|family|kids|friends|roof|money|car|home|life)(?: [a-z]+){0,3})'),
      // Their hurt measured against the writer's youth or their age: "when i was your age i never complained", "you're too young to be stressed".
      p('(?<span>(?:when i was your age|back in my day|at your age),? i(?: [a-z]+){0,5} (?:never complained|didnt complain|did not complain|just got on with it|had it (?:way |much |so much |far )?(?:worse|harder|tougher)|didnt have (?:the luxury|time to be (?:sad|upset|stressed|depressed))))'),
      p('(?<span>(?:youre|you are|you were)(?: way| far| much| just)? too young to (?:be|feel|get) (?:this |so |that )?(?:stressed|depressed|tired|anxious|burnt out|burned out|overwhelmed|sad)(?: out)?)'),
      p('(?<span>(?:its|this is|thats|it is)(?: just| only| all)? a phase)(?=[.,!?;:]? ?$|[,.]? (?:youll|you will|it will|itll|get over|dont worry)(?![a-z]))'),
      p('(?<span>(?:your|ur) (?:life|day|job|week|problems?) (?:is not|isnt|cant be|cannot be|can not be|is hardly|are not|arent)(?: really| even)? (?:that|so|all that) (?:hard|bad|difficult|tough|stressful|serious))(?=[.,!?;:]? ?$|[.,!?;:] |,? (?:trust me|come on|relax|seriously|lol|honestly|you)(?![a-z]))'),
      p('(?<span>(?:first world problems?(?!:? (?:my|i|im|me|mine)(?![a-z]))|(?:be|you should be|youre lucky|you are lucky) (?:grateful|thankful|lucky) (?:you even|you still|that you even|that you still|i even|i still)(?: [a-z]+){1,3}))'),
    ],
    unless: [/(?<![a-z])(?:rain|rained|weather|traffic|snow|storm|flight|train|the score|the exam|the test|haha|lol at least|donate|charity|volunteer|than us|im grateful|i am grateful|cold|flu|jet ?lag|hangover|interview|exam|surgery|operation|dentist|jab|injection|vaccine|your hair|paracetamol|ibuprofen|medicine|fever|headache|migraine|tummy|sleep it off)(?![a-z])/],
    message: 'Comparing their hurt with worse things tells them it should not count. Pain is not a competition; theirs is real.',
    reframes: [
      { label: 'Stay with them', text: "That sounds really hard, and I'm sorry it happened" },
      { label: 'Ask', text: 'What would help right now?' },
    ],
    examples: {
      flagged: ["you'll get over it by next week", 'people do way worse things than that', 'worse things happen, honestly', 'there are people with real problems, and youre crying over this', "you're not the only one with problems you know", 'youll live lol', 'youll survive, it was one comment', 'at least he didnt leave you', 'Other people have it way worse, you know.', 'it could be worse honestly', 'could be worse tbh, at least i told you', 'at least you still have your job', 'At least I didn\'t actually sleep with her.', 'plenty of guys do way worse than this', 'be grateful you even have a car', 'first world problems lol', 'when i was your age i worked two jobs and never complained', 'ur too young to be this stressed lol', 'its just a phase, youll grow out of it', 'your life is not that hard, trust me'],
      clean: ["you'll be fine by tomorrow, get some sleep", 'people do way worse things to their hair, yours looks great', 'worse things happen at sea, my gran always said', 'youll live in the flat above us, how fun', "you'll survive the exam, you studied so hard", "you're not the only one with a cold, half the office is off", 'At least it didn\'t rain on the day!', 'The traffic could have been worse', 'At least she is still coming to the party', 'Some people have it worse than us, so I donated', 'at least i didnt forget the cake this time', 'other teams did way worse in the final', 'when i was your age i loved that band too haha', "it's just a phase in the project, the next sprint is lighter", 'your life is about to get so much better', 'first world problems: my coffee is too hot'],
    },
  },
  {
    id: 'tantrum',
    category: 'minimizing',
    severity: 2,
    triggers: ['looking', 'look', 'need', 'want', 'reasons', 'reason', 'excuses', 'excuse', 'dummy', 'tantrum', 'hissy', 'wobbly', 'strop', 'toys', 'pram', 'fit', 'meltdown', 'tizzy', 'drama', 'chaos', 'hormones', 'period', 'month', 'pms', 'pmsing', 'weird', 'thing', 'awkward'],
    negatable: false,
    patterns: [
      p('(?<span>(?:dont|do not|stop|quit|no need to|theres no need to|why are you|youre|you are|why do you|you always|you)(?: just| always| seriously)? (?:spit|spitting|spat|throw|throwing|threw|chuck|chucking|chucked|have|having|had|pull|pulling) (?:the dummy|a (?:tantrum|hissy fit|hissy|wobbly|strop|fit|tizzy|meltdown)|such a (?:tantrum|strop|fit)|your toys out of the pram))'),
      // Their hurt called a habit of hunting for it: "you look for things to be upset about", "you go looking for problems".
      p('(?<span>you(?: just| always| literally| honestly)? (?:look|go looking|are looking|keep looking|search|need|want|like to have|find) (?:for )?(?:things|reasons|something|anything|excuses|stuff|a reason|an excuse) to (?:be |get )?(?:upset|mad|angry|offended|hurt|complain|cry|moan|whine|sulk|fight|argue)(?: (?:about|over))?|you(?: just| always| literally)? (?:go|are|keep|come) looking for (?:problems|drama|trouble|a fight|an argument|things to be upset about|reasons to be upset))(?![a-z])'),
      p('(?<span>(?:stop|quit|youre|you are|always|you keep) (?:manufacturing|creating|causing|making up|inventing|stirring up|stirring) (?:drama|chaos|problems|issues)(?: out of nothing)?)'),
      p('(?<span>(?:its|it must be|must be|is it|its probably|probably|its just|its only|blame it on|thats just|thats)(?: just| only| probably)? (?:your |the )?(?:hormones|pms|pmsing|that time of (?:the )?month|your period))'),
      p('(?<span>(?:are you|you must be|youre|you are|youre just) (?:on your period|pmsing|hormonal|on the rag))'),
      p('(?<span>(?:stop|quit|dont|lets not|can we not|please dont) (?:making|make) (?:it|this|things|everything) (?:so )?(?:weird|awkward|a thing|into a thing|a big thing|a whole thing|about you))'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:toddler|baby|kid|kids|son|daughter|dog|puppy|cat|printer|laptop|vet|my (?:nephew|niece|sister|brother))(?![a-z])/],
    message: 'Putting their reaction down to a tantrum, drama or hormones tells them their feelings do not count. Asking what hurt does more.',
    reframes: [
      { label: 'Ask', text: "I can see you're upset. What's going on?" },
      { label: 'Take it seriously', text: 'Tell me what this is about for you' },
    ],
    examples: {
      flagged: ['you look for things to be upset about', 'you go looking for problems', "don't spit the dummy over a parking spot mate", 'stop throwing a tantrum', 'stop manufacturing chaos', 'It must be hormones.', 'are you on your period or something', 'We are just friends, stop making it weird', 'lets not make it a thing'],
      clean: ['i need something to be upset about for my acting class', 'we go looking for problems in the code every friday', 'My toddler threw a tantrum at the shop lol', "don't make it weird, just ask her out haha", "the vet said it's probably hormones, the dog is fine", 'We had a hissy fit of laughter at the pub lol'],
    },
  },
  {
    id: 'in-your-head',
    category: 'minimizing',
    severity: 2,
    triggers: ['imagining', 'head', 'paranoid', 'talking', 'speaking'],
    negatable: false,
    patterns: [
      p('(?<span>(?:youre|you are|you were|youve been|stop)(?: just| clearly| obviously| literally| totally| being)? imagining (?:things|it|that|stuff)(?: again)?)'),
      p('(?<span>(?:thats|that is|its|it is|its all) (?:all |just )?in {YOUR} head)(?= ?(?:$|{TAG}|[.,!?;:\\n]| again| as usual| babe| lol))'),
      p('(?<span>(?:thats|that is|its|it is)(?: just| only| all)? {YOUR} (?:insecurity|insecurities|jealousy|paranoia|anxiety|trauma|ego|issues|baggage) (?:talking|speaking))'),
    ],
    unless: [/(?<![a-z])(?:song|tune|music|maths|math|sum|sums|mental arithmetic|dream|dreams)(?![a-z])/],
    message: 'Telling them it is all in their head dismisses what they felt. Even if you see it differently, their experience is real to them.',
    reframes: [
      { label: 'Take it seriously', text: "I see it differently, but I believe it felt that way to you" },
      { label: 'Ask', text: 'What made it feel that way?' },
    ],
    examples: {
      flagged: ["You're imagining things", "it's all in your head", 'ur just imagining it', "that's just your insecurity talking"],
      clean: ["That song is stuck in my head", "Do the sum in your head, it's quick", 'I keep imagining the beach'],
    },
  },

  {
    id: 'shrug-with-a-laugh',
    category: 'minimizing',
    severity: 2,
    triggers: ['calm', 'relax', 'chill', 'breathe', 'breath'],
    negatable: false,
    patterns: [
      p('(?<span>(?:calm down|relax|chill(?: out)?|breathe|take a breath|settle down)(?: [a-z]+){0,2},? (?:its|it was|it is|thats|that was|i was)(?:(?: just| only| literally| like){1,2} (?:a|an|one|1|\\d+|a few|a couple|two|three|five|ten|twenty|fifty)|(?: just| only)? (?:a joke|joking|kidding|teasing|banter|one|1|\\d+|two|five|ten|twenty|fifty|a tenner|a fiver))(?: [a-z]+){0,3})'),
      p('(?<span>(?:(?:it was|its|that was|thats|i was)(?: just| only| literally| like){1,2} (?:a|an|one|1|\\d+|a few|two)|(?:it was|its|that was|i was)(?: just| only)? (?:a joke|joking|kidding|teasing|banter|one [a-z]+))(?: [a-z]+){0,2},? (?:relax|calm down|chill(?: out)?|breathe))(?= ?(?:$|{TAG}|[.,!?;:\\n]|[\\u2600-\\u27bf]|[\\uD83C-\\uD83E]| lol| omg| bro| babe| man| dude))'),
    ],
    requires: [LAUGH],
    // An apology earlier in the message does not drop it: the shrug after a sorry is the trap.
    unless: [CALENDAR, /(?<![a-z])(?:not (?:just )?a joke|wasnt funny|youre right|you are right)(?![a-z])/],
    message: 'A laugh and a "relax" next to how small it was tell them the hurt is silly. Even a light moment can sting; asking how it landed helps more.',
    reframes: [
      { label: 'Check in', text: 'I meant it lightly, but did it sting?' },
      { label: 'Acknowledge', text: 'I can see it bothered you, and I get it' },
    ],
    examples: {
      flagged: ['omg calm down it was literally one comment 😂', 'it was a joke bro relax 😂', 'calm down lol it was a joke', 'chill haha it was only a text'],
      clean: ['lol calm down its only monday, loads of time', 'Relax, it was a great day and you earned a rest 😂', 'relax, enjoy the beach 😂', 'Calm down, it was only a joke.'],
    },
  },
  {
    id: 'not-a-crime',
    category: 'minimizing',
    severity: 2,
    triggers: ['offence', 'offense', 'illegal', 'divorce', 'funeral', 'crime', 'murder', 'war', 'death', 'disaster', 'tragedy', 'catastrophe', 'felony', 'emergency', 'disappeared', 'vanished', 'died', 'hurt', 'dying', 'killed', 'murdered', 'committed', 'burned', 'ruined', 'destroyed', 'robbed', 'stabbed', 'abandoned', 'betrayal', 'world'],
    negatable: false,
    patterns: [
      p('(?<span>(?:its|it was|it is|thats|that was)(?: just| only| literally)? (?:a|an|one|some) [a-z]+(?: [a-z]+)?,? not (?:a|an|the|some) (?:divorce|funeral|crime|murder|war|death|disaster|tragedy|catastrophe|felony|emergency|betrayal|end of the world))'),
      p('(?<span>(?:you act|you acted|youre acting|you are acting|acting|you talk|youre talking|you make it sound|you made it sound|you treat it) like (?:i|im|i am) (?:disappeared|vanished|died|killed|murdered|committed|burned|ruined|destroyed|robbed|stabbed|abandoned|betrayed)(?: [a-z0-9]+){0,4})'),
      p('(?:^|(?<=[.!?,] )|but |and |so |ok |okay |look |honestly )(?<span>(?:its|it is|thats|that is|it was|it wasnt|it isnt|its hardly|thats hardly|hardly)(?: really| even)?(?: not)? (?:a crime|a felony|a hanging offen[cs]e|a capital offen[cs]e|illegal))(?= ?(?:$|{TAG}|[.!?;\\n]| is it| was it| lol| relax| though| tho))'),
      // Set against a death: "its not like someone died", "nobody died".
      p('(?<span>(?:its|it is|it was|it aint)(?: not)? like (?:someone|somebody|anyone|anybody|people|i|we) (?:died|got hurt|got killed|was dying|is dying|killed (?:someone|somebody|anyone|you)|murdered (?:someone|somebody|anyone))|(?:nobody|no one|noone) (?:died|got hurt|is dying))(?= ?(?:$|{TAG}|[.,!?;:\\n]| or| relax| chill| calm| lol| come on| jeez| geez| so| you| its| it was))'),
      p('(?<span>(?:you act|youre acting|you are acting|acting|you talk|youre talking|you make it sound) like (?:its|it was|this is) (?:the end of the world|a crime|a disaster|a tragedy|a catastrophe|some huge betrayal|a national emergency))'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:movie|film|show|book|game|novel|episode|series|owe you|i was wrong|still wrong|my fault)(?![a-z])/],
    message: 'Setting what happened next to something far worse makes their hurt sound silly. It does not need to be a disaster to have hurt them.',
    reframes: [
      { label: 'Take it seriously', text: 'It matters to you, and I want to understand why' },
      { label: 'Ask', text: 'Tell me what hurt about it' },
    ],
    examples: {
      flagged: ['its not like someone died', 'nobody died, relax', 'breathe lol its a pizza not a divorce', "it's a text, not a crime", 'Mom, it was one missed dinner. You act like I disappeared for a year.', 'ur acting like i committed a crime', "It was one call, it's not a crime.", "you're acting like it's the end of the world"],
      clean: ['nobody died in the film thank god, i hate sad endings', "it's not a crime to have seconds lol", 'The plot is a mess, not a disaster though', 'You act like I vanished in the game lol', 'It was a mistake, not a crime, and I still owe you an apology for it'],
    },
  },
  {
    id: 'only-one-upset',
    category: 'minimizing',
    severity: 2,
    triggers: ['only', 'else', 'let', 'letting', 'anyone', 'anybody', 'nobody'],
    negatable: false,
    patterns: [
      // They are told the hurt is theirs alone: "you're the only one who got upset", "nobody else had a problem with it".
      p('(?<!not )(?<span>(?:youre|you are|you were)(?: literally| honestly| seriously| clearly| really)? the only (?:one|person) (?:who|that|here who) (?:thinks|thought|feels|felt|is upset|was upset|got upset|gets upset|is offended|was offended|got offended|gets offended|has a problem|had a problem|is bothered|was bothered|took it|takes it|found it|sees it that way|saw it that way|complains|complained)(?: (?:that way|like that|badly|personally|rude|mean|offensive|a big deal|a problem|with it))?)'),
      p('(?<span>(?:nobody|no one|noone) else (?:is|was|got|seems|seemed)(?: even)? (?:upset|offended|bothered|hurt|mad|angry|annoyed)|(?:nobody|no one|noone) else (?:has|had) (?:a|an|any) (?:problem|issue) with (?:it|this|that)(?![a-z])|(?:nobody|no one|noone) else (?:took|takes) it (?:that way|like that|badly|personally|seriously)|(?:everyone|everybody|the rest of us|all of us|the others) else (?:thought it was|found it|said it was) (?:funny|hilarious|fine|a joke|harmless|no big deal)|(?:everyone|everybody|the rest of us|the others) else (?:was|were|is|are|seemed|seems) (?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|cool|chill) (?:with|about) (?:it|this|that)|(?:everyone|everybody) else (?:laughed|got (?:the joke|it))(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| but| why| except| apart)))'),
      p('(?<span>(?:it|that|this) (?:doesnt|didnt|does not|did not) (?:bother|upset|offend|hurt) (?:anyone|anybody|everyone|everybody|the others|any of them) else)(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| why| but| just| only| lol))'),
      p('(?<span>(?:big deal|problem|issue|matters|important|bothers|upsetting|offensive)(?: [a-z]+){0,2} (?:to|for) (?:anyone|anybody|no one|nobody)(?: else)? (?:but|except|other than|apart from) you)(?![a-z])'),
      // Scolding them for letting it in: "how can you let a little thing like that get to you".
      p('(?<span>(?:how (?:can|could|do) you|why (?:do|would|are|r|did) you)(?: even| just)? let(?:ting)? (?:a (?:little|small|tiny|silly|stupid) thing like (?:that|this)|(?:something|things|stuff) (?:so |that )?(?:little|small|tiny|silly|stupid)|every little thing|it|this|that) (?:bother|get to|upset|affect|ruin|get under your skin with) you)'),
      p('(?<span>(?:you (?:shouldnt|should not|cant|cannot)|dont|do not)(?: just)? let (?:a (?:little|small|tiny|silly|stupid) thing like (?:that|this)|(?:something|things|stuff) (?:so |that )?(?:little|small|tiny|silly|stupid)|every little thing|it|this|that) (?:bother|get to|upset|affect) you (?:this|so|that) much)'),
    ],
    requires: [/(?<![a-z])(?:only (?:one|person)|else|let|letting|but you|except you)(?![a-z])/],
    unless: [FRIENDLY, PRAISE, /(?<![a-z])(?:not your fault|im sorry|i get (?:it|why)|makes sense|i understand|about (?:him|her|them)|he|she|they|hes|shes|theyre|boss|teacher|coach|manager|exam|test|interview)(?![a-z])/],
    message: 'Pointing out that no one else minds, or that it should not get to them, tells them their hurt is the problem. It landed on them, and that is what counts here.',
    reframes: [
      { label: 'Take it seriously', text: 'It got to you, and I want to understand why' },
      { label: 'Ask', text: 'What about it hurt the most?' },
    ],
    examples: {
      flagged: ["you're the only one who got upset", 'nobody else had a problem with it', "it doesnt bother anyone else so why does it bother you", 'how can u let a little thing like that get to you', "You shouldn't let it bother you this much.", 'ur literally the only one who thinks it was rude', 'no one else was offended lol', 'its honestly not a big deal to anyone but you', 'everyone else thought it was funny', 'everyone else was fine with it'],
      clean: ["you're the only one who gets me", "you're not the only one who got upset, I was too", "nobody else had a problem with the new rota, it's sorted", "don't let it bother you so much, he's just jealous of you", "you're the only person who made the effort to come, thank you", 'it doesnt bother anyone else if we bring the dog', "this gift isn't for anyone but you", 'everyone else thought the cake was amazing', 'everyone else was fine with the new time, see you at 7'],
    },
  },
  {
    id: 'why-so-upset',
    category: 'minimizing',
    severity: 2,
    triggers: ['why', 'dont', 'only', 'just', 'merely', 'about', 'over', 'milking', 'imagine', 'reason', 'need'],
    negatable: false,
    patterns: [
      p(`(?<span>why (?:are|r) you even (?:so |this |that )?${UPSET}(?: (?:about|over) (?:this|that|it))?){END}`),
      p(`(?<span>why (?:are|r) you (?:so|this|that|getting so|even) ${UPSET} (?:that i|about a|about one|over a|over one|about some|over some)(?: [a-z]+){0,3})`),
      p('(?<span>(?:you (?:dont|do not) (?:have|need) to (?:be|get) (?:so|that|this|all)|(?:theres|there is|there was) no (?:reason|need|call) (?:for you )?to (?:be|get)(?: so| that| this| all)?) (?:upset|mad|angry|worked up|dramatic|sensitive|emotional|bothered|offended|pressed))'),
      p('(?<span>i (?:only|just|merely|literally only|literally just) (?:said|asked|told you|mentioned|commented|joked|pointed out|made a joke)(?: [a-z]+){0,5})'),
      p(`(?<span>(?:you|youre|are you|you are|stay|still)(?: [a-z]+){0,4} ${UPSET} (?:about|over) (?:one|1|a single|one little|one tiny|one stupid|one silly|a tiny|a little|a stupid|a silly|some stupid|some silly|one missed) [a-z]+)`),
      p('(?<span>(?:stop|quit|youre|you are|you keep) milking (?:it|this|that))'),
      p('(?<span>(?:dont|do not|stop|quit|no need to|why (?:would|do|are|r) you|you dont need to) (?:cry|crying|get upset|getting upset|be upset|being upset|get mad|getting mad|get so upset|freak out|freaking out|stress|stressing|sulk|sulking) (?:over|about) (?:(?:something|anything|a thing|stuff|things) (?:this|so|that) (?:small|little|minor|tiny|stupid|silly|petty)|nothing|every little thing))(?![a-z])'),
      p('(?<span>imagine (?:being|getting) (?:this|that|so) (?:sensitive|upset|mad|dramatic|pressed|bothered|offended|triggered|butthurt|emotional|touchy))'),
    ],
    requires: [/(?<![a-z])(?:upset|angry|mad|crying|cry|cried|sulking|pissed|annoyed|fuming|worked up|bothered|offended|hurt|milking|sensitive|dramatic|pressed|teased|teasing|feelings)(?![a-z])/],
    // No FRIENDLY here: a laughing emoji after "why are you so upset" makes it sting more, not less.
    unless: [/(?<![a-z])(?:help me understand|can you tell me|talk to me|want to understand|whats wrong|are you ok|you ok|is everything ok|i get (?:it|why)|makes sense|i understand|my fault|im sorry (?:i|that)|no wonder|love you|ily)(?![a-z])/],
    message: 'Asking why they are still upset, or saying you "only" did something small, tells them the hurt is out of proportion. How big it felt is theirs to say.',
    reframes: [
      { label: 'Acknowledge', text: 'I can see this really upset you' },
      { label: 'Ask', text: 'Help me understand what hurt' },
    ],
    examples: {
      flagged: ['Why are you even angry?', 'its just a game night, u dont have to be so upset that i invited them lol', 'Why are you crying? I only said the dress was a bit tight.', 'How long are you going to stay mad about one night?', 'ugh relax i apologized already, stop milking it', 'imagine being this sensitive lol', 'its literally a birthday card, why are u so upset that i forgot to sign it 😂', 'dont cry over something this small', 'stop getting upset over nothing'],
      clean: ['why are you even up? go to bed lol', 'I only said yes because I wanted to go!', "You're upset about one thing at work? Talk to me, what happened?", 'No wonder you are still upset about it, that was awful', 'dont cry, you did your best and im proud of you'],
    },
  },
  {
    id: 'shrinking-words',
    category: 'minimizing',
    severity: 2,
    triggers: ['anything', 'something', 'one', 'once', 'time', 'single', 'minor', 'trivial', 'tiny', 'small', 'barely', 'hardly', 'deep', 'meant', 'bigger', 'worse', 'serious', 'seriously', 'insecure', 'jealous', 'paranoid', 'needy', 'clingy', 'drama', 'personally', 'read', 'deal', 'important', 'think', 'big', 'relax', 'chill', 'calm', 'talked', 'texted', 'chatted', 'messaged', 'hung', 'kissed', 'danced', 'drink', 'drinks', 'coffee', 'lunch'],
    negatable: false,
    patterns: [
      p('(?<span>(?:it was|its|that was|it is)(?: just| only| literally| like)? (?:one|a single) (?!little |tiny |stupid |silly |small )[a-z]+ (?:dinner|night|evening|lunch|party|text|comment|drink|call|date|day|weekend|game|time|joke|photo|message|birthday|card|mistake|lie|kiss))(?= ?(?:$|{TAG}|[.,!?;:\\n]| thing| once| you| why| relax| chill| lol))'),
      p('(?<span>(?:its|it is|it was|theyre|they are|they were|thats|that is|that was|the changes are)(?: really| honestly| pretty| fairly| quite| so| all)? (?:minor|trivial|tiny|small|little) (?:though|tho|anyway|anyways|really|honestly|at the end of the day))'),
      p('(?<span>(?:will|would|wont|probably|even) (?:barely|hardly) (?:notice|noticed|matter|remember))'),
      p('(?<span>(?:(?:its|it is|this is|that is|thats|it was|that was|this was)(?: so| really| honestly| just| even)? not|wasnt|isnt|aint)(?: even)? (?:that|this|so) deep)(?= ?(?:$|{TAG}|[.,!?;:\\n]| lol| bro| babe| man| dude| tbh| honestly))'),
      p('(?<span>(?:it|she|he|they|that|the kiss|the texts?|the messages?|the whole thing) meant nothing(?: to me)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| i | it | she | he | and))'),
      p('(?<span>(?:lets not|dont|do not|stop|quit|no need to|theres no need to|youre|you are) (?:make|making|blow|blowing|turn|turning) (?:this|it|that|things)(?: into something)? (?:bigger|worse|more (?:dramatic|complicated|serious)) than (?:it is|it was|it needs to be|it has to be|necessary))'),
      p('(?<span>(?:dont|do not|stop|quit|no need to) (?:be|being|get|getting) (?:so |this |that |such )?(?:serious|insecure|jealous|paranoid|needy|clingy))(?= ?(?:$|{TAG}|[.,!?;:\\n]| you| lol| about| over| its| it was| i))'),
      p('(?<span>(?:dont|do not|stop|quit|no need to) (?:take|taking) (?:it|this|that|things|everything|stuff) (?:so |too |that )(?:seriously|personally|hard))'),
      p('(?<span>you (?:always |just |really |tend to |kinda |kind of )?read (?:way |so |far )?(?:too much|so much|a lot|loads) into (?:it|this|that|things|everything|stuff|what i say))'),
      p('(?<span>(?:(?:it|that|this) (?:wasnt|isnt|was not|is not|didnt seem like|doesnt seem like|didnt feel like)|(?:its|it is|thats|that is) not) (?:a |such a |that )?(?:big deal|that big (?:a|of a) deal|huge deal|important|a thing) to me)(?! (?:if|whether|which|when)(?![a-z]))'),
      p('(?<span>i (?:didnt|did not|dont|do not) think (?:it|that|this) (?:was|would be|is|mattered|would matter)(?: (?:a|such a|that))?(?: big deal| that big (?:a|of a) deal| huge deal| a problem| that important| important| a secret| so much| that much)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| to you| lots| everyone| so))'),
      p('(?<span>(?:its|it is|thats|that is|it was|this is)(?: really| honestly| just| even)? not (?:that big (?:a|of a) deal|that big|that important))(?= ?(?:$|{TAG}|[.,!?;:\\n]| tbh| honestly| lol| babe))'),
      p('(?<span>(?:relax|chill|calm down)(?: [a-z]+){0,2},? (?:it was|its|it is)(?: only| just| like)? (?:\\d+|one|two|five|ten|twenty|fifty|a few|a couple of) (?:quid|bucks|dollars|pounds|euros|minutes|mins|seconds|hours))'),
      p('(?<span>(?:its|it is|it was) not like i (?:[a-z]+)(?: [a-z]+){0,3} (?:anything|something|much) (?:that |so |too |super |really )?(?:crazy|bad|terrible|awful|major|huge|serious|big|wild|expensive|important))(?= ?(?:$|{TAG}|[.,!?;:\\n]| and| or| so| though))'),
      // A single slip made smaller by its count: "it was one time", "it only happened once".
      p('(?<span>(?:it|that|this)(?: only| just| literally)? (?:was|happened)(?: only| just| literally| like){0,2} (?:once|one time|the one time|one single time))(?= ?(?:$|{TAG}|[.,!?;:\\n]| relax| chill| lol| ok| okay| one| why| and you| like| ffs))'),
      p('(?<span>we (?:just|only|literally just|literally only) (?:talked|texted|chatted|messaged|hung out|kissed|danced|had (?:a drink|drinks|coffee|lunch)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| thats| nothing| it was| i swear| honestly| relax))'),
      p('(?<span>(?:youre|you are)(?: just| being| so| way| too){1,2} (?:insecure|paranoid|jealous)(?: and (?:jealous|insecure|paranoid|possessive))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| lol| tbh| honestly| babe| hun))'),
      p('(?:^|(?<=[.!?,] )|lol |lmao |lmaooo |omg |haha )(?:ok|okay|k|sure|sure thing|alright|whatever|right|yeah|yes|calm down|relax|chill|bye|thanks|night)(?: then)?,? (?<span>drama (?:queen|king|llama))'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:amazing|great|lovely|fun|best|thank you|thanks|pool|water|lake|river|sea|snow|hole|puddle|mud|shallow|swim|end of the|dont worry|no worries|about (?:him|her|them|my)|of (?:him|her)|the dog|exam|test|interview)(?![a-z])/],
    message: 'Shrinking what happened, or calling their worry a flaw, tells them their hurt is too big. It does not have to be big to you for it to matter to them.',
    reframes: [
      { label: 'Take it seriously', text: 'I can see this matters to you' },
      { label: 'Ask', text: 'Help me understand why it hurt' },
    ],
    examples: {
      flagged: ['it was only the one time', 'Mom, it was one missed dinner.', 'it was one time. one', 'it only happened once relax', "They're minor though, and the kids will barely notice.", 'sorry if my joke landed wrong, wasnt that deep', 'this is so not that deep', "I'm sorry I cheated. I was drunk and it meant nothing.", "Let's not make this bigger than it is", 'stop being so insecure, you have nothing to worry about', "Honey, you're just insecure and jealous", "don't be so serious", 'lol ok drama queen', "don't take it so personally", 'ngl u read way too much into things', "It wasn't a big deal to me so I didn't think to mention it", "I didn't think it was a secret", "honestly its not that big a deal", 'Relax, it was twenty quid.', "Like it's not serious, we just talked.", "It's not like I spent it on anything crazy.", "it's not like i said anything that bad"],
      clean: ['it was only the one time we went to rome and it rained', 'It was one amazing dinner, thank you!', 'it was one time that i went to paris and i loved it', 'The pool is not that deep, the kids will be fine', "don't be so serious in the interview, just be you", 'She is so jealous of your shoes lol', 'The scratch is tiny though, dont worry', 'I read so much into the history of the town', "I didn't think it would rain today", 'we just talked about the trip, all sorted, thanks', "it's not a big deal to me if we go saturday instead"],
    },
  },
];

export const MINIMIZING_REGEXES: readonly RegExp[] = [REASSURING, PRAISE, CALENDAR, LAUGH, RETRACTED];
