import { mayMatch, styleOf, textGate, type Prepared } from './engine';
import { adapt } from './style';
import type { ApologyAnatomy } from './types';

const REMORSE = /(?<![a-z])(?:sorry|apologize|apologies|apologizing|apologized|i regret|forgive me)(?![a-z])/g;
/** Sympathy or small courtesy, not an apology for a hurt: "sorry for your loss", "sorry you're sick", "sorry, but can you …". */
const NOT_AN_APOLOGY =
  /^(?:,? but (?:can|could|would|will|do) you |(?: (?:so|very|really|truly))? (?:to hear|for your loss|about your|you had to|(?:that )?(?:youre|you are|you were) (?:feeling )?(?:sick|ill|unwell|going through|dealing)|that happened to you|to bother|to interrupt|if im bothering|wrong chat|i cant make it|i didnt catch))/;
/**
 * A sorry that points at their feelings or makes the hurt conditional: "sorry you feel that way",
 * "sorry if you were offended", "sorry if that upset you". No apology, so no checklist: the
 * non-apology finding offers the rewrite.
 */
const DEFLECTS =
  /^(?: (?:so|very|really|truly))?(?: (?:that|if))? (?:(?:you|youre|anyone|anybody|someone|people)(?: (?:feel|felt|feeling|are|were|was|got|get|took|take|see|saw|think|thought|seem|seemed|read|heard)){0,2}(?: (?:it|that|this|things|so))? (?:that way|this way|like that|upset|offended|hurt|mad|angry|annoyed|bothered|sad|wrong|badly|the wrong way|personally|that)|(?<=if )(?:that|it|this|i|what i said|anything i said|my words|my (?:comment|message|text|joke)) (?:hurt|upset|offended|bothered|annoyed)(?: (?:you|anyone|anybody|people))?)(?![a-z])(?! (?:by|because of|from) (?:me|my|what i|how i|the way i|something i)(?![a-z]))/;
const MINOR = /^(?: (?:so|very|really))?(?: for the| for being| for my| about the| im| i am| i was)? (?:late|delay|delayed|wait|slow|late reply|confusion|typo|mess)/;
const ACT_WORDS = new Set(['what', 'lying', 'lied', 'broke', 'forgot', 'hurt', 'said', 'did', 'made', 'was', 'didnt', 'wasnt', 'yelled', 'snapped', 'went', 'took', 'let', 'kept', 'hid', 'ignored', 'cheated', 'read', 'missed', 'left', 'told', 'lost', 'called', 'shouted', 'my', 'not', 'how', 'the', 'being', 'im']);
const CONNECTORS = new Set(['for', 'about', 'that', 'i', 'if']);

/** The first `max` words of `text`, split on spaces and commas: a scratch array, valid until the next call. */
function leadingWords(text: string, max: number): string[] {
  const out = LEADING;
  out.length = 0;
  for (let i = 0; i < text.length && out.length < max; ) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 44) j++;
    if (j > i) out.push(text.slice(i, j));
    i = j + 1;
  }
  return out;
}
const LEADING: string[] = [];

/** Whether the words after "sorry" name what the writer did: "for lying", "that I yelled". */
function namesAct(after: string): boolean {
  const words = leadingWords(after, 6);
  let at = 0;
  while (at < words.length && (words[at] === 'so' || words[at] === 'really' || words[at] === 'very' || words[at] === 'truly')) at++;
  const first = words[at] ?? '';
  // "regret lying", "apologize, lying …": a gerund right after names the act.
  if (first.length > 4 && first.endsWith('ing')) return true;
  if (!CONNECTORS.has(first)) return false;
  for (let k = at; k < Math.min(words.length, at + 4); k++) {
    const w = words[k]!;
    if (k > at && (ACT_WORDS.has(w) || (w.length > 4 && (w.endsWith('ing') || w.endsWith('ed'))))) return true;
    if (k === at && w === 'i' && words[k + 1] !== undefined && words[k + 1] !== 'guess') return true;
  }
  return false;
}

const ACT_ANYWHERE =
  /(?<![a-z])(?:i (?:was wrong to|shouldnt have|should have|lied|cheated|yelled|snapped|broke|hid|forgot|ignored|betrayed|read|went through|said|didnt (?:call|show|listen|tell))|for (?:lying|yelling|cheating|snapping|forgetting|ignoring|what i (?:did|said)))(?![a-z])/;
