import { p, type Rule } from '../rule';
import { upTo } from './helpers';
import { FRIENDLY } from './lexicon';

const ACT =
  '(?:done (?:that|it|this)|do (?:that|it|this)|lied|lie|yelled|yell|shouted|shout|cheated|cheat|snapped|snap|said (?:that|it|those things|anything|what i said)|say (?:that|it)|hidden|hid|hide|checked|check|looked|gone (?:through|behind)|lost (?:it|my temper|my cool)|reacted|react|hit|blown up|blew up|gotten angry|got angry|gotten mad|got mad|left|walked out|(?:started|gone back to|been|kept) (?:drinking|smoking|gambling|using|cheating|lying|texting (?:her|him|them))(?! (?:coffee|tea|water|juice|milk|smoothies))|needed (?:to get out|a drink|space)|need (?:to get out|a drink|space)|raised my voice|sworn|swore at you|gone (?:off|out)|texted (?:her|him|them)|flirted|got physical|gotten physical|pushed you|kept (?:it|that|this|things|secrets) from you|read your (?:messages|texts|phone|diary|emails)|blocked you|ghosted you|stormed out|slammed the door|ignored you|said those things)';

/** Acts people usually need to own, when followed by "because you…". */
const BAD_ACT =
  '(?:was|got|went) (?:only |just )?(?:rude|mean|nasty|short|snappy|cold|harsh|horrible|off|defensive|physical|loud|distant)|did what i did|said what i said|had to (?:lie|yell|shout|hide it|check|snoop)|cheated|lied|yelled|snapped|went quiet|went silent|stopped talking|blanked you|shouted|screamed|went out|went (?:through|thru) (?:your|youre) [a-z]+|went off(?: on you)?|snooped|hid it|hid (?:the|my|that)|strayed|lost it|lost my temper|blew up|drank|kissed|flirted|ignored you|hit|said (?:it|that|those things)|did (?:it|that)|checked your [a-z]+|read your [a-z]+|looked (?:at|through) your [a-z]+|(?:act|acted|behave|behaved|react|reacted) (?:like this|like that|this way|that way)|get (?:like this|like that|this way|so angry|so mad|jealous|nasty)|am like this|flip out|flipped out|freak out|freaked out|lose it|lose my temper|(?:kept|keep) (?:it|things|stuff) from you|(?:didnt|dont|never) tell you(?: anything| things| stuff)?';

const ENDS_WITH_OBJECT = / (?:to|into) (?:it|this|that|doing it|doing this)$/i;
const LOSE_IT = /^(?:lose it|lose my temper|snap)$/i;
const FINAL_STOP = /[.!?]$/;
/** The writer's reaction, named as the result of what they did: "so I reacted", "and I lost it". */
const REACTED =
  'reacted|snapped|lost it|lost my temper|lost my cool|blew up|exploded|yelled|shouted|screamed|went off|kicked off|said something|reached my limit|had enough|cracked|lashed out|got (?:mad|angry|defensive|heated|upset)|did what i did|did it|said what i said';
/** The writer owned something nearby, so a turn to the other person reads as taking it back. */
const OWNED =
  /(?<![a-z])(?:sorry|apolog[a-z]*|my bad|shouldnt have|should not have|i own (?:that|it)|i hate that i|i know (?:i|it was|that was)|i admit|i was wrong|i messed up|i screwed up|that was (?:wrong|childish|not ok|not okay|unfair|out of line)|(?:wasnt|was not|isnt) (?:ok|okay|fair|right))(?![a-z])/;
const FIRST_BUT = /,? (?:but|however)(?![a-z])/i;
/** The message up to the "but" that followed the apology, closed as a sentence. */
function keepToApology(before: string): string {
  const cut = FIRST_BUT.exec(before);
  const kept = (cut ? before.slice(0, cut.index) : before).trim().replace(FINAL_STOP, '');
  return `${kept}.`;
}
/** What they did, named right after "sorry, but": "you kept pushing", "you would have been mad". */
const OTHER_DID =
  'kept|keep|keeps|never|always|would|wouldve|would have|wouldnt|started|made|pushed|provoked|were being|was being|are being|ignored|yelled|lied|should have|shouldve|could have|couldve|asked for|wound|set|youd|wont';
/** Weaker turns to them, only when the apology named what the writer did: "sorry I snapped, but you were so rude". */
const OTHER_DID_WEAK = 'didnt|dont|werent|were so|were too|were acting|are acting|went|youve been|have been|had been|been so|been really|been very|been acting|been distant|been cold|were|was|are';
/** An apology or admission that names the act. */
const ADMIT =
  '(?:(?:sorry|apologize|apologies)(?: that| for| about)? (?:i|my|what i)(?: [a-z0-9]+){1,7}|i know i(?: [a-z0-9]+){0,7}|i admit(?: [a-z0-9]+){0,7}|i (?:shouldnt|should not) have(?: [a-z0-9]+){0,7}|i (?:messed|screwed) up(?: [a-z0-9]+){0,5}|my bad(?: [a-z0-9]+){0,5})';

