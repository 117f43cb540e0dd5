import { p, type Rule } from '../rule';

const OWN_IT = "I'm sorry for what I did. I understand why you're hurt.";

const APOLOGISE = /apolog|regret/i;

export const nonApologyRules: Rule[] = [
  {
    id: 'sorry-you-feel',
    category: 'non-apology',
    severity: 3,
    triggers: ['sorry', 'apologize', 'apologies', 'regret'],
    patterns: [
      p('(?<span>(?:(?:well |i |and )?(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?you (?:feel|felt|are feeling|were feeling|feeling) (?:that way|this way|like that|like this|some (?:type|kind|sort) of way|a (?:certain|type of) way|so|that|as if|as though|like i|i|im|hurt|upset|offended|attacked|disrespected|ignored|betrayed|let down|bad|slighted|annoyed|angry|mad|insulted|uncomfortable|left out))'),
      p('(?<span>(?:(?:well |i |and )?(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?you (?:think|thought|believe|feel like|felt like|see it|saw it|see things|see me (?:that way|like that|this way)|saw me (?:that way|like that)|took it|take it|took that|take that|read it|perceived|interpreted|misunderstood|misread|chose to|took offense|took offence|take offense|take offence|got offended|got the wrong (?:idea|impression|end of the stick)))(?! (?:you|youre|youve|u|ur) )'),
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?(?:youve|you have|you had|youd) (?:misinterpreted|misunderstood|misread|misconstrued|taken (?:it|this|that) (?:that way|the wrong way|personally)))'),
      // The hurt is put down to how they read it: "sorry ur taking it that way", "sorry you're reading it like that".
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?(?:youre|you are|your|you) (?:taking|reading|seeing|interpreting|hearing) (?:it|that|this|things|my [a-z]+) (?:that way|this way|like that|so personally|personally|wrong|the wrong way|as an attack))'),
      // Passive misreading of the writer's own words: "apologies for the lyric being interpreted that way".
      p('(?<span>(?:sorry|regret|apologize|apologies)(?: that| for| about| if)? (?:my|the|our|what i)(?: [a-z0-9]+){0,3} (?:was|were|being|got|has been|have been|is|are|was being) (?:misinterpreted|misunderstood|misconstrued|misread|taken out of context|(?:interpreted|taken|read|perceived|received|seen) (?:that way|this way|the wrong way|wrongly|so badly|badly|negatively)))'),
      p('(?<span>(?:sorry|regret|apologize|apologies)(?: that| for| about| if)? (?:my|the|our|what i)(?: [a-z0-9]+){0,3} (?:landed|came across|came off|went down|was received) (?:badly|poorly|wrong|the wrong way)(?: with| for| to)? (?:some|a few|certain|many|other)? ?(?:people|folks|readers|viewers|fans|of you|listeners|users))'),
      p('(?<span>(?:sorry|regret|apologize|apologies) that (?:some|a few|certain|many|other)? ?(?:people|folks|readers|viewers|fans|of you|listeners|users) (?:chose to|decided to|wanted to) (?:read|take|interpret|see|hear))'),
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:for|about) (?:how|the way) you (?:reacted|react|took it|responded|handled it|felt|feel))'),
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?(?:it|this|that) hurt your feelings)'),
      p('(?<span>(?:sorry|apologize|apologies|regret) (?:for |about )?any (?:offense|offence|hurt|upset|pain|harm|distress) (?:caused|that was caused|(?:this|it|that) (?:has |may have |might have )?caused))'),
      p('(?<span>(?:(?:well |i |and )?(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?(?:(?:you|u) (?:got|had) )?(?:your|youre) feelings (?:got |were |are |have been |feel )?hurt)(?![a-z])'),
      p('(?<span>(?:(?:well |i |and )?(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?(?:it|this|that) (?:upset|hurt|offended|bothered|came across|came off|landed)(?: you)?(?: so much| that much| that way| badly| wrong)?)(?= ?(?:$|{TAG}|[.,!?;)]|(?:lol|lmao|haha)(?= ?,)| i guess| but| then| now| and (?:others|anyone|everyone|other people)| that (?:was|is|wasnt|isnt) not what i))'),
      p('(?<span>(?:(?:im|i am) |i )?(?:sorry|apologize|apologies) to (?:anyone|anybody|everyone|those|whoever)(?: who| that)?(?: [a-z]+){0,3} (?:offended|hurt|upset|felt|was|were|took))'),
      p('(?<span>(?:sorry|apologize|apologies|regret)(?: that| if)? (?:my|our) (?:behaviour|behavior|words|comments?|actions|remarks?|posts?|tweets?|jokes?|tone|messages?|choices|decisions?|conduct)(?: [a-z]+){0,3} (?:has |have |may have |might have |had |did |may |might )?(?:upset|offended|hurt|bothered|caused (?:offense|offence|upset|hurt)(?: to)?) (?:people|anyone|anybody|some people|others|some of you|a few people|folks|everyone|some))'),
      p('(?<span>(?:(?:im|i am) |i )?(?:sorry|regret) (?:that )?(?:you cant|you cannot|you couldnt|you dont know how to) take a joke)'),
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret) (?:that )?(?:you|u) (?:cant|cannot|couldnt|can not|dont know how to) (?:handle|take|deal with|cope with) (?:the truth|criticism|feedback|honesty|banter|a little teasing|hearing the truth|(?:an|my) (?:opinion|honest opinion))|(?:you|u) (?:dont|do not|didnt|did not) like (?:the truth|hearing the truth|honesty))'),
      p('(?<span>(?:sorry|apologize|apologies|regret) (?:for|about) (?:any|the) (?:misunderstanding|confusion|miscommunication)(?: [a-z]+){0,2} on (?:your|ur) (?:part|end|side))(?![a-z])'),
      p('(?<span>(?:(?:im|i am|were|we are) )?sorry (?:that )?(?:it|this|that|i|my [a-z]+|the [a-z]+ i [a-z]+) (?:wasnt|was not|isnt|is not|werent|arent|am not) (?:up to|good enough for) (?:your|ur) (?:standards|liking|expectations|high standards))(?![a-z])'),
      p('(?<span>(?:sorry|apologies),? (?:i )?(?:didnt|did not) (?:realize|know|think) (?:(?:it|this|that) (?:was|is|would be) (?:such a |so |that |a )?(?:sensitive|touchy|sore) (?:topic|subject|issue|spot|point|thing) for you|(?:you were|youre|you are|you could be|youd be|you would be) (?:so |that |this |such a )?(?:sensitive|fragile|touchy|delicate|easily offended|thin skinned|precious|snowflake)))'),
      p('(?<span>(?:sorry|apologize|apologies|regret) (?:for |about )?any (?:hurt|pain|offense|offence|upset|harm|distress|trouble|misunderstanding|discomfort|confusion|inconvenience|frustration|disappointment)(?: [a-z0-9]+){0,4} (?:may|might) have(?: been)? caused)'),
      p('(?<span>(?:(?:well |i |and )?(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?(?:youre|you are|you were|you got|your|you feel) (?:still |so |that |feeling )?(?:upset|offended|hurt|mad|angry|bothered|annoyed|triggered|sensitive|disappointed|frustrated|unhappy|dissatisfied|displeased|inconvenienced|not (?:happy|satisfied|pleased)))(?= ?(?:$|{TAG}|[.,!?;)]| by| at (?:me|us)| with (?:me|us|our|my|the (?:outcome|result|decision|service|response|way|experience))| about (?:this|that|it|what)| over (?:it|this|that|nothing|the [a-z]+ thing|a [a-z]+ thing|(?:a |the )?(?:ranking|joke|comment|post|meme|text|photo|seating))|(?: about| over)(?: [a-z0-9]+){1,4},? but| with me| in me| that| but| i guess| then| now))'),
      // The cause named is a virtue or a manner, not an act: "sorry my honesty upset you".
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?my (?:honesty|sarcasm|teasing|banter|candou?r|bluntness|directness|frankness|opinions?|feedback|tone|sense of humou?r|humou?r|jokes?|truth|being honest|standards|boundaries|success|choices|existence|presence|happiness) (?:has |have |may have |might have )?(?:upset|hurt|offended|bothered|annoyed|triggered|upsets|bothers|offends|annoys)(?: you| u| people| some people| anyone)?)'),
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret) (?:that )?(?:youre|you are) (?:so |that |such a )?(?:fragile|touchy|delicate|easily offended|thin skinned|precious|a snowflake))'),
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?sorry (?:that )?you found out (?:the way you did|how you did|like that|that way|this way|from (?:someone else|her|him|them|a friend|social media)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| i guess))'),
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?sorry (?:that )?you had to (?:find out(?: from [a-z]+)?(?: (?:this way|that way|like this|like that))?|(?:hear|learn) (?:about )?(?:it|that|this)(?: from (?:(?:someone|somebody|anyone) else|[a-z]+)(?: (?:this way|that way|like this|like that))?| (?:this way|that way|like this|like that))))(?= ?(?:$|{TAG}|[.,!?;:\\n]| i guess))'),
      // A bad time had with the writer, as if nobody caused it: "sorry you had a bad experience with us".
      p('(?<span>(?:(?:im|i am|were|we are) |i |we )?(?:so |really |very )?(?:sorry|regret|apologize) (?:that )?(?:you|u) (?:had|have had|got) (?:such )?(?:a )?(?:bad|poor|negative|terrible|awful|horrible|rough|disappointing|unpleasant|frustrating|crap|shit|crappy) (?:time|experience|night|evening|visit|stay)(?:(?: (?!(?:at|with|in)(?![a-z]))[a-z]+){0,3} (?:at|with|in) (?:my|our|us|me)(?![a-z])(?: [a-z]+)?|(?= i guess| then| ig| apparently)))'),
      p('(?<span>sorry (?:that )?you had to see (?:that|this|it) i guess)'),
      // The hurt is put down to their reading of it: "sorry that's how you took it", "sorry that's how you remember it".
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize|apologies)(?: that)? (?:thats|that is|this is|its|it is) (?:how|the way) (?:you|u) (?:remember|remembered|took|take|see|saw|read|heard|hear|interpreted|interpret|perceive|perceived|chose to|choose to|feel|felt|think|see me|saw me)(?: (?:it|that|this|things|me|about it|about me))?)(?![a-z])'),
      // Their limits are the problem: "sorry my joke was too much for you".
      p('(?<span>(?:sorry|apologies|regret)(?: that| if)? (?:my|the) (?:jokes?|honesty|humou?r|sarcasm|banter|comments?|truth|opinions?|tone|words|teasing|directness|bluntness|personality|energy|sense of humou?r) (?:was|is|were|are|might be|may be) (?:a bit |a little |just |way |maybe )?too (?:much|real|honest|harsh|blunt|intense|edgy|dark|deep) for (?:you|u|ya)(?![a-z]))'),
      // Passive or trust-shaped: "sorry you were made to feel uncomfortable", "sorry you feel like you can't trust me".
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize|apologies)(?: that)? (?:you|u) (?:were|was|got|have been|felt|may have been) made to feel)'),
      p('(?<span>(?:(?:im|i am) |i )?(?:so |really |very )?(?:sorry|regret|apologize)(?: that)? (?:you|u) (?:feel|felt|think|thought) (?:like )?(?:you|u) (?:cant|can not|cannot|couldnt|could not) (?:trust|rely on|count on|talk to|depend on|believe) me)'),
      p('(?<span>(?:we |i )?(?:regret|apologize|are sorry|am sorry) that (?:some|any|many|a few|certain)? ?(?:customers|people|users|fans|members|readers|viewers|clients|followers|of you|guests|players|folks|parents|colleagues|staff) (?:felt|feel|were|was|have been|may have been|might have been|got) (?:let down|upset|offended|hurt|affected|inconvenienced|disappointed|misled|frustrated|(?:(?:that|like) )?(?:the|this|our|my|it|we|i)(?= [a-z])))'),
      p('(?<span>(?:(?:we |i )(?:sincerely |deeply |truly )?regret|(?:sincere |deep )?regrets? for) (?:any|the) (?:misunderstanding|confusion|miscommunication|misinterpretation)s?)(?! (?:i|we) (?:caused|created|made)(?![a-z]))'),
      p('(?<span>(?:sorry|apologize|apologies|regret) for (?:[a-z]+ ){0,4}(?:that|which|what) (?:could|might|may) (?:have been |be )?(?:perceived|seen|viewed|taken|interpreted|construed|considered|read) as)'),
    ],
    unless: [/(?<![a-z])(?:i know how much|that sounds|sounds (?:so |really |super )?(?:hard|awful|rough|exhausting|horrible|terrible|tough|rubbish)|want me to (?:come|bring|call|pick)|here for you|hugs|rest up|feel better soon|get well|poor thing)(?![a-z])/, /(?<![a-z])(?:i was wrong|that was wrong|(?:it|that) (?:wasnt|was not) (?:funny|fair|ok|okay|kind)|i (?:get|understand|see) why|i wont (?:bring (?:it|that|this) up|do (?:it|that) again|say (?:it|that) again)|(?:thats|that is|its) on me|my fault|i shouldnt have|i should not have|i should(?: have|ve) (?:told|said|been|asked|listened|called|talked|come|gone|checked|thought|known better))(?![a-z])/],
    message:
      'This says sorry for how they feel, not for what you did, so it can sound like the hurt is their problem. A real apology names your part.',
    reframes: [
      { label: 'Apologise for your part', text: OWN_IT },
      { label: 'Name it', text: "I'm sorry I … I can see why you're hurt" },
    ],
    examples: {
      flagged: ["I'm sorry you feel that way.", 'im sorry u feel like that', 'ok im sorry ur feelings got hurt', 'sorry that it upset you so much', 'I apologise to anyone who felt offended.', 'I apologize for any hurt that may have been caused.', 'sorry u feel some type of way about it', 'sorry you got so upset over it', 'Regret any misunderstanding my comments may have caused.', 'Sorry you took it the wrong way.', "I'm sorry you think I lied.", "Sorry that you're upset.", 'I regret that you felt ignored.', 'sorry that u got the wrong idea', 'im sorry that u took offense', "I'm sorry for how you reacted", 'sorry it hurt your feelings', 'i apologise for any offence caused', "I'm sorry that my behaviour has upset people", 'i regret that my comments may have offended some people', 'sorry you cant take a joke', "sorry, i didn't realise you were that fragile", "I'm sorry that my honesty upset you.", 'sorry my tone bothered u', 'fine im sorry ur so fragile', "I'm sorry you had to find out this way.", 'We regret that some customers felt let down.', 'We regret any inconvenience this incident may have caused.', 'I apologize for having a conversation that could be perceived as inappropriate', 'I apologize to anyone who may have been offended by my comments.', 'I am sorry that this hurt you and others', "I'm sorry you've misinterpreted my email.", 'sorry ur taking it that way i guess', 'sorry you see me that way', "I'm sorry you're reading it like that.", 'Apologies for the lyric being interpreted that way.', 'I sincerely regret that my words were misinterpreted by some people.', 'Sorry the bit landed badly with some folks, it was never meant that way.', 'I regret that some people chose to read my post that way.', "I'm sorry you found out the way you did.", 'sorry u got upset over the ranking thing', "I'm sorry you're upset about the invoice, but the charges stand.", "I'm sorry you're still upset about it.", 'im sorry thats how you remember it', "Sorry that's how you took it.", 'sorry my joke was too much for u', 'im sorry ur disappointed in me', 'sorry that my existence bothers you so much', 'i apologize that you were made to feel uncomfortable', 'sorry that you feel like you cant trust me', 'sorry u got ur feelings hurt', 'well im sorry you had to hear it from someone else i guess', 'sorry, i didnt know it was such a sensitive topic for you', 'We regret that some users felt the change was rushed.', 'I regret any miscommunication that led to this.'],
      clean: ["I'm sorry you're feeling sick, want me to bring soup?", "I'm sorry that happened to you.", 'Sorry to anyone waiting, the shop opens at 10.', 'Apologies for any inconvenience caused by the roadworks.', "I'm sorry for how I reacted last night.", "I'm sorry I hurt you. I understand why you feel that way.", "I'm so sorry you had to go through that at work.", "I'm sorry my bluntness hurt you. I was wrong to say it that way.", "I'm so sorry you had to hear about grandma from the news.", "Sorry you had to see that mess, the kitchen is a disaster.", "I'm sorry you had to hear that. It was a rough night for all of us.", 'We regret to inform you that the event is cancelled.', "I'm sorry my words hurt you.", "I'm sorry I misinterpreted your email, I read it too fast.", 'Sorry the parcel was misrouted, a new one is on the way.', "I'm so sorry you found out about the layoffs from the news.", "It's my fault. I should have told you myself. I'm so sorry you had to hear it like that.", "I'm sorry you're upset about the test results, want me to come over?", 'sorry you are taking the bus tonight, the car is in the shop', 'sorry that you think you failed, you did great', 'sorry, that is how you reset the router', "sorry the hike was too much for you, we'll do the short loop next time", "I'm sorry my joke hurt you. It wasn't funny and I get why.", "I'm sorry you were made to wait so long, the doctor ran late", "sorry, i didn't know it was such a sensitive topic for you. i won't bring it up again", 'I regret any confusion I caused, I wrote the wrong date.'],
    },
  },
  {
    id: 'sorry-if',
    category: 'non-apology',
    severity: 3,
    triggers: ['sorry', 'apologize', 'apologies', 'regret'],
    patterns: [
      p('(?:(?:im|i am|i) )?(?:so |really )?(?<span>(?<remorse>sorry|apologize|apologies|regret) if)(?: [a-z0-9]+){0,8} (?:hurt|hurts|hurtful|upset|upsets|offended|offends|offend|offensive|embarrassed|embarrassing|misunderstood|misread|misinterpreted|bothered|came across|came off|come across|come off|sounded|wrong|rude|harsh|mean|unkind|insensitive|inappropriate|disrespectful|out of line|too much|discomfort|uncomfortable|disrespected|left out|distress|pain|harm|caused|anyone|anybody|seemed|seems|looked like|felt like|you (?:were|felt|feel|got|took|think|thought)|you (?:dont|didnt|do not|did not) like (?:me|what i|how i|the way i|hearing)|(?<!not )what (?:you|u) (?:need|want|wanna|wanted|needed) to hear|(?:did|said) (?:something|anything)(?= ?(?:$|{TAG}|[.,!?;:\\n]| to (?:you|upset you|offend you|hurt you))))'),
      // A manner that was "off", or a point not "clear enough for you": the maybe, aimed at them.
      p('(?<span>(?<remorse>sorry|apologize|apologies|regret) if) (?:my|our) (?:tone|vibe|attitude|manner|delivery|wording) (?:was|seemed|felt|is|sounded|came across)(?: a bit| a little| kind of| kinda| slightly| too)? (?:off|short|blunt|curt|abrupt|sharp|snippy|snappy|cold|strong)(?![a-z])'),
      p('(?<span>(?<remorse>sorry|apologize|apologies|regret) if) (?:this|that|it|i|my (?:point|explanation|message|email|answer)) (?:was|wasnt|is|isnt|was not|is not|wasnt being|was not being)(?: (?:explained|written|worded|made|said|put|phrased|spelled out))? (?:clear|simple|obvious|plain|easy) enough for (?:you|u|ya)(?![a-z])'),
    ],
    message:
      'The "if" turns the apology into a maybe, as if the hurt might not be real. Leaving it out shows you accept that it landed badly.',
    reframes: [
      { label: 'Drop the "if"', text: (m) => (APOLOGISE.test(m.group('remorse')) ? `${m.group('remorse')} that` : m.group('remorse')) },
      { label: 'Own the whole thing', text: "I'm sorry for what I said. I can see it hurt you, and that's on me.", whole: true },
    ],
    examples: {
      flagged: ['Sorry if that upset you, it was not my intention.', 'Apologies if anything I said was hurtful.', 'I apologize if anyone was offended by what I said.', 'sorry if i upset u', 'I apologise if that came off wrong.', 'I apologize if my actions caused you any discomfort.', 'i regret if anyone was hurt', "sorry if the way I spoke in the meeting came across badly", 'sorry if the way i handled it made you uncomfortable', 'sorry if i embarrassed you', 'i apologise if u misunderstood what i meant', 'sorry if you dont like me or how i talk', 'I apologize if my tone was off.', 'Apologies if this wasnt clear enough for you'],
      clean: ["Sorry if I'm bothering you, do you have a minute?", 'Sorry I upset you. That was not fair.', 'Sorry if the photos from the party take a while to upload.', 'If you want, I can call later.', "sorry if you don't like mushrooms, i can pick them off", 'sorry if the heating is off when you get there', 'Apologies if this was not clear, the form is on page 2.'],
    },
  },
  {
    id: 'if-i-then-sorry',
    category: 'non-apology',
    severity: 3,
    triggers: ['sorry', 'apologize', 'apology', 'regret'],
    patterns: [
      p('(?<span>if i (?:hurt|offended|upset|said|did|made|came|was|caused|bothered)(?: [a-z0-9]+){0,6},? (?:then )?(?:i guess |well |ok |okay )?(?:(?:im|i am) )?(?:sorry|i apologize))'),
      // The same maybe, with the hurt put on them or on anyone: "if anyone was offended, I apologise".
      p('(?<span>(?:if|to the extent(?: that)?|insofar as|in so far as) (?:you|u|anyone|anybody|people|someone|some people|some of you|any of you) (?:were|was|felt|got|are|is|have been|may have been|might have been) (?:offended|hurt|upset|bothered|insulted|uncomfortable|disrespected|left out|let down|confused|misled|harmed)(?! by (?:him|her|them|his|their)(?![a-z]))(?: [a-z0-9]+){0,6},? (?:then )?(?:(?:im|i am|we are|were) |i |we )?(?:(?:so |truly |really |deeply |sincerely )?sorry|(?:sincerely )?(?:apologize|regret (?:it|that))))'),
      p('(?<span>(?:sorry|apologize|apologies)(?: [a-z]+){0,2} to the extent (?:that )?(?:you|anyone|anybody|people|someone|some people) (?:were|was|felt|are|got))'),
      p('(?<span>(?:owe|owed) (?:you|u) an apology,? if)(?: [a-z0-9]+){0,6} (?:came across|came off|sounded|hurt|offended|upset|bothered|seemed|felt|you (?:were|felt|took|think))'),
      p('(?<span>if (?:it|this|that) (?:makes|will make|would make|helps|will help) (?:you|u) (?:feel )?(?:better|happy|happier)(?: [a-z]+){0,2},? (?:then )?(?:fine,? )?(?:(?:im|i am) |i )?(?:sorry|apologize))(?![a-z])'),
    ],
    message: 'Making the apology depend on "if" leaves the hurt in doubt. A clear "I did this, I\'m sorry" lands much better.',
    reframes: [
      { label: 'Say it plainly', text: "I'm sorry I hurt you" },
      { label: 'Name what you did', text: "I'm sorry I … That wasn't fair to you" },
    ],
    examples: {
      flagged: ["If I hurt you then I guess I'm sorry.", 'If I said something wrong then sorry.', 'if i upset you, sorry'],
      clean: ["If I hurt you, tell me. I'd want to know.", 'If I leave at 5 I can make it.'],
    },
  },
  {
    id: 'grudging-sorry',
    category: 'non-apology',
    severity: 3,
    triggers: ['sorry', 'whatever', 'bad', 'apologize', 'apologies', 'apologizing'],
    negatable: false,
    patterns: [
      p('(?<span>(?:fine|ok|okay|alright|there|k|kk|kay)(?: then)?,? (?:(?:im|i am) )?sorry)(?=[,.]? (?:(?:are you )?happy|ok|okay|there|now|jeez|geez|god|sheesh)(?![a-z])| ?[?!]|[,.]? ?$)'),
      p('(?<span>i guess (?:im |i am )?sorry)(?! (?:is|isnt|wasnt|was|wont|doesnt|does|will|cant|can|just|means|wouldnt|would|aint)(?![a-z]))'),
      p('(?<span>(?:sorry|my bad),? (?:i guess|ig))(?= ?(?:$|{TAG}|[.!\\n]))'),
      p('(?<span>(?:sorry|my bad|my fault)(?: [a-z0-9]+){0,8},? or whatever)(?= ?(?:$|{TAG}|[.!\\n]))'),
      p('(?<span>(?:sorry|apologize|apologies) for whatever(?: i did| i said| it was| it is you think i did| you think i did)?)'),
      p('(?<span>sorry (?:that )?i (?:exist|was born|breathe|am alive|have feelings|have an opinion|have needs)|sorry for ruining (?:your|ur) (?:life|day|night|week|evening|fun|party|birthday|plans)(?: then| i guess| apparently| ig))(?= ?(?:$|{TAG}|[.,!?\\n]| then| i guess| apparently| ig| \\uD83D\\uDE44))'),
      // Said because someone made them: "im only apologising because mum made me".
      p('(?<span>(?:apologizing|saying sorry|apologize|say sorry)(?: to you)? (?:only )?(?:because|cause|cos|coz|bc) (?:mom|mum|dad|my (?:mom|mum|dad|parents|boss|teacher|manager)|you|they|the mods?|the admins?|he|she) (?:made me|told me to|said (?:i had|i have) to|asked me to|wants? me to|is making me|are making me|forced me)|(?:mom|mum|dad|my (?:mom|mum|dad|parents|boss|teacher|manager)|the mods?) (?:said|says) i (?:have|had|need|needed) to (?:say sorry|apologize)|(?:mom|mum|dad|my (?:mom|mum|dad|parents|boss|teacher|manager)|the mods?) (?:made|is making|are making) me (?:say sorry|apologize))(?![a-z])'),
      // Sarcastic sorry for simply being there: "sorry for existing i guess".
      p('(?<span>sorry (?:for|about) (?:existing|breathing|being alive|being born|living|having (?:feelings|an opinion|opinions|a life|needs))(?: then| i guess| apparently| ig)?)(?= ?(?:$|{TAG}|[.,!?\\n]| then| i guess| apparently| ig| i guess| lol| \\uD83D\\uDE44))'),
      p('(?<span>sorry not sorry)'),
      p('(?<span>(?:for )?whatever i (?:did|said|did wrong|said wrong|did to you|did this time),? (?:(?:im|i am) |i )?(?:sorry|apologize))'),
      // Sarcastic sorry for a virtue: "sorry for telling the truth then".
      p('(?<span>sorry (?:for|about) (?:telling the truth|being honest|giving a (?:damn|shit|crap|fuck)|being me|being myself|having standards|speaking my mind|having a brain|noticing|remembering)(?: then| i guess| apparently| ig)?)(?= ?(?:$|{TAG}|[.!?\\n]| \\uD83D\\uDE44))'),
      p('(?<span>sorry(?: that| if)? (?:im|i am) not (?:perfect|good enough|perfect like you|as perfect as you|perfect enough)(?: (?:for you|like you|then|i guess|enough for you))?){END}'),
      // A shrug beside the sorry: "shit happens, sorry", "sorry, it is what it is".
      p('(?<!be )(?<span>(?:sorry|my bad)[,.]? (?:shit|stuff) happens|(?:shit|stuff) happens[,.]? (?:sorry|my bad)|(?:sorry|my bad)[,.]? it is what it is|it is what it is[,.]? (?:sorry|my bad)){END}'),
      p('(?<span>(?:(?:im|i am) )?sorry(?:,? (?:sorry|ok|okay|jeez|geez|god)){0,3})(?=[.,!]? ?\\uD83D\\uDE44)'),
      p('(?:^|sorry[.,!]? )(?<span>whatever (?:makes|will make|helps) you (?:feel better|happy|happier|sleep at night))'),
      p('(?<span>sorry (?:if|that) (?:im|i am|im not|i am not|i wasnt|i was not) (?:not )?(?:the (?:perfect|ideal)|perfect|good enough|(?:the )?(?:sister|brother|daughter|son|friend|partner|girlfriend|boyfriend|wife|husband) you want)(?: [a-z0-9]+){0,5})'),
      p('(?<span>my bad if)'),
      p('(?<span>(?:im|i am) sorry,? (?:ok|okay|alright)\\?)'),
    ],
    unless: [/\uD83C\uDF89|\uD83E\uDD73/],
    message: 'A sorry said to end the argument can sound like it is not meant. Naming what you did tells them you understand.',
    reframes: [
      { label: 'Mean it', text: "I'm sorry for …, and I understand why it hurt" },
      { label: 'Name it', text: "I'm sorry I …" },
    ],
    examples: {
      flagged: ['sorry i guess', 'my bad ig', "i'm sorry, i guess it was my fault or whatever", "Fine, I'm sorry, happy now?", "I guess I'm sorry.", 'sorry for whatever i did', 'sorry not sorry', 'sorry sorry sorry 🙄', 'shit happens, sorry', 'sorry, it is what it is', 'fine im sorry. whatever makes u feel better', 'sorry if im not the perfect sister u want me to be', 'k sorry', 'sorry for existing i guess', 'ok ok im sorry, jeez'],
      clean: ['sorry, want pizza or whatever?', 'I guess sorry is not enough, and I want to show you.', "I'm sorry for lying. I understand why it hurt.", 'ok sorry, running 5 min late', 'sorry not sorry, i bought the tickets already 🎉', 'sorry if im not free till 6, whatever works for you', 'Sorry, the bus was late 🙄', 'no need to be sorry, shit happens', 'sorry it is what it is on the menu today, they ran out', 'k sorry, running 5 min late', 'sorry for living so far away, the drive is long'],
    },
  },
  {
    id: 'mistakes-were-made',
    category: 'non-apology',
    severity: 2,
    triggers: ['mistakes', 'things', 'errors'],
    patterns: [
      p('(?<span>(?:mistakes|errors|things|some things) (?:were|have been|got) (?:made|said|done))(?= ?(?:$|{TAG}|[.,!?;:]| on both| on all| on (?:our|my|their) (?:end|side|part)| all round| all around| by both| by me| by everyone| okay| ok| and| that| tbh))'),
      p('(?<span>(?:mistakes|errors) (?:happened|occurred))(?= ?(?:$|{TAG}|[.,!?;:]| on both| okay| ok| and))'),
    ],
    message: 'The passive voice leaves out who made the mistake. Saying "I" is what makes an apology count.',
    reframes: [
      { label: 'Say who', text: 'I made a mistake' },
      { label: 'Name it', text: 'I made a mistake when I …' },
    ],
    examples: {
      flagged: ['Mistakes were made, okay?', 'Things were said on both sides.', 'mistakes happened, lets move on', "Things were said that shouldn't have been said."],
      clean: ['I made mistakes and I want to fix them.', 'Some things were made by hand at the fair.'],
    },
  },
  {
    id: 'sorry-things-got',
    category: 'non-apology',
    severity: 2,
    triggers: ['sorry', 'apologize', 'apologies', 'regret'],
    patterns: [
      p('(?<span>(?:sorry|apologize|apologies|regret)(?: that| for how| about how| for the way| about the way| if)? (?:things|it|everything|stuff|the (?:conversation|argument|evening|night|call|chat|fight)|that|we) (?:got|went|turned|became|ended up|escalated|spiralled|spiraled)(?: a bit| a little| so| kind of| kinda| really| pretty| all)? (?:heated|out of hand|ugly|messy|tense|nasty|sour|south|too far|the way (?:it|they) did|escalated|intense|weird between us|off track|out of control|blown up|blown out of proportion|into (?:a whole thing|a (?:big |huge )?(?:fight|argument|thing|deal|drama|mess|row|scene))))'),
      p('(?<span>(?:sorry|regret)(?: that)? (?:it|things) (?:had to )?(?:came|come|got) to this)'),
    ],
    message: 'This is sorry for how things went, with no one doing them. Saying what you did is what turns it into an apology.',
    reframes: [
      { label: 'Name your part', text: "I'm sorry I raised the heat. That's on me" },
      { label: 'Say who', text: "I'm sorry for what I said when …" },
    ],
    examples: {
      flagged: ['sorry that things got heated i guess', "I'm sorry the conversation got out of hand.", 'sorry it went too far', 'Sorry it came to this.', 'sorry things got a bit ugly last night', 'sorry it turned into a whole thing'],
      clean: ["Sorry things got so hard for you at work, I'm here.", "I'm sorry I got heated. That was on me.", 'Sorry the dinner went cold, the train was late.'],
    },
  },
  {
    id: 'sorry-poor-me',
    category: 'non-apology',
    severity: 2,
    triggers: ['sorry', 'apologize', 'apologies'],
    negatable: false,
    patterns: [
      p('(?:sorry|apologize|apologies)(?: [a-z0-9]+){0,8},? (?<span>(?:i guess|so now|so|apparently|clearly|obviously|well|and now|now) (?:im|i am) (?:the (?:villain|bad guy|bad one|monster|devil|worst person|problem)|a (?:terrible|horrible|awful|bad|monster|villain)(?: person| partner| friend| boyfriend| girlfriend)?)(?: again| now| then| as usual| once again| huh| here)?)'),
      p('(?:sorry|apologize|apologies)(?: [a-z0-9]+){0,8},? (?<span>(?:im|i am) (?:the (?:villain|bad guy|bad one|monster|devil|problem)|always the (?:villain|bad guy|bad one|problem)) (?:again|as usual|once again|huh|i guess))'),
      p('(?<span>sorry,? (?:i was|it was|that was)(?: only| just)? (?:kidding|joking|a joke|teasing|messing around|banter)){END}'),
    ],
    requires: [/(?<![a-z])(?:villain|bad guy|bad one|monster|devil|problem|terrible|horrible|awful|sensitive|overreact[a-z]*|dramatic|cant take a joke|lighten up|relax|chill|serious|touchy|uptight)(?![a-z])/],
    unless: [/(?<![a-z])(?:love you|haha[a-z]*|lol)(?![a-z])|\uD83D\uDE02|\uD83E\uDD23/],
    message: 'The sorry turns into how hard this is for you, so the hurt they feel slips out of view. Keeping it about them is what makes it land.',
    reframes: [
      { label: 'Keep it about them', text: "I'm sorry. I can see that hurt you, and I want to hear how" },
      { label: 'Name it', text: "I'm sorry I …" },
    ],
    examples: {
      flagged: ["Sorry you had a bad night, I guess I'm the villain again", "sorry, so now i'm the bad guy", 'Sorry, I was kidding. I keep forgetting how sensitive you are.', "sorry i was joking, didnt know you were so touchy"],
      clean: ["Sorry, I was kidding! Dinner is at 7 as planned 😂", "I'm so sorry. I was the problem here, and I know it.", "Sorry I was joking earlier, I didn't mean to confuse you about the date."],
    },
  },
];

export const NON_APOLOGY_REGEXES: readonly RegExp[] = [APOLOGISE];