const IMPACT =
  /(?<![a-z])(?:(?:i know|i see|i understand|i realize|i can see)(?: (?:that|it|i|how|much|what|this|you|really|was|were|did|so|must|have|has|had|been|my|words|actions|lie|lying|choice)){0,3} (?:hurt|upset|scared|embarrassed|humiliated|let you down|betrayed)|hurt you|hurting you|(?:broke|broken|damaged|betrayed) your trust|(?:made|make) you feel|(?:that|it) must have (?:felt|been|hurt)|you deserved (?:better|the truth|more)|you didnt deserve|(?:wasnt|was not|isnt) fair to you|let you down|how much (?:it|that|this|i) hurt|(?:it|that) hurt you|the hurt i caused|caused you)(?![a-z])/;

// Most drafts hold none of the words these two need: a test of the walked words skips them.
const IMPACT_GATE = textGate(IMPACT);
const ACT_GATE = textGate(ACT_ANYWHERE);

/** Gate bit for the words that can start an apology. */
export const APOLOGY_GATE = { bit: 1 << 10, words: ['sorry', 'apologize', 'apologies', 'apologizing', 'apologized', 'regret', 'forgive'] };

export function apologyAnatomy(prep: Prepared): ApologyAnatomy | undefined {
  if ((prep.gates & APOLOGY_GATE.bit) === 0) return undefined;
  const text = prep.shadow.text;
  let remorse = false;
  let minor = false;
  let action = false;
  let firstRemorse = -1;
  let named: boolean | undefined;
  // Whether the text names the hurt: tested at most once, and only when the walked words allow.
  const namesHurt = (): boolean => (named ??= mayMatch(prep, IMPACT_GATE) && IMPACT.test(text));
  REMORSE.lastIndex = 0;
  for (let m = REMORSE.exec(text); m; m = REMORSE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (NOT_AN_APOLOGY.test(after) || DEFLECTS.test(after)) continue;
    remorse = true;
    if (firstRemorse < 0) firstRemorse = m.index + m[0].length;
    // "sorry I'm late", "sorry for the delay": the words name the act, and there is no hurt to name.
    if (MINOR.test(after)) minor = action = true;
    if (namesAct(after)) action = true;
    // Nothing a later sorry finds can change the answer now (a long paste holds hundreds).
    if (action && (minor || namesHurt())) break;
  }
  if (!remorse) return undefined;
  if (!action && mayMatch(prep, ACT_GATE) && ACT_ANYWHERE.test(text)) action = true;
  // A quick "sorry I'm late" names its act and has no hurt to name.
  const impact = namesHurt() || (minor && action);
  const anatomy: ApologyAnatomy = { remorse, action, impact };
  if (!action || !impact) {
    const base = withoutBut(prep, firstRemorse).trim();
    const bare = !action && BARE_SORRY.test(base);
    const closed = bare ? '' : /[.!?\u2026]$/u.test(base) ? `${base} ` : `${base}. `;
    const parts: string[] = [];
    if (!action) parts.push("I'm sorry for …");
    if (!impact) parts.push('I know it hurt you.');
    anatomy.suggestion = `${closed}${parts.map((s) => adapt(s, styleOf(prep), true)).join(' ')}`;
  }
  return anatomy;
}

/** A "but" that turns the apology into a reason, in the same sentence: ", but I was tired". */
const BUT_AFTER = /^[^.!?\n]*?[.!?]*,? (?:but|however|though)(?![a-z])/;
/** Nothing but the sorry itself: the suggestion then says what for, instead of a second sorry. */
const BARE_SORRY = /^(?:(?:i['\u2019]?m|i am) )?(?:so |really |very |truly )?sorry[.!]*$/i;

/**
 * The draft the suggestion builds on: "I'm sorry I yelled, but you started it" becomes "I'm sorry I
 * yelled", so the completed apology does not keep the excuse. Only a short draft is cut.
 */
function withoutBut(prep: Prepared, remorseEnd: number): string {
  const text = prep.shadow.text;
  if (remorseEnd < 0 || text.length > 600) return prep.original;
  const m = BUT_AFTER.exec(text.slice(remorseEnd));
  if (!m) return prep.original;
  // Back to the start of ", but" / " but" in the shadow, then to the original.
  let cut = remorseEnd + m[0].length;
  while (cut > remorseEnd && text.charCodeAt(cut - 1) !== 32) cut--;
  cut--;
  if (text.charCodeAt(cut - 1) === 44) cut--;
  const end = prep.shadow.starts[cut] ?? prep.original.length;
  const kept = prep.original.slice(0, end).trimEnd();
  return kept.length > 0 ? kept : prep.original;
}

export const APOLOGY_REGEXES: readonly RegExp[] = [BUT_AFTER, BARE_SORRY, REMORSE, NOT_AN_APOLOGY, DEFLECTS, MINOR, ACT_ANYWHERE, IMPACT, /[.!?\u2026]$/u];