export const blameShiftingRules: Rule[] = [
  {
    id: 'you-made-me',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['loved', 'made', 'make', 'makes', 'turned', 'wanted', 'want', 'tried', 'trying', 'reaction', 'wound', 'wind', 'winds', 'riled', 'rile', 'buttons', 'got', 'had', 'bring', 'brought', 'forced', 'force', 'pushed', 'push', 'drove', 'drive', 'provoked', 'goaded', 'baited', 'worst', 'set', 'tipped', 'tip', 'triggered', 'get', 'purpose', 'surprised', 'shocked', 'provoke', 'pretend', 'act'],
    patterns: [
      p('(?<span>you (?:made|make|makes) me feel like i (?:had to|have to|needed to|need to|couldnt|cant|could not|can not|had no choice but to)(?: [a-z0-9]+){1,4})'),
      p('(?<span>you (?:made|make) it (?:so )?(?:that )?i (?:couldnt|cant|could not|had to|have to|needed to)(?: [a-z0-9]+){1,4})'),
      p('(?<span>you (?:make|made) it (?:impossible|so hard|hard) not to (?:yell|shout|snap|react|lose it|get angry|get mad|lie|cheat|say something|scream|lash out))'),
      p('(?<span>you (?:make|made) it (?:impossible|so hard|hard|really hard|too hard|difficult|so difficult) (?:for me )?to (?:be honest|tell you|be open|trust you|tell the truth|be truthful)(?: [a-z0-9]+){0,3})'),
      p('(?<span>you (?:provoked|goaded|baited) me)(?= ?(?:$|{TAG}|[.,!?;]| and| so| first| into| on purpose))'),
      p('(?<span>you (?:wind|wound|rile|riled|push|pushed|provoke|provoked|bait|baited|goad|goaded) me(?: up)? on purpose)'),
      p('(?<span>(?:then |and )?(?:act|acting|you act|youre acting) (?:all )?(?:surprised|shocked|innocent|hurt) when i (?:snap|react|lose it|yell|shout|get angry|get mad|blow up|kick off))'),
      p('(?<span>(?:dont|do not) (?:act|pretend|make out)(?: like| as if)? you (?:didnt|did not) (?:provoke|push|goad|bait|wind|start|ask for) (?:me|it|this|that)(?: up)?)'),
      p('(?<span>you(?: literally| really| basically| kind of| kinda| just)? (?:forced|force) my hand)'),
      p('(?<span>you (?:pushed|drove|push|drive) me (?:to|over|past) (?:my limit|my limits|the edge|my breaking point|breaking point))'),
      p('(?<span>(?:what|everything|all the things|the things) you (?:did|said|do|say) to (?:make|get) me)'),
      p('(?<span>you (?:bring|brought|bringing) out the worst in me|you (?:bring|brought) (?:it|that|this|this side|that side) out (?:in|of) me|you (?:set|tipped|tip|set) me off|you triggered me)'),
      p('(?<span>you(?:ve| have)?(?: literally| really| basically| actually| kinda| kind of)? (?:made|make|forced|force|provoked)(?: me| me to))(?= (?:do|say|lie|act|yell|snap|react|cheat|hide|check|go|behave|treat|hit|scream|shout|lose|look(?! (?:so |really |super |very )?(?:good|great|amazing|gorgeous|beautiful|pretty|hot|cute|fab|fabulous|thin|young|younger|smart|professional|classy|stunning|fit|nice|cool|tall|rich))|leave|text|drink|walk|get (?:mad|angry|physical)|do (?:it|this|that)|this|it|that way|miss(?! (?:you|u|ya|him|her|them|my baby|the old|the good|those|being|home)(?![a-z]))|tilt|feed|forget|break|mess (?:up|it up)|screw (?:up|it up)|snap|late|like this(?! [a-z])|into (?:this|that|someone|somebody|a monster|a liar|the bad guy))(?![a-z]))'),
      p('(?<span>you(?: kinda| kind of| basically| literally| really| just| sort of| pretty much)? (?:pushed|drove|forced|provoked|push|drive|force) me (?:to|into)(?: (?:it|this|that|doing it|doing this))?)(?= ?(?:$|{TAG}|[.,!?;]| (?:do|say|check|cheat|lie|drink|yell|snap|leave|look|hide|go behind|the edge|breaking point|it|this|that|saying|doing|cheating|lying|drinking|yelling|snapping|leaving|looking|checking|acting|going)(?![a-z])))'),
      p('(?<span>you (?:wanted|want|were trying to get|tried to get) (?:me to (?:react|snap|lose it|lose my temper|get angry|get mad|blow up|explode|kick off)|a reaction))(?![a-z])'),
      // Love made the condition for the writer's act: "if you really loved me you wouldnt make me act like this".
      p('(?<span>if you (?:really |truly |actually )?(?:loved|cared about|respected) me,? you (?:wouldnt|would not|would never|wouldve never) (?:make|force|push|drive|provoke|have made|have pushed) me(?: to)? (?:act|do|say|react|behave|lie|cheat|yell|snap|hurt|treat)(?: [a-z0-9]+){0,4})'),
      // Who the writer became, put on them: "you turned me into this", "you made me into someone i dont recognise".
      p('(?<span>you(?:ve| have)?(?: literally| really| basically| actually| slowly)? (?:turned|made) me into (?:(?:this|that)(?= ?(?:$|{TAG}|[.,!?;:\\n]| and| so| now| person| monster))|(?:someone|somebody|a person) i (?:dont|do not|cant|can not|hate|barely)|the (?:bad guy|villain|monster)|a (?:monster|liar|cheat|cheater|psycho|mess|wreck|nag|shell of (?:myself|who i was|my old self)|(?:bitter|jealous|paranoid|crazy|horrible|bad|angry|insecure|suspicious|nervous) (?:person|wreck|woman|man|girlfriend|boyfriend|wife|husband|mess))))'),
      // Being wound up or having buttons pushed, named as the cause: "you wound me up", "you kept pushing my buttons".
      p('(?<span>you(?: literally| really| just| always| kept| keep)? (?:(?:wound|wind|winds|riled|rile|wound) me up|(?:got|get|had) me (?:so |all |really )?(?:worked up|wound up|riled up|fired up))|you(?: literally| really| just| always)? (?:pushed|push|pushing|kept pushing|keep pushing|pressed|press|know (?:exactly )?(?:which|what)) my buttons(?: to push)?|you know (?:exactly )?(?:which|what) buttons to push)(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| and| on purpose| until| till| then| i| tbh| honestly| every time| all (?:night|day|week)))'),
    ],
    unless: [FRIENDLY],
    message:
      'Saying they made you do it hands them the responsibility for your choice. Owning it is the first step to rebuilding trust.',
    reframes: [
      { label: 'Own the choice', text: (m) => (ENDS_WITH_OBJECT.test(m.span) ? 'I chose to do it' : 'I chose to') },
    ],
    examples: {
      flagged: ['if you really loved me you wouldnt make me act like this', "you wind me up on purpose and then act surprised when I snap", "you rile me up on purpose", "don't act like you didn't provoke me", "don't pretend you didn't start it", 'You made me do this.', 'Look what you made me do.', 'You pushed me to it.', 'You drove me to check your phone.', 'you made me lie to you', 'You provoked me and now you act shocked.', 'u forced my hand tbh', 'honestly u pushed me to my limit', 'you know exactly what you did to make me react like that', 'you brought out the worst in me', 'you made me feel like i had to lie', 'you made it so i couldnt tell you', 'you make it impossible to be honest with you', 'You set me off, so that is why it went badly.', 'u made me miss the bus w all ur drama', 'bro u literally made me tilt', 'you pushed me into saying those things', 'you kept pushing my buttons all night', 'you wound me up and then cried about it', 'you bring it out in me', "look what you've made me do now", 'you turned me into this', "you've made me into someone i dont even recognise", 'you wanted me to react, admit it', 'you made it impossible not to yell'],
      clean: ['if you loved me you would make me pancakes', 'look what you made me do, I ate all the cookies you baked 😂', 'You made me so happy yesterday.', 'You bring out the best in me.', 'You set me up with the best job ever, thanks!', 'You made me dinner, that was really sweet.', 'You make it so easy to be honest with you.', 'You made me feel like I could do anything.', 'You drove me to the airport, thank you so much.', 'you made me miss you so much this week', 'you made me miss the old days, such a good song', 'you got me so fired up for the match tomorrow!!', 'you wound me up so good with that prank 😂', 'my boss made me miss lunch again', 'the kids wound me up all day, need wine', 'you made me like this song so much', 'you made me look so good in that photo', 'you turned me into a morning person', 'you made me into a better cook', 'you wanted me to react to the new logo, so here goes: love it', 'you made it so hard not to laugh'],
    },
  },
  {
    id: 'you-make-me-angry',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['angry', 'mad', 'furious', 'crazy', 'jealous', 'lose', 'snap'],
    patterns: [p('(?<span>you (?:make|made) me (?:so |really |that )?(?<feeling>angry|mad|furious|crazy|jealous|lose it|lose my temper|snap))')],
    message: 'Your reaction belongs to you, even when their behaviour hurt. Saying how you felt keeps it honest without handing them the blame.',
    reframes: [
      { label: 'Say how you felt', text: (m) => `I get ${m.group('feeling').replace(LOSE_IT, 'angry')}` },
      { label: 'I-statement', text: (m) => `I felt ${m.group('feeling').replace(LOSE_IT, 'angry')} when …` },
    ],
    examples: {
      flagged: ["You make me so angry that I can't help it.", 'you made me so mad'],
      clean: ['You make me so happy.', 'The film made me angry.'],
    },
  },
  {
    id: 'if-you-hadnt',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['wouldnt', 'would', 'werent', 'wasnt', 'wouldve', 'had', 'youd', 'never', 'id', 'didnt'],
    patterns: [
      p('(?<span>if (?:you|youd)(?: [a-z0-9]+){1,8},? (?:then )?i (?:wouldnt|would not|would never) (?:have to|need to|have had to)(?: [a-z0-9]+){1,6})'),
      p('(?<span>if (?:youd|you had|you would have|you wouldve)(?: just| only| actually| ever)? (?:told|said|asked|let|been|answered|called|texted|listened|trusted|given|shown|explained|mentioned|warned|picked|replied|cared|paid|stayed|come|came|made)(?: [a-z0-9]+){0,8},? (?:then )?i (?:wouldve|would have|would of|wouldnt|would not|would never|would)(?: [a-z0-9]+){1,6})'),
      p(`(?<span>i (?:wouldnt|would not|would never|never would) (?:have )?(?:had to |need to |have to )?${ACT}(?: [a-z0-9]+){0,6} if (?:you|youd)(?: [a-z0-9]+){1,8})`),
      p('(?<span>you (?:shouldve|should have)(?: just| at least)? [a-z]+(?: [a-z0-9]+){0,5},? (?:then|and|because then) i (?:wouldnt|would not|would never|never would)(?: have)?(?: [a-z0-9]+){1,5})'),
      p('(?<span>if (?:your|youre) (?:mum|mom|mother|dad|father|sister|brother|friend|friends|family|parents|ex|boss) (?:hadnt|had not|didnt|did not|wasnt|werent|was not|were not)(?: [a-z0-9]+){0,8},? (?:then )?i (?:wouldnt|would not|would never)(?: have)?(?: [a-z0-9]+){1,6})'),
      p('(?<span>had you(?: just| only| ever| actually)? [a-z]+(?: [a-z0-9]+){0,6},? (?:then )?i (?:wouldnt|would not|would never|wouldve|would have)(?: [a-z0-9]+){1,6})'),
      p('(?<span>if you (?:werent|wasnt|were not) so [a-z]+(?: [a-z0-9]+){0,4},? (?:then )?(?:i would|id|i wouldnt|i would not|i could|i might)(?: [a-z0-9]+){1,5})'),
      p('(?<span>if you (?:hadnt|didnt|had not|did not|had just|would just|would|werent|wasnt|had|just|stopped|would stop|didnt always|didnt keep|ever|actually)(?: [a-z0-9]+){1,8},? (?:then )?(?:i|we) (?:wouldnt|would not|would never|never would|wouldve never|would have never)(?: have to| need to)?(?: [a-z0-9]+){1,6})'),
      // The whole mess hangs on what they did: "if u hadnt gone thru my phone none of this wouldve happened".
      p('(?<span>if (?:you|youd)(?: [a-z0-9]+){1,8},? (?:then )?(?:none of (?:this|it|that) (?:wouldve|would have|would ever have|would)|(?:this|it|that|we) (?:wouldnt|would not|would never|never would)(?: have)?) (?:happened|be happening|come to this|gotten this bad|got this bad|gone this far|be here|be in this mess))'),
      // The act left unsaid: "i wouldnt have if you werent so needy".
      p('(?<span>i (?:wouldnt|would not|would never|never would)(?: have)? if (?:you|youd) (?:hadnt|had not|didnt|did not|werent|wasnt|were not|kept|keep|would|had|were|just|always|never|ever|stopped)(?: [a-z0-9]+){1,6})'),
      // What the writer would do, held back by a flaw of theirs: "i would fix the readme if you werent so rude about it".
      p('(?<span>i(?:d| would)(?: [a-z0-9]+){1,6} if (?:you|youd) (?:werent|wasnt|were not|was not|would stop being|stopped being) (?:so |such an? |being so |always so |constantly |always )?(?:rude|mean|nasty|defensive|difficult|touchy|sensitive|dramatic|aggressive|hostile|entitled|demanding|needy|clingy|controlling|jealous|critical|negative|lazy|selfish|cold|distant|paranoid|insecure|annoying|unreasonable|condescending|rude about it|horrible|awful|toxic|judgy|judgemental|judgmental)(?![a-z])(?: [a-z0-9]+){0,4})'),
      // What the writer would feel or do, held back by them: "i wouldnt be so jealous if you didnt give me reasons", "if you didnt make a big deal of everything id tell you stuff".
      p('(?<span>i (?:wouldnt|would not) be (?:so |this |as |that )?(?:jealous|angry|mad|paranoid|suspicious|insecure|upset|distant|cold|like this|this way) if (?:you|youd)(?: [a-z0-9]+){1,8})'),
      p('(?<span>if (?:you|youd) (?:didnt|did not|werent|wasnt|would stop|stopped|would just stop)(?: [a-z0-9]+){1,8},? (?:then )?(?:id|i would|i might) (?:actually |probably |even )?(?:tell you|talk to you|open up|trust you|share|be honest|be nicer|be nice|listen|come home|want to (?:talk|come home|be around))(?: [a-z0-9]+){0,5})'),
      // A demand that they stop, as the condition for the writer's act: "if youd get off my back i wouldnt drink so much".
      p('(?<span>if (?:youd|you would)(?: just| only| ever| actually)? (?:stop|get off my back|back off|leave me alone|lay off|quit|listen|let me|calm down|give me (?:some )?(?:space|a break|a chance))(?: [a-z0-9]+){0,6},? (?:then )?(?:i|we) (?:wouldnt|would not|would never|never would)(?! mind)(?: have to| need to)?(?: [a-z0-9]+){1,6})'),
      p('(?<span>if (?:youd|you had|you would have|you wouldve)(?: just| only| actually| ever)? (?:been there for me|been there|paid (?:me )?(?:more |any |some )?attention(?: to me)?|given me (?:more |any |some )?(?:attention|affection|time|love)|cared (?:more|enough)|made (?:me|time for me) (?:feel|a priority)(?: [a-z]+){0,2}))(?= ?(?:$|{TAG}|[.,!?;:\\n]| i | we | none| this| things| maybe| then))'),
    ],
    unless: [/(?<![a-z])(?:thank|thanks|grateful|lucky|glad|love to|surprise|(?:wouldnt|would not|would never|wouldve|would have) (?:have )?(?:mind|minded))(?![a-z])/],
    message:
      'This makes your choice depend on what they did. Even if they hurt you too, owning your part first is what makes repair possible.',
    reframes: [
      { label: 'Own the choice', text: "That was my choice, and it's on me" },
      { label: 'Own it, then share', text: "I chose to … and that's on me. Separately, I felt hurt when …" },
    ],
    examples: {
      flagged: ['i would fix the readme if you werent so rude about it', 'If you had been on time, I never would have had to leave without you', 'if you didnt take everything so personally we wouldnt have these fights', "if you'd paid me more attention, none of this", "if you'd told me earlier I wouldn't have booked it", "if you had asked me I wouldn't have said yes", "I wouldn't have done that if you hadn't ignored me all weekend.", 'If you would just listen I would not have to shout.', 'i wouldnt have done it if u didnt start it', "you should have told me, then i wouldnt have done it", "I wouldn't have gone through your phone if you'd been honest.", "Had you just picked up, I wouldn't have driven over.", "If you noticed me once in a while I wouldn't have to go elsewhere.", "if you'd told me it mattered i would've come", 'if u hadnt gone thru my phone none of this wouldve happened', "If you hadn't pushed me, it would never have come to this.", 'i wouldnt have started drinking again if u didnt nag me constantly', "I wouldn't have if you weren't so needy.", 'if youd get off my back i wouldnt drink so much', 'i wouldnt be so jealous if you didnt give me reasons', 'if you didnt make such a big deal out of everything id tell you stuff', 'I never would have cheated if youd been there for me', "If you'd stop bringing it up I wouldn't need to get out of the house so much."],
      clean: ["i'd visit more if you weren't so far away", 'if you didnt mind, i wouldnt mind staying another night', "If you hadn't helped we wouldn't have finished in time, thanks", 'if you had been there you would have loved the show', "I wouldn't have found the keys if you hadn't reminded me, thanks!", 'if you hadnt called i would have missed the bus haha', "If you'd told me you were coming I would have baked a cake, thanks for the surprise!", 'If you want, I would love to come along.', "if you hadn't spotted the leak none of this would've been fixed in time, thank god", "I wouldn't have started drinking coffee if you hadn't bought me that machine, best gift", "if you'd like, i wouldn't mind driving", "if you weren't so far away i'd love to visit more", "i wouldn't be so happy if you hadn't come", "i wouldn't have if you hadn't reminded me, thanks!"],
    },
  },
  {
    id: 'would-not-have-happened',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['happened'],
    patterns: [
      p('(?<span>(?:none of (?:this|it|that)|this|it|that|all of this) (?:would have|wouldve|would never have|wouldnt have|would not have) happened if you(?: [a-z0-9]+){1,8})'),
      p('(?<span>if (?:you|your [a-z]+)(?: [a-z0-9]+){1,8},? (?:then )?(?:this|that|it|none of this|none of it) (?:wouldnt|would not|would never) have happened)'),
    ],
    message: 'This puts the cause on what they did. Even if they played a part, naming your own part first is what rebuilds trust.',
    reframes: [
      { label: 'Own your part', text: 'My part in this was …, and I own it' },
      { label: 'Own it, then share', text: "I'm responsible for my part. Separately, it would help me if …" },
    ],
    examples: {
      flagged: ['None of this would have happened if you had trusted me.', 'If your team had replied on time, this would not have happened.'],
      clean: ['None of this would have happened without your help, thank you!', 'If you want, we can talk about what happened.'],
    },
  },
  {
    id: 'your-fault',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['fault', 'on', 'started', 'first', 'blame', 'happens', 'responsible', 'because', 'doing', 'first', 'problem', 'ruined', 'wrecked', 'broke', 'destroyed', 'caused', 'created', 'did', 'thanks', 'cause', 'cos', 'bc'],
    patterns: [
      p('(?<span>(?:its|this is|that is|thats|it was|this was|its all|this is all|thats all|it is) (?:all )?(?:your|youre) (?:own )?(?:fault|doing))'),
      p('(?<span>(?:youre|you are|you were)(?: just| at least| honestly)? (?:half|partly|partially|also|equally|just as much|as much|more) (?:to blame|at fault|responsible(?= ?(?:$|{TAG}|[.,!?;:\\n]| here| too| for (?:this|that|it|what|how|the (?:mess|fight|argument|situation|problem|way))))))'),
      p('(?<span>(?:its|this is|thats|it was|its at least|its just) (?:as much|half|partly|more|just as much) (?:your|youre) fault)'),
      p('(?<span>(?:(?:its|it is|thats|that is|it was|it wasnt|its not) )?(?:not|hardly|never) my fault,? (?:that )?(?:you|youre|your|you didnt|you dont|you never|you cant|you werent))(?!(?: [a-z]+){0,3} (?:cute|gorgeous|funny|amazing|adorable|lovely|hot|pretty|handsome|beautiful|irresistible)(?![a-z]))'),
      p('(?<span>how (?:is|was) (?:it|that|this) my fault (?:that )?(?:you|youre|your))'),
      p('(?<span>(?:this|that|it|thats|its)(?: is| was)?(?: all)? on you)(?! too| as well)(?= ?(?:$|{TAG}|[.,!?;]| not me| for| that i))'),
      p('(?<span>(?:this|thats|that is|this is) what happens when you(?: [a-z0-9]+){1,6})'),
      p('(?<span>i blame you(?: for (?:this|that|it|what|everything|the)(?: [a-z0-9]+){0,4})?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| tbh| honestly))'),
      p('(?<span>you (?:started|did start|(?:literally |clearly |obviously )started) (?:it|this|all this|all of this|this whole thing|the whole thing|this mess|the fight|this fight|the argument))(?= ?(?:$|{TAG}|[.,!;]|\\?| not me| first| so| and| remember))'),
      p('(?<span>(?:its|it is|thats|that is|this is|its all|it was) (?:all |only |just )?because of you(?![a-z0-9 ,]{0,50}(?:thank|grateful|love|happy|proud|smile|laugh|best)) (?:that )?(?:we|i|this|it|things|everything)(?: [a-z0-9]+){0,4})'),
      p('(?<span>you (?:hit|poked|pushed|shoved|slapped|punched|kicked|insulted|attacked|swore at|yelled at|shouted at|screamed at|came at|went for|had a go at|started on|hurt|disrespected|lied to|betrayed|cheated on|humiliated|embarrassed|provoked|mocked|snapped at|went off on|came for) me first|you got in my face first|you (?:threw|swung|took|fired) the first (?:punch|swing|shot|jab|blow|stone)|you (?:brought (?:it|this|that) up|got personal|got nasty|started swearing|started yelling|started shouting|raised your voice) first(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| and| not me| remember| tbh)))'),
      // Refusing the blame by naming what they did: "dont blame me for being late, u picked the place across town".
      p('(?<span>(?:dont|do not|stop|quit) blam(?:e|ing) me(?: for (?:being|the|that|this|it|what|how)(?: [a-z0-9]+){0,4})?,? (?:you|youre|your [a-z]+) (?:picked|chose|made|said|told|wanted|forgot|started|were the one|did|didnt|never|always|kept|insisted|booked|asked for|gave|sent|left|set|ignored|pushed))(?![^.!?]{0,60}(?:lol|lmao|haha|thanks))'),
      p('(?<span>(?:the (?:real |only |actual )?problem (?:is|was|here is) (?:you|your attitude)|(?:youre|you are) the (?:real |actual )?problem(?:,? not me| here)|(?:youre|you are) the one with the problem|(?:dont blame me,? )?blame (?:your [a-z]+|him|her|them|yourself),? not me|dont blame me,? blame (?:your [a-z]+|him|her|them|yourself)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| not me| tbh| honestly| you know| so))'),
      p('(?<span>you started (?:it|this|all this|all of this|this whole thing|the whole thing|the fight|this fight|the argument) (?:the (?:second|minute|moment|day)|as soon as) you(?: [a-z0-9]+){1,6})'),
      p('(?<span>you started (?:it|all this|all of this|this whole thing|the whole thing|the fight|this fight|the argument) when you(?: [a-z0-9]+){1,6})'),
      p('(?<span>you started (?:it|this|all this|this whole thing|the whole thing|the fight|this fight|the argument) by (?:ignoring|yelling|being|bringing|calling|saying|lying|accusing|shouting|screaming|not|going|texting|flirting|mocking|insulting)(?: [a-z0-9]+){0,4})'),
      p('(?<span>you (?:caused|created) (?:this|all (?:of )?this|this mess|the whole (?:thing|mess)|this whole (?:thing|mess)|(?:the|this|that) (?:fight|argument|row|drama|mess|problem|scene))|you (?:ruined|wrecked|broke|destroyed|started|caused|did) (?:it|this|that|everything|us|things)(?=,? not me)|you did this(?: to (?:yourself|us|me|this family|our family|our relationship|this relationship|our marriage))?(?=,? not me)|you did this to (?:yourself|us|this family|our family|our relationship|this relationship|our marriage))(?= ?(?:$|{TAG}|[.,!;:\\n]| not me| so| and| you know))'),
      // "thanks to you I missed the bus": the outcome hung on them, sarcastic thanks or plain "because of you".
      p('(?:^|[.,!?] )(?<span>(?:thanks to|because of|cause of|cos of) (?:you|your [a-z]+),? (?:i|we|im|were)(?: just| now| totally| literally| completely| basically| all)? (?:lost|missed|was late|were late|are late|am late|late|got (?:fired|sacked|in trouble|yelled at|told off|grounded|a ticket|a fine)|look like|looked like|failed|cant sleep|couldnt sleep|have to start over|had to start over|have to redo|had to redo|cant trust|dont trust|have trust issues|have no friends|lost (?:all )?my friends|hate myself|like this|a mess|a wreck|paranoid)(?: [a-z0-9]+){0,4})'),
      p('(?<!(?:dont|not|never|stop|cant|to) )(?<span>blame yourself)(?= ?(?:$|{TAG}|[.,!?;]| not me| for))'),
      p('(?<span>(?:you only have yourself|you have only yourself) to blame)'),
    ],
    // "you started it? no worries": a surprised question answered warmly, not a charge.
    unless: [/(?<![a-z])(?:dont|do not) blame me,? (?:for [a-z ]{1,30},? )?(?:you|youre|your)[^.!?\n]{0,80}(?:lol|lmao|haha|\uD83D\uDE02)/, /(?<![a-z])you started (?:it|this|that)\?+ ?(?:no (?:worries|problem|stress)|nice|cool|great|wow|awesome|amazing|love|ok|okay|haha|lol|thanks|thank you|good for you|well done)(?![a-z])/],
    message: 'Putting the fault on them can make them feel they have to defend themselves instead of healing. Owning your part opens the door.',
    reframes: [
      { label: 'Own your part', text: "I'm responsible for how" },
      { label: 'Own it plainly', text: "That's on me" },
    ],
    examples: {
      flagged: ['dont blame me for being late, u picked the place across town', 'im not saying its your fault but you did start it', 'Honestly you\'re half to blame, you didn\'t remind me either', 'not my fault u didnt check the group chat', "It's as much your fault as mine.", "how is it my fault that you never read the plan?", "Honestly it's your fault I got so angry.", 'its ur fault i got mad', 'This is on you, not me.', "Don't blame me, you started it.", 'its on you for not telling me sooner', 'This is what happens when you ignore me for a week.', 'i blame you for this whole mess tbh', 'you started this whole thing', 'its because of you that we fight', 'blame yourself, not me', 'this is your doing', 'you hit me first', 'you threw the first punch', 'you caused this whole mess', 'you did this, not me', 'you did this to our family', 'thanks to you i missed the bus', 'because of you i got in trouble at work', 'you caused this fight', 'you ruined it, not me', 'the problem is you', "you're the problem, not me", 'blame your mother, not me', 'dont blame me, blame him', 'you brought it up first', 'you threw the first stone', 'you started this by ignoring me', 'you hurt me first so dont act all innocent', 'you started this the second you walked in with that attitude', "It's not my fault, you kept pushing me.", 'thanks to you i cant trust anyone'],
      clean: ['dont blame me, you picked the movie lol', "you started it? no worries, I'll finish the puzzle", 'you did start it strong, that opening was great', "its not my fault youre so cute", "Don't blame yourself, it was an accident.", 'You started the whole thing with the cake idea and it was brilliant!', "It's because of you that I finished the marathon, thank you!", "It's not my fault the train was late, but I'm sorry you waited.", "It's not your fault, you couldn't have known.", "You're also responsible for the snacks on Saturday!", "It's not your fault. You did everything you could.", "It's your turn to pick the movie.", "It's on me, I'll pay for dinner.", 'thanks to you i passed my driving test!', 'because of you i finally feel at home here', 'thanks to you we made the train just in time', 'the dog hit me first, cheeky thing', 'you did this to yourself? the haircut looks great actually', 'you caused quite a stir at the party, everyone loved your dress', 'the problem is your printer, not the laptop', 'you brought it up first in the meeting, good call', 'dont blame me, blame the weather', 'you started this club when you were twelve, amazing', 'you hurt my feelings earlier, can we talk?'],
    },
  },
  {
    id: 'they-started-it',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['started', 'first', 'learned', 'learnt', 'happen', 'expect', 'because', 'cause', 'due', 'egged', 'egging', 'dared', 'talked', 'told', 'put', 'made', 'make', 'makes', 'got', 'asking', 'coming', 'buttons', 'hadnt', 'didnt', 'wasnt', 'werent', 'get', 'problem', 'problems', 'issue', 'issues', 'trouble'],
    patterns: [
      // A sibling or teammate named as the one who began it: "he started it!", "she hit me first mom".
      p('(?<span>(?:he|she|they) (?:started it|started this|started the fight|started first|did it first|hit first|threw the first (?:punch|swing|stone)|(?:hit|poked|pushed|shoved|slapped|punched|kicked|bit|pinched|scratched|insulted|swore at|yelled at|started on|went for|came at) me first))(?= ?(?:$|{TAG}|[.,!?;:\\n]| mum| mom| dad| not me| so| and i| i swear| tbh|[\\uD83C-\\uD83E]))'),
      // The question answered at once: "who started it? you did".
      p('(?<span>who (?:started|began|kicked off) (?:it|this|the fight|the argument|all this|this whole thing)\\?* ?(?:you did|you|it was you|you started it))(?= ?(?:$|{TAG}|[.,!?;:\\n]| not me| remember| so))'),
      // Their urging named as the cause: "you egged me on", "you told me to".
      p('(?<span>(?:you|u) (?:egged me on|were (?:the one )?egging me on|put me up to (?:it|this|that)|dared me(?: to)?|talked me into (?:it|this|that)|told me to(?: do it| do that| say it| say that| send it| post it)?))(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| remember| you know| tbh| first| the whole time| and now| dont))'),
      // The same turn with a sibling, a player or a classmate as the cause: "she made me do it", "i only said it because he provoked me".
      p('(?<span>(?:he|she|they) (?:made|make|makes) me(?: (?:do it|do that|do this|say it|say that|hit (?:him|her|them)|snap|react|yell|lose it))?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| first| mum| mom| dad| i swear|[\\uD83C-\\uD83E]))'),
      p(`i (?:only |just )?(?:${BAD_ACT})(?: [a-z0-9]+){0,5} (?<span>because (?:he|she|they) (?:provoked|started|pushed|baited|insulted|hit|kept|was|were|made|wouldnt|didnt|called|said|wound|threw)(?: [a-z0-9]+){0,6})`),
      p('(?<span>(?:he|she|they) (?:made|got) me (?:so |really )?(?:mad|angry|furious|pissed|pissed off)(?: [a-z]+){0,2},? (?:so|and|thats why) i (?:said|hit|yelled|snapped|swore|told|called|punched|pushed|did|went off|lost it|blocked|kicked|banned|shouted|screamed)(?: [a-z]+){0,3})'),
      p('(?<span>(?:he|she|they) (?:was|were) (?:asking for it|asking for that)|(?:he|she|they) had it coming|(?:he|she|they)(?: kept| keep| always| just)? (?:pushing|pushed|push|pushes|pressing|pressed|press) my buttons)(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| and| until| till| tbh| honestly))'),
      p('(?<span>if (?:he|she|they|your [a-z]+) (?:hadnt|didnt|had not|did not|wasnt|werent|hadnt been|wasnt being)(?: [a-z0-9]+){1,6},? (?:then )?i (?:wouldnt|would not|would never)(?: have)?(?: [a-z0-9]+){1,5})'),
      p('(?<span>(?:thats|that is|this is) what you get for(?: [a-z]+){1,4}|you (?:wouldnt|would not) (?:have|be having) (?:this|that|these|those|the|any) (?:problem|problems|issue|issues|trouble) if you(?: [a-z]+){1,4})'),
      p('(?<span>i (?:learned|learnt|got|picked up) (?:it|that|this|all of it|it all) from (?:you|u|watching you))(?=,? (?:so|dont|stop|quit|remember|you know|tbh|honestly|what did you expect)(?![a-z]))'),
      p('(?<span>you made (?:this|it|that|all (?:of )?this) happen)(?=,? (?:not me|so dont|dont blame|remember|you know))'),
      p('(?<span>what (?:did|do) (?:you|u) expect(?: to happen| me to do)?,? (?:after|when) (?:ignoring|treating|cheating|lying|neglecting|leaving|walking out|pushing|ghosting|blocking|yelling|disappearing|nagging|humiliating|embarrassing|criticising|criticizing|shutting me out|icing me out|going quiet|going silent)(?: [a-z]+){0,4})'),
      p('(?<span>(?:acts?|acting|behaves?|behaving|(?:is|are|was|were) (?:like this|like that|this way|acting out|so angry|so difficult)) (?:out |up )?(?:because of|cause of|cos of|due to) (?:your|ur) (?:parenting|rules|attitude|mother|mom|mum|father|dad|family|behaviou?r|drinking|temper|nagging|moods?|new (?:boyfriend|girlfriend|partner|wife|husband)))(?![a-z])'),
      p('(?<span>(?:thats|that is|this is|its|it is|it was|that was|this was|that happened|it happened) (?:only |just |all )?because (?:you|u) (?:entered|typed|gave|sent|chose|picked|put|used|clicked|ordered|forgot|didnt|did not|never|ignored|skipped|selected|provided|missed)(?: [a-z]+(?![a-z])){0,5},? not (?:our|my|me|us)(?: (?:fault|error|mistake|problem|side|end))?)(?![a-z])'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:thank|thanks|grateful|proud|love you|miss you|so good|congrat[a-z]*|glad|best decision|so fun|worth it|lol|lmao)(?![a-z])/],
    message: 'This puts the start of it, or the cause, on them. Naming your own part first keeps the repair honest; theirs can come later.',
    reframes: [
      { label: 'Own your part', text: 'My part in it is on me' },
      { label: 'Speak for yourself', text: "I'm sorry for what I did" },
    ],
    examples: {
      flagged: ['he started it!', 'she hit me first mom', 'i learned it from you so dont lecture me', 'you made this happen, not me', 'you egged me on the whole time', 'she made me do it!', 'i only said it because he provoked me', 'they kept pushing my buttons so i snapped', 'What did you expect after ignoring me for weeks?', 'the kids act out because of your parenting', "that's because you entered the wrong address, not our error"],
      clean: ['he started his new job today!', 'she hit me with the best news this morning', 'i learned it from you, thanks for teaching me to bake', 'you made this happen, thank you so much for the party', 'you talked me into it and im so glad, best trip ever', 'she made me do it and it was the best day ever', 'he made me dinner tonight', 'What did you expect from the film? I loved it.', 'the kids love you because of your patience', "that's because you entered the wrong address, I'll fix it for you now"],
    },
  },
  {
    id: 'no-choice',
    category: 'blame-shifting',
    severity: 3,
    triggers: ['choice', 'option', 'deserved', 'asked', 'asking', 'coming', 'position', 'situation', 'spot', 'fail', 'failure', 'reacting', 'known', 'expect', 'reason', 'reasons', 'yourself', 'get', 'supposed', 'meant', 'expected', 'think', 'happen'],
    negatable: false,
    patterns: [
      p('(?<span>you (?:gave|left|give|leave|have given|have left|are giving|are leaving|keep giving|kept giving) me no (?:other )?(?:choice|option)(?: but to (?!laugh|smile|agree|say yes|love|forgive|accept)[a-z]+(?: [a-z0-9]+){0,4})?|i (?:had|was left with) no (?:other )?(?:choice|option)){END}'),
      p('(?<span>you (?:put|placed|left) me in (?:that|this|a|an|such a|such an)(?: (?:impossible|awkward|terrible|horrible|tough|difficult|bad|shitty|crappy|horrible|no win|no-win))? (?:position|situation|spot)(?: where i had to [a-z]+)?|you set me up (?:to fail|for failure)|i was (?:only |just )?reacting to (?:you|what you (?:did|said)|how you (?:acted|treated me|spoke to me)|your [a-z]+))(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| and| tbh| honestly| you know| not| first))'),
      p('(?<span>you (?:shouldve|should have) known (?:better|(?:id|i would|i was going to) [a-z]+(?: [a-z]+){0,3}|what would happen|how i(?:d)? (?:react|take it)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| than| so| tbh| honestly| you know))'),
      p('(?<span>you brought (?:this|it|that) on yourself|you got what you deserved)(?![a-z ]{0,20}(?:congrat|promotion|award|prize|win|well done))'),
      // The reason handed back for them to find: "ask yourself why i did it".
      p('(?<span>(?:ask yourself|have a think about|(?:maybe|go|just|so) think about) why i (?:did (?:it|that|this|what i did)|said (?:it|that|what i said)|lied|cheated|left|yelled|snapped|went (?:quiet|elsewhere|out)|reacted|acted|stopped|do (?:it|this|that)|act (?:like this|this way)|am like this|dont (?:trust|talk to) you))'),
      p('(?<span>you (?:were |was )?(?:asked|asking) for it|you had it coming)(?= ?(?:$|{TAG}|[.!?;\\n]| tbh| honestly| really| you know))'),
      p('(?<span>what (?:did|do) you expect(?: me to do)?)(?= ?(?:$|{TAG}|[.,!?;:\\n]| when you| after you| if you| with you))'),
      p('(?<span>you (?:gave|give|have given|hadnt given|didnt give|keep giving|gave me|give me) (?:me )?(?:every |good |so many |plenty of |a |all the )?reasons? to (?:be (?:suspicious|jealous|worried|paranoid|mad|angry)|doubt|worry|check|look|suspect|snoop|distrust))'),
      p('(?<span>what (?:else )?(?:was|am|were) i (?:supposed|meant|expected) to do,? (?:(?:when|while|after|if|with) you|stand|sit|just|wait|let|pretend|ignore|keep)(?: [a-z0-9]+){0,6})'),
      p('(?<span>(?:youre|you are) the (?:reason|one who made me|only reason)(?![a-z0-9 ,]{0,50}(?:thank|grateful|love|happy|happi|proud|smil|laugh|best)) (?:i|why i|im|why im|i am|this|why this|everything)(?: [a-z0-9]+){1,5})'),
      p('(?<span>what (?:did|do) you (?:think|expect) (?:would|was going to|is going to|will|to) happen)(?= ?(?:$|{TAG}|[.,!?;:\\n]| when| if| after| with))'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:lol|lmao)(?![a-z])/],
    message: 'This says your choice was forced by them. You always have a choice in how you respond, and owning it is what rebuilds trust.',
    reframes: [
      { label: 'Own the choice', text: 'I made that choice, and it was mine' },
      { label: 'Own it, then share', text: "I chose how I reacted, and that's on me. I also felt hurt when …" },
    ],
    examples: {
      flagged: ['You gave me no choice.', 'You brought this on yourself.', 'you left me no option but to tell your mum', 'you got what you deserved', 'What did you expect me to do?', 'what did u expect me to do when u ignore me for days', 'You left me no other option.', 'what did you think would happen', "you're the reason this whole thing blew up", 'yes I left early but what was I supposed to do, stand there while you flirted with everyone', 'what else was i meant to do when you stopped answering', "I just wish you hadn't given me reasons to be suspicious.", 'you leave me no choice', 'you put me in a position where i had to lie', 'you set me up to fail', 'i was only reacting to what you did', "you should've known i'd react like that", 'you asked for it tbh', 'you had it coming', 'ur the reason im like this', 'you got in my face, i had no other choice', 'Ask yourself why I did it.'],
      clean: ['You gave me no choice but to laugh, that was hilarious.', 'I had no choice of seats on the plane, sorry!', 'What did you expect from the trip? Tell me everything.', 'what did you think would happen in the finale?', "You're the reason I smile every day.", 'What was I supposed to do with the leftover rice? Freeze it?', 'what was I supposed to do, stand in the rain? lol', "you asked for it, so here's the recipe", "you're the reason we won the quiz", "you're the reason im smiling today", 'you put me in a great spot for the promotion, thanks', 'you should have known better than to trust the weather app lol', 'you set me up with the nicest guy', 'ask yourself what you want from the job', 'you got what you deserved with that promotion!', 'i think about why i did it all the time and im sorry'],
    },
  },
  {
    id: 'forced-by-them',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['choice', 'option', 'options', 'else', 'deserved', 'deserve', 'get', 'happens', 'like', 'react', 'do'],
    negatable: false,
    patterns: [
      // The question that says there was no other way, tied to what they did: "what choice did i have when you locked me out".
      p('(?<span>what (?:other |else |real )?(?:choice|option|options) (?:did|do) i (?:have|get|even have))(?=,? (?:when |after |if |with |because |since |cos )?(?:you|youre|your)(?![a-z]))'),
      // The writer's act named as the only way to reach them: "how else was i supposed to get your attention".
      p('(?<span>how else (?:was|am|were) i (?:supposed|meant|expected|going) to (?:get (?:your attention|through to you|you to [a-z]+)|make you (?:listen|see|understand|care|notice|stop|hear)|reach you|get a reaction|get a response))'),
      // Their own hurt handed back as earned: "you deserved it after what you said".
      p('(?<span>you (?:deserved|deserve) (?:it|that|this)(?: (?:tbh|honestly|tho|though|frankly))?,? (?:after|for) (?:what you|the way you|how you|everything you|lying|cheating|ignoring|talking|treating|being so))'),
      p('(?<span>you know (?:how i get|what i(?:m| am) like|how i react|what ill do|what i do) (?:when|if) (?:you|youre|your)(?: [a-z0-9]+){1,4}|you know what happens (?:when|if) (?:you|youre) (?:push|keep|start|wind|nag|test|provoke|bring (?:it|that|this) up|ignore|lie|cross|mess with|piss|get in my face|talk to me like|go on|do that|dont (?:listen|stop|answer|leave))(?: [a-z0-9]+){0,4})'),
    ],
    // A laugh does not soften these ("what choice did i have lol"), so only warmth lets them go.
    unless: [FRIENDLY],
    message: 'This says what you did was the only way left, because of them. The choice was still yours, and owning it is what lets them trust you again.',
    reframes: [
      { label: 'Own the choice', text: 'I chose how to react, and that is on me' },
      { label: 'Own it, then share', text: "That was my choice. Separately, I'd like to talk about how I felt when …" },
    ],
    examples: {
      flagged: ['You know how I get when you do that.', 'what choice did i have, you wouldnt answer your phone', 'what other choice did i have when you locked me out lol', 'how else was i supposed to get your attention', 'you deserved it after what you said to me', 'you know what happens when you push me', 'you know how i get when ur like this'],
      clean: ['what choice did i have, it was the only flight', 'how else was i supposed to get to the station, the bus was cancelled', 'you deserved that promotion', 'you know how i get when im hungry lol', 'you know what happens when you add salt to caramel? magic', 'you know how i get when you sing to me haha'],
    },
  },
  {
    id: 'because-you',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['because', 'cause', 'cos', 'coz', 'bc', 'like', 'else', 'reason', 'until', 'till', 'til', 'untill', 'handle', 'stress', 'stressed', 'youd', 'why', 'course', 'had', 'needed', 'forced', 'snapped', 'lost', 'blew', 'exploded', 'yelled', 'shouted', 'screamed', 'went', 'kicked', 'lashed'],
    patterns: [
      p(`i (?:only |just )?(?:${BAD_ACT})(?: [a-z0-9]+){0,5} (?<span>because (?:you|youre|youd|your|of you|of how you|of what you|i felt [a-z]+ by you|you were)(?: [a-z0-9]+){0,6})`),
      p('(?<span>(?:you|youre|you were)(?: (?!so(?![a-z0-9]))[a-z0-9]+){1,10},? so i (?:had to|needed to|was forced to) (?:shout|yell|scream|raise my voice|lie|go behind your back|hide it|snoop))'),
      p('(?<span>(?:you|youre)(?: (?!so(?![a-z0-9]))[a-z0-9]+){1,12},? so(?: yeah| yes| you| of course| obviously| naturally)? i(?: just| finally)? (?:snapped|lost it|lost my temper|blew up|exploded|went off|kicked off|lashed out))(?![a-z])(?! (?:laughing|with laughter|crying|in tears|out|a |off to|to the|for joy|happy))'),
      p('(?:this|it|that|all this|all of this|none of this) (?:only )?happened (?<span>because (?:of )?(?:you|how you|what you|your)(?: [a-z0-9]+){0,6})'),
      p('(?:i|this|it|that|the [a-z]+|my [a-z]+)(?: [a-z0-9]+){1,5} (?<span>because (?:you(?: [a-z0-9]+){0,2} (?:always|never|kept|keep|wouldnt|didnt|dont|wont|started|made|pushed|nag|nagged|ignored|ignore|overreact|freak|freaked|push|provoked|took (?:forever|ages|so long|too long)|(?:sent|gave|told) me the wrong)|(?:your|youre) [a-z]+ (?:was|were) (?:a mess|wrong|broken|outdated|out of date|a disaster)|i knew youd (?:freak|overreact|get mad|be mad|flip|yell|react|lose it|blow up|kick off|go off|explode|be upset|get upset|be angry|get angry|go mental|go crazy|hate me|judge me|lecture me|make a scene|make it a thing|make a big deal))(?: [a-z0-9]+){0,6})'),
      p('^(?:honestly |well |look |ok )?(?<span>because you(?: [a-z0-9]+){0,2} (?:ignored|lied|yelled|started|kept|wouldnt|didnt|never|always|pushed|nagged|provoked|screamed|disappeared|cancelled|canceled|forgot|flirted|embarrassed|ghosted|left|went|decided|chose|wound|set|made)(?: [a-z0-9]+){0,6},? (?:so )?i (?:went|did|said|yelled|left|lied|drank|got|snapped|shouted|looked|checked|texted|cheated|stopped|had to|blocked|ignored|lost|decided|figured))'),
      p('(?<span>because i knew (?:youd|you would) (?:freak|overreact|get mad|be mad|flip|yell|react|lose it|blow up|kick off|go off|explode|be upset|get upset|be angry|get angry|go mental|go crazy|hate me|judge me|lecture me|make a scene|make it a thing|make a big deal)(?: [a-z0-9]+){0,4})'),
      p('you(?: [a-z0-9]+){1,6},? (?<span>(?:thats|that is|which is|and thats) why (?:i (?:yelled|lied|snapped|cheated|left|did it|did that|did what i did|said it|said that|got mad|got angry|lost it|shouted|hid it|looked|checked|strayed|went (?:looking|elsewhere|out))|(?:it|this|that|all this|all of this) happened)(?: [a-z0-9]+){0,4})'),
      // Gap words are never the because nor another i (the match then starts there): recheck reads the
      // looser gap as polynomial.
      p('(?:^|[a-z] )(?:i|im|ive)(?: (?!(?:because|cause|cos|coz|bc|i|im|ive)(?![a-z0-9]))[a-z0-9]+){1,8} (?<span>(?:because|cause|cos|coz|bc) you (?:drive|drove|make|made|push|pushed|wind|wound|stress|stressed|piss|pissed|rile|riled|get|got) me (?:crazy|mad|nuts|insane|up the wall|round the bend|out|off|up|to (?:it|drink|the edge)|over the edge|so (?:angry|mad|stressed|crazy|jealous)))(?![a-z])'),
      p('(?<span>you (?:stress|stressed|wind|wound|rile|riled|piss|pissed|freak|freaked|drive|drove|get|got|make|made) me (?:out|up|off|crazy|mad|nuts|insane|so (?:stressed|anxious|nervous|angry|mad|flustered|worked up))(?: so (?:much|bad|badly)| all the time| every time| constantly)?,? (?:so|that|and|thats why|which is why) i (?:just |always |end up |then )?(?:forget|forgot|snap|snapped|mess up|messed up|screw up|screwed up|yell|yelled|shout|shouted|lose it|lost it|cant (?:think|focus)|couldnt (?:think|focus)|drink|drank|blow up|blew up|flip out|flipped out|freak out|freaked out|lash out|lashed out|explode|exploded|go off|went off|make mistakes|made mistakes|say things|said things))(?![a-z])'),
      p('(?<span>you(?: [a-z0-9]+){1,6} (?:until|till|til|untill) i (?:snap|snapped|explode|exploded|lose it|lost it|lose my temper|lost my temper|blow up|blew up|crack|cracked|react|reacted|lash out|lashed out|go off|went off|kick off|kicked off|flip|flipped|boil over|boiled over))(?![a-z])(?! (?:laughing|with laughter|crying|in tears|for joy))'),
      p('(?<span>you (?:cant|cannot|couldnt|could never|can never|never could) handle (?:the truth|anything|it|hearing (?:it|the truth|anything)|bad news)(?: [a-z0-9]+){0,3},? (?:so|thats why|which is why|and thats why) i (?:dont|didnt|never|lie|lied|hide|hid|keep|kept)(?: [a-z0-9]+){0,4})'),
      // The writer's habit pinned on the reaction they are getting right now: "this is exactly why i dont tell you anything".
      p('(?<span>(?:this|that) is (?:exactly |precisely |literally |just )?(?:why|the reason) i (?:(?:dont|never|cant|stopped|dont even|dont bother|never bother|cant ever|wont) (?:tell(?:ing)? you|talk(?:ing)? to you|trust(?:ing)? you|open(?:ing)? up|shar(?:e|ing)|confid(?:e|ing) in you|say(?:ing)? anything|ask(?:ing)? you|come home|want to (?:talk|come home))|(?:lie|lied|hide|hid|keep|kept) (?:to you|things|stuff|it|everything|secrets|the truth)|(?:snap|yell|shout|drink|snoop|check your [a-z]+|go quiet|shut down|walk away|leave))(?![a-z])(?! (?:spoilers|surprises|presents|gifts)(?![a-z])))'),
      // Only the other person brings it out: "i only get like this with you", "im not like this with anyone else".
      p('(?<span>(?:im|i am|i(?: only| only ever| just)? (?:get|act))(?: only| only ever)? (?:like this|this way|like that|so angry|so jealous|so mad) (?:with|around) you(?: [a-z0-9]+){0,3}|(?:im|i am|i get|i act) not (?:like this|this way|like that) (?:with|around) (?:anyone|anybody|nobody) else)(?![a-z])'),
      // "You made me feel like a roommate. Of course I went looking": their act, then the writer's as its natural result.
      p('you(?: [a-z0-9]+){1,12}[,.]? (?:so |and )?(?<span>of course i (?:went (?:looking|elsewhere|out|off)|looked (?:elsewhere|at your|through your|for someone)|said something|snapped|reacted|cheated|strayed|lied|yelled|lost it|blew up|kicked off|checked your [a-z]+|got (?:mad|angry|jealous|suspicious|defensive)|needed someone|found someone|reached out to)(?: [a-z0-9]+){0,5})'),
      p('(?:^|[.,!?;] )(?:so |and |well )?(?<span>of course i (?:went (?:looking|elsewhere)|looked elsewhere|strayed|cheated|found someone else|needed someone else|reached out to (?:him|her|someone))(?: [a-z0-9]+){0,5})'),
      p('you (?:never|always|kept|keep|wouldnt|didnt|dont|wont|refuse|refused)(?: [a-z0-9]+){1,8},? (?<span>(?:thats|that is|which is|and thats|which was|thats exactly) (?:why|the reason) i (?:stopped|quit|gave up|started|went|yelled|lied|snapped|cheated|left|lost it|shouted|hid|looked|checked|switched off|shut down|do it|did it)(?: [a-z0-9]+){0,4})'),
    ],
    // Warmth, not the words inside a complaint: "feel like a roommate", "i havent been happy".
    unless: [/(?<![a-z])(?:love|(?:i|really|i really|we|you) like|miss|proud|(?<!(?:not|never|been|wasnt|isnt|werent|arent|un) )happy|glad|thank|thanks|admire|asked me to|wanted me to|told me to|beautiful|gorgeous|cute|amazing|special|tickl[a-z]*|laugh[a-z]*)(?![a-z])/],
    message: 'Explaining your action by what they do moves the responsibility onto them. Name your part on its own.',
    reframes: [{ label: 'Own it', text: (m) => `${upTo(m).replace(FINAL_STOP, '')}. That's on me, not you.`, whole: true }],
    examples: {
      flagged: ['this is exactly why i dont tell you anything', 'see this is why i never tell u stuff', 'I was only rude because you were rude to me first.', "I only went quiet because you were being horrible", "i went silent because you kept pushing", 'This only happened because you never listen to me.', 'I cheated because I felt neglected by you.', 'This happened because of how you reacted.', 'i only went out bc u were ignoring me', 'u knew how stressed i was and still brought it up so ya i blew up', 'I only yelled because you kept pushing my buttons.', "I lied because I knew you'd freak out.", "I only lied because I knew you'd blow up.", 'you ignored me for a whole year. of course i went looking for someone who noticed me', 'you never noticed me for months, thats why it happened', 'i did what i did because of what you did years ago', 'i was late because you took forever', 'i missed the deadline because you sent me the wrong file', 'you wouldnt listen so i had to shout', "i had to lie because you'd never let me go", 'I only act this way because you drive me crazy', 'you stress me out so much that i forget things', 'you always twist things until i explode', 'you cant handle the truth so i dont tell you things', 'The build only broke because your config was a mess.', 'i only get like this with you', "i'm not like this with anyone else, only you", 'i havent been happy for a long time and you never noticed, thats why it happened', 'You made me feel like a roommate for a year. Of course I went looking for someone who noticed me.'],
      clean: ['this is exactly why i love you', 'this is why i never buy white sofas', 'thats why i dont tell you spoilers', 'I love you because you never give up.', 'you did the voice again so i lost it laughing', 'you were driving so I yelled out the directions', 'you were asleep so i just went off to the shops', 'you were tired so i snapped a photo of you sleeping', 'you told me the ending so I screamed at the TV 😂', 'you scored so I screamed!!', 'I called because I missed you.', 'I left early because you asked me to pick up the kids.', 'It happened because the printer jammed.', 'you were asleep so i had to check your email for the code', 'you were so sweet about it, of course i said yes', 'you invited me so of course i went to the party', 'i smile because you make me so happy', 'you tickled me until i screamed', 'you get me so hyped that i can run faster', 'i left early because you got me a taxi, thanks', 'i only get this silly with you, love it'],
    },
  },
  {
    id: 'youre-the-one',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['one'],
    patterns: [
      p('(?<span>(?:youre|you are|you were|your) the one (?:who|that) (?:started|invited|brought|wanted|lied|cheated|ignored|chose|picked|pushed|decided|forgot|broke|ruined|messed|yelled|insisted|walked|stopped|left|kept|keeps (?:pushing|starting|bringing|picking|nagging|making me|provoking|ignoring|lying)|pushes|drove|drives|made|makes|provoked|provokes|picks|starts|didnt|did not|never|always|wouldnt|would not)(?: [a-z0-9]+){0,6})'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:love|miss|thank|thanks|proud|glad|laugh|smile|happy|best|asked me to|wanted me to|told me to)(?![a-z])/],
    message: 'This puts the cause of what you did on them. Whatever they did, your part is yours to own.',
    reframes: [
      { label: 'Own it', text: "I chose to do that, and it's on me" },
      { label: 'Own it, then share', text: "That was my choice. Separately, I'd like to talk about how I felt when …" },
    ],
    examples: {
      flagged: ["You're the one who invited him.", 'you were the one who wanted to leave early', "you're the one who keeps pushing me to the bar", 'ur the one who started it'],
      clean: ["You're the one who taught me to cook, thank you.", "You're the one who always makes me laugh, love you.", "you're the one who keeps me sane", "you're the one who makes the best lasagne"],
    },
  },
  {
    id: 'you-should-not-have',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['shouldnt', 'should'],
    patterns: [p('(?:^|well,? |maybe |then |so )(?<span>you (?:shouldnt|should not) have(?: [a-z0-9]+){1,6})(?= ?(?:$|{TAG}|[.,!?;:\\n]| then))')],
    unless: [/(?<![a-z])(?:thank|thanks|gift|sweet|love|present|flowers|spoil|beautiful)(?![a-z])/],
    requires: [/(?<![a-z])(?:then|well|maybe|so|either|first place)(?![a-z])/],
    message: 'Pointing to what they should have done shifts your part onto them. Owning your own choice first keeps the repair honest.',
    reframes: [{ label: 'Own your part', text: 'What I did was my choice, not yours' }],
    examples: {
      flagged: ["Well, you shouldn't have left your phone unlocked then.", 'maybe u shouldnt have gone out without me then'],
      clean: ["Oh you shouldn't have, the flowers are beautiful!", 'You should not have to wait this long, I will call them.'],
    },
  },
  {
    id: 'sorry-but-you',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['but', 'however'],
    patterns: [
      p(`(?:sorry|apologize|apologies|i know i|i admit|i shouldnt have|i should not have|i messed up|i screwed up|my bad)(?: [a-z0-9]+){0,8},? (?:but|however),? (?:[a-z0-9]+,? ){0,10}?(?:and |also |plus )?(?<span>(?:you|youre|your [a-z]+)(?: literally| just| really| basically| honestly| actually)? (?:${OTHER_DID})(?: [a-z0-9]+){0,6})`),
      p(`${ADMIT},? (?:but|however),? (?:[a-z0-9]+,? ){0,10}?(?:and |also |plus )?(?<span>(?:you|youre|youd|youve|your [a-z]+) (?:${OTHER_DID_WEAK})(?: [a-z0-9]+){0,6})`),
      p('(?:sorry|apologize|apologies)(?: [a-z0-9]+){0,8},? (?:but|however),? (?<span>(?:i had|id|ive|i have)(?: already)? (?:asked|told|reminded|warned) you(?: [a-z0-9]+){0,3} (?:times|already|twice|before|again))'),
      p('(?:sorry|apologize|apologies|i know i|i admit)(?: [a-z0-9]+){0,8},? (?:but|however),? (?<span>i knew (?:youd|you would|you were going to) (?:freak|overreact|get mad|be mad|flip|yell|react|lose it|kick off|go mental|go crazy|hate|blow up|go off|explode|be upset|get upset|be angry|get angry|judge|lecture|make a scene|make a big deal)(?: [a-z0-9]+){0,4})'),
      p('(?:sorry|apologize|apologies|i know i|i admit)(?: [a-z0-9]+){0,8},? (?:but|however),? (?:[a-z0-9]+ ){0,8}?(?:and )?(?<span>(?:nobody|no one|noone) (?:told|warned|reminded|asked) me(?: [a-z0-9]+){0,4})'),
    ],
    unless: [FRIENDLY, /(?<![a-z])(?:lol|lmao|love|thank|thanks|proud|right|amazing|best|glad|miss you|beautiful|sweet|either|both|great|good hands|should definitely|enjoy|kind|lovely|cute|brilliant|gorgeous|nice|sweet)(?![a-z])/],
    message: 'After the apology, the "but" turns to what they did. They may hear that it was really their fault. Let the apology stand on its own, and raise their part another time.',
    reframes: [
      { label: 'Keep it to your part', text: (m) => keepToApology(m.message.slice(0, m.spanStart)), whole: true },
      { label: 'Own it, then share', text: "That's on me. Separately, I'd like to talk about how I felt when …" },
    ],
    examples: {
      flagged: ["I'm sorry I lied about the fender bender, but you would've been mad", 'sorry i yelled but i was so tired and u kept pushing', "I'm sorry I forgot your birthday but you know how crazy work has been, and you never remind me of anything", "I'm sorry I raised my voice, but I'd asked you three times already", 'I apologise for the delay on the report, but the brief kept changing and nobody told me', 'sorry i lied but i knew youd freak out if i told u the truth', "I know I shouldn't have said it, but you were being so rude", "sorry i didnt call, but you never pick up anyway", "I'm sorry I cheated, but you'd been so distant and cold that I felt completely alone."],
      clean: ["I'm sorry I was late, but you were right about the traffic.", "Sorry I missed it, but you looked amazing in the photos!", "I'm sorry, but you need to book by Friday to get the discount.", "Sorry to bother you, but your parcel arrived here by mistake.", "I'm sorry I cried, but you were so kind about it", "sorry, but you didn't attach the file", 'sorry but you had the last slice lol', "Sorry I can't make it, but you should definitely go!"],
    },
  },
  {
    id: 'why-didnt-you',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['didnt', 'did', 'couldnt', 'dont'],
    patterns: [
      p('(?<span>why (?:didnt|did not|couldnt|could not|dont) you(?: just)? (?:remind me|warn me|stop me|check(?: with me)?|do it yourself|(?:just )?do it(?: yourself)?)(?: [a-z0-9]+){0,3}){END}'),
      p('(?<span>why (?:didnt|did not) you (?:tell me|say (?:anything|something)|mention it|speak up|ask(?: me)?)(?: [a-z0-9]+){0,3}){END}'),
    ],
    requires: [/(?<![a-z])(?:(?:sorry|apologize|apologies)(?: [a-z0-9]+){0,6},? but|forgot|forget|busy|i didnt|not my fault|my schedule|you know (?:im|i am|i can be|how i)|how was i supposed|how am i supposed|how would i)(?![a-z])/],
    unless: [FRIENDLY, /(?<![a-z])(?:lol|lmao|so sorry to hear|sorry you|love|hugs|poor thing|are you ok|thank|thanks|surprise|birthday present)(?![a-z])|\u2764|\uD83E\uDD70/],
    message: 'Asking why they did not stop or remind you hands them your part. Owning the slip first helps them feel safe again.',
    reframes: [
      { label: 'Own the slip', text: "I should have kept track of it myself" },
      { label: 'Own it, then ask', text: "That's on me. Could we find a way to remind each other next time?" },
    ],
    examples: {
      flagged: ['why didnt u remind me?? i forgot', "I was just too busy today. Why didn't you just do it?", "I'm sorry but why didn't you tell me before now?", "You forgot, I didn't. Why didn't you say anything then?"],
      clean: ["Oh no, I'm so sorry to hear that. Why didn't you tell me before?", "why didn't you tell me it was your birthday! I'd have baked a cake", 'Why did you pick that one?', "I forgot the milk, why didn't you remind me? 😂", "I forgot my umbrella, why didn't you remind me haha, love you"],
    },
  },
  {
    id: 'you-pushed-me-away',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['pushed', 'drove', 'push', 'drive', 'werent', 'wasnt', 'never', 'stopped'],
    patterns: [
      p('(?<span>you (?:pushed|drove|push|drive) me (?:away|into (?:his|her|their|someone elses|another (?:mans|womans|guys|girls|persons)) arms|to (?:him|her|them|someone else|other people)))(?= ?(?:$|{TAG}|[.,!?;:\\n]| so| and| thats| what| first| for| years| months| long))'),
      p('(?<span>(?:you|youre) (?:werent|wasnt|were not|were never|was never|have never been|never|stopped|barely|hardly) (?:giving me|paying me|showing me|paying|there for me|meeting my needs|meeting any of my needs|satisfying me|touching me|making time for me|making me feel (?:wanted|loved|seen|special|desired))(?: any| enough| the| much| real)?(?: (?:attention|affection|time|love))?(?: [a-z0-9]+){0,3},? (?:so|thats why|and thats why|which is why|what did you expect|of course|obviously) (?:i|id|what)(?: [a-z0-9]+){0,4})'),
      p('(?<span>(?:you|youre) (?:werent|wasnt|were not|were never|stopped|never|havent been|hadnt been) (?:meeting my needs|meeting any of my needs|there for me|paying me any attention|giving me any attention|making time for me)(?: [a-z0-9]+){0,3},? and you know it)'),
    ],
    unless: [/(?<![a-z])(?:i pushed you|i drove you|i feel like|i felt like|it feels like|it felt like)(?![a-z])/],
    message: 'Naming their distance as the reason for what you did puts your choice on them. Their part can be talked about, after you own yours.',
    reframes: [
      { label: 'Own the choice', text: 'I made that choice, and it was mine' },
      { label: 'Own it, then share', text: "What I did is on me. Separately, I felt lonely and I'd like to talk about it." },
    ],
    examples: {
      flagged: ["You weren't meeting my needs and you know it.", 'you pushed me away, what did you expect', 'You drove me into his arms.', "you weren't giving me any attention so I went out", 'you were never there for me, so what was I supposed to do', 'you pushed me away for months, so yes I went to him'],
      clean: ["i felt like you weren't meeting my needs, and i should have said so instead", 'I feel like you pushed me away this week, can we talk?', 'You drove me to the station, thank you!', 'I pushed you away and I am sorry.', "you weren't there for the toast so I saved you a slice"],
    },
  },
  {
    id: 'turn-after-owning',
    category: 'blame-shifting',
    severity: 2,
    triggers: ['so', 'and', 'admit', 'started', 'made', 'side', 'end', 'response', 'tone', 'expected', 'supposed', 'meant', 'would', 'id', 'if', 'but', 'though', 'happen', 'on'],
    patterns: [
      // "You kept pushing after I'd answered twice, so I reacted": what they did, then the writer's act as its result.
      p(`(?<span>(?:you|youre)(?: (?!(?:so|and)(?![a-z0-9]))[a-z0-9]+){1,12},? (?:so|and)(?: yeah| yes| you| ok| then| of course| obviously| naturally| honestly)? i(?: just| kind of| kinda| totally| completely| finally| eventually)? (?:${REACTED}))(?![a-z])(?! (?:laughing|with laughter|crying|in tears))`),
      p(`(?<span>(?:youre|you are|you were|you)(?: just| always| being)? so (?!(?:so|and)(?![a-z0-9]))[a-z]+(?: (?!(?:so|and)(?![a-z0-9]))[a-z0-9]+){0,4},? (?:and|so) i(?: just| finally| eventually)? (?:${REACTED}))(?![a-z])(?! (?:laughing|with laughter|crying|in tears))`),
      p('(?<span>(?:you|youve) (?:have to|need to|got to|must|should|gotta) admit (?:that )?(?:you|it was you|your|youre)(?: [a-z0-9]+){1,6})'),
      p('(?<span>you started (?:it|this|all this|the whole thing|this whole thing|the fight|the argument) (?:by|when|with)(?: [a-z0-9]+){1,6})'),
      p('(?:but |though |honestly )(?<span>(?:you|your [a-z]+) (?:made|make) me (?:so |really |feel |kind of |kinda ){0,2}(?:paranoid|suspicious|insecure|jealous|feel stupid|feel small|feel like an idiot|doubt you|do it|do that|act like that)(?: [a-z0-9]+){0,6})'),
      p('(?<span>(?:the|this|it|that)(?: [a-z]+){0,3} (?:really |actually |technically |all )?(?:started|began|came|comes|is|was|lies) (?:on|from) (?:your|youre) (?:side|end))'),
      p('(?<span>(?:was|were|only|it was|that was) (?:(?:written|sent|said|done|just|only) ){0,2}in (?:response|reply|answer|reaction) to (?:yours|your [a-z]+|what you (?:said|did|wrote|sent))(?: [a-z0-9]+){0,6})'),
      p('(?<span>(?:yours|you|your [a-z]+)(?: [a-z]+){0,3},? (?:which|who|that) set the tone(?: [a-z0-9]+){0,4})'),
      p('(?<span>(?:i dont know|dont know|not sure) what (?:you|else you) expected)'),
      p('(?<span>what (?:did|do) you (?:think|expect) (?:was going to|is going to|would|will|to) happen)(?= ?(?:$|{TAG}|[.,!?;:)\\n]|[\\u2600-\\u27bf]|[\\uD83C-\\uD83E]))'),
      p('(?<span>(?:so |but |and |i mean )?what (?:else )?(?:was|am|were) i (?:supposed|meant|expected) to do)(?= ?(?:$|{TAG}|[.,!?;:)\\n]|[\\u2600-\\u27bf]|[\\uD83C-\\uD83E]))'),
      p('^(?:but|though|still|and|then again),? (?<span>(?:you|your [a-z]+) (?:could have|couldve|should have|shouldve|never|always|kept|wouldnt|didnt even)(?: [a-z0-9]+){1,6})'),
      p('(?:maybe )?(?<span>if (?:you|your [a-z]+|youre [a-z]+)(?: [a-z0-9]+){0,2} (?:didnt|did not|werent|wasnt|hadnt|had not|wouldnt|would stop|stopped)(?: [a-z0-9]+){1,8},? (?:then )?(?:id|i would|i might|we would|wed)(?: actually| even| probably| want to| like to| be){0,2} [a-z]+(?: [a-z0-9]+){0,4})'),
      p('(?<span>(?:i|id) (?:wouldnt|would not|would never|never would|never)(?: have| of)? [a-z]+(?: [a-z0-9]+){0,6} if (?:you|youd) (?:hadnt|had not|didnt|did not|werent|wasnt|kept|would stop)(?: [a-z0-9]+){1,6})'),
      p('(?<span>how (?:is|was) (?:this|that|it) on me)(?= ?(?:$|{TAG}|[.,!?;:\\n]| when| if| after))'),
    ],
    requires: [OWNED],
    unless: [FRIENDLY, /(?<![a-z])(?:lol|lmao|thank|thanks|grateful|love to|love you|glad|proud|if you (?:want|need|mind|like|prefer|have time)|(?:are|were) (?:free|busy))(?![a-z])/],
    message: 'Right after owning it, the turn to what they did can undo the apology: they may hear that it was really their fault. Let your part stand alone, and raise theirs another time.',
    reframes: [
      { label: 'Keep it to your part', text: "That's on me, whatever led up to it" },
      { label: 'Own it, then share', text: "That was my choice. Separately, I'd like to talk about how I felt when …" },
    ],
    examples: {
      flagged: [
        'Sorry for snapping in the standup. You kept pushing on the estimate after I had answered twice, so I reacted.',
        "I'm sorry I yelled. But you have to admit you started it by bringing up my job.",
        'im sorry i went through ur phone. but u made me paranoid with how secretive uve been',
        "I'm sorry I missed the deadline. I was waiting on your numbers, so the delay really started on your side.",
        'I apologise for the tone of my last email. It was written in response to yours, which set the tone for the thread.',
        'sorry i was late. u never plan anything ahead so idk what u expected',
        'ok im sorry i lost it. but u kept poking and poking, what did u think was gonna happen 🤷',
        'i shouldnt have blocked u, that was childish. but u kept texting me at 2am so what was i supposed to do',
        'mom im sorry i didnt call. maybe if u didnt make every call about my life choices id want to call more',
        "I hate that I hurt you. I'd never have gone on that app if you hadn't shut me out for months.",
        "Yes I forgot to pick up the kids. I'm sorry. But you could have reminded me.",
        'sorry i blew up. you were being really rude all night and i lost it',
        'sorry bout yesterday, u never let me finish a sentence tho and i lost it',
        "I'm sorry I said it. how is this on me when you were the one who asked",
        "I'm sorry I read your diary, but what was I supposed to do",
        "Sorry I blew up. You're just so lazy about the house and I reached my limit.",
      ],
      clean: [
        "I'm sorry I snapped. You were tired and so was I, and I should have waited.",
        'sorry im late! you told the funniest story and i lost it 😂',
        'sorry, you told the story so well and I just lost it laughing',
        'sorry about the noise, your dog was barking so I yelled at him to stop',
        "I'm sorry I missed it. If you didn't mind, I'd love to come next time.",
        "Sorry I wasn't clear. In response to your question, the meeting is at 3.",
        'You started the whole thing with the cake idea and it was brilliant!',
        "I'm sorry I yelled. You were hurt and I made it worse, and that's on me.",
        "Sorry, I didn't know what you expected from the report, can you send the brief?",
        "I'm sorry I snapped. If you want to talk tonight, I'd like that.",
      ],
    },
  },
];

export const BLAME_REGEXES: readonly RegExp[] = [ENDS_WITH_OBJECT, LOSE_IT, FINAL_STOP, FIRST_BUT, OWNED];
