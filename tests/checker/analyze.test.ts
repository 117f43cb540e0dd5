import { describe, expect, it } from 'vitest';
import { analyze, allRegexes } from '../../lib/checker/index';
import type { CategoryId, Finding, Reframe } from '../../lib/checker/types';

const cats = (text: string): CategoryId[] => analyze(text).categories;
const apply = (text: string, f: Finding, r: Reframe): string => (r.whole ? r.text : text.slice(0, f.start) + r.text + text.slice(f.end));
const applied = (text: string): string[] => analyze(text).findings.flatMap((f) => f.reframes.map((r) => apply(text, f, r)));
const spans = (text: string): string[] => analyze(text).findings.map((f) => text.slice(f.start, f.end));

describe('categories: flagged', () => {
  const table: [string, CategoryId][] = [
    ["I wouldn't have done that if you hadn't lied to me first.", 'blame-shifting'],
    ['You made me do it.', 'blame-shifting'],
    ['Look what you made me do.', 'blame-shifting'],
    ["It's your fault I yelled.", 'blame-shifting'],
    ['you pushed me to it', 'blame-shifting'],
    ["I'm sorry you feel that way.", 'non-apology'],
    ['sorry if that hurt you', 'non-apology'],
    ['I apologize if anyone was offended.', 'non-apology'],
    ['Mistakes were made.', 'non-apology'],
    ["I'm sorry you think that.", 'non-apology'],
    ['Sorry, but I was exhausted.', 'excuse'],
    ['sorry i was just stressed', 'excuse'],
    ['I did it because I was tired.', 'excuse'],
    ["I didn't do anything wrong.", 'defensiveness'],
    ['What about when you lied to me?', 'defensiveness'],
    ['Why are you attacking me?', 'defensiveness'],
    ["That's not what happened.", 'defensiveness'],
    ["You're overreacting.", 'minimizing'],
    ['calm down', 'minimizing'],
    ['It was just a joke.', 'minimizing'],
    ["You're too sensitive.", 'minimizing'],
    ['We were both yelling.', 'shared-blame'],
    ['It takes two.', 'shared-blame'],
    ["You're not innocent either.", 'shared-blame'],
    ['You always ignore me.', 'criticism'],
    ['you never help', 'criticism'],
    ["You're so selfish.", 'criticism'],
    ["What's wrong with you?", 'criticism'],
    ['Oh poor you.', 'contempt'],
    ['Genius move.', 'contempt'],
    ['pathetic', 'contempt'],
    ['what an idiot', 'contempt'],
    ['ok 🙄', 'contempt'],
    ['Whatever.', 'stonewalling'],
    ["I'm done talking about this.", 'stonewalling'],
    ['Leave me alone.', 'stonewalling'],
    ['Conversation over.', 'stonewalling'],
    ['k.', 'stonewalling'],
    ['I already said sorry, what more do you want?', 'rushing'],
    ['Get over it.', 'rushing'],
    ['Can we just move on?', 'rushing'],
    ['Why are you still upset?', 'rushing'],
    ['It was months ago.', 'rushing'],
  ];
  it.each(table)('flags %j as %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
});

describe('categories: clean (context, not keywords)', () => {
  const table: string[] = [
    "I'm sorry you're feeling sick",
    'you always make the best coffee',
    "it's not a big deal, take your time",
    'we were both at the party',
    "sorry I'm late, the train was delayed",
    "she said 'whatever' and left",
    'she said “whatever” and left',
    'he told me to calm down',
    "I'm not saying you overreacted",
    'Are you still upset? I want to understand.',
    "I need 20 minutes, then I'll come back and we'll talk",
    'sorry for the late reply',
    'whatever you prefer works for me',
    'you never have to apologise for asking',
    'calm down the dog',
    'it was just a joke we made up for the party, you had to be there',
    'we were both tired after the hike',
    'let it go in the oven for 20 min',
    "I'm done with the report",
    'My sister is so dramatic lol',
    'Do you want to talk about it?',
  ];
  it.each(table)('leaves %j clean', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});

describe('offsets land on the flagged words', () => {
  const table: [string, string][] = [
    ["I'm sorry you feel that way.", "I'm sorry you feel that way"],
    ['  You made me do it  ', 'You made me'],
    ['honestly, you’re overreacting!!', 'you’re overreacting'],
    ['ok so ur overreacting lol', 'ur overreacting'],
    ['Whatever.', 'Whatever'],
    ['😤 you never listen to me 😤', 'you never listen to me'],
    ['we were both being dramatic tbh', 'we were both being dramatic'],
    ['soooo sorry u feel that way', 'soooo sorry u feel that way'],
    ['whateverrr', 'whateverrr'],
  ];
  it.each(table)('in %j the span is %j', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  it('never starts or ends a span on a space', () => {
    for (const text of ['   get over it   ', 'fine.   whatever   ', ' you always do this ']) {
      for (const f of analyze(text).findings) {
        expect(text[f.start]).not.toMatch(/\s/);
        expect(text[f.end - 1]).not.toMatch(/\s/);
      }
    }
  });
});

describe('required reframes', () => {
  it('drops the excuse from "sorry, but"', () => {
    expect(applied("I'm sorry, but I was stressed")).toContain("I'm sorry.");
    expect(applied("I'm sorry, but I was stressed.")).toContain("I'm sorry.");
  });
  it.each([
    ["I'm sorry. I was just in a bad mood.", "I'm sorry."],
    ["I'm sorry I yelled. You have to understand I'd had zero sleep.", "I'm sorry I yelled."],
  ])('leaves one full stop when the excuse after a sentence is dropped: %j', (text, reframe) => {
    expect(applied(text)).toContain(reframe);
    expect(applied(text).some((r) => /[.!?]\s*[.!?]/.test(r))).toBe(false);
  });
  it('keeps the context but owns it', () => {
    expect(applied("I'm sorry, but I was stressed")).toContain("I'm sorry. I was stressed, but that's no excuse.");
  });
  it.each([
    ["I'm sorry I yelled, but you always overreact.", "I'm sorry I yelled. That's on me, not on you."],
    ["I know I shouldn't have yelled, but you were screaming at me", "I know I shouldn't have yelled. That's on me, not on you."],
    ['sorry but ur the one who started it', 'sorry. thats on me, not on you.'],
  ])('does not keep a "but" clause that blames them: %j', (text, reframe) => {
    expect(applied(text)).toContain(reframe);
    expect(applied(text).some((r) => r.includes('no excuse'))).toBe(false);
  });
  it('turns "sorry you feel that way" into an apology for the act', () => {
    expect(applied("I'm sorry you feel that way")).toContain("I'm sorry for what I did. I understand why you're hurt.");
  });
  it('turns "you always ignore me" into an I-statement', () => {
    expect(applied('You always ignore me')).toContain('I felt ignored when …');
  });
  it('turns "you made me" into "I chose to"', () => {
    expect(applied('You made me do this.')).toContain('I chose to do this.');
  });
  it('keeps the writer’s lower case and missing apostrophes', () => {
    expect(applied('sorry but i was drunk')).toContain('sorry.');
    const chat = applied('im sorry u feel that way');
    expect(chat).toContain('im sorry for what i did. i understand why youre hurt.');
  });
  it('keeps curly apostrophes', () => {
    expect(applied('I’m sorry you feel that way.')).toContain('I’m sorry for what I did. I understand why you’re hurt.');
  });
  it('capitalises a reframe at the start of a sentence only', () => {
    expect(applied('Fine. You made me do it.')).toContain('Fine. I chose to do it.');
    expect(applied('Honestly you made me do it.')).toContain('Honestly I chose to do it.');
  });
});

describe('sensitivity', () => {
  const text = "You're overreacting. You always do this. k.";
  const table: ['gentle' | 'balanced' | 'strict', (s: number) => boolean][] = [
    ['gentle', (s) => s === 3],
    ['balanced', (s) => s >= 2],
    ['strict', (s) => s >= 1],
  ];
  it.each(table)('%s keeps only the severities it allows', (sensitivity, allowed) => {
    const a = analyze(text, { sensitivity });
    expect(a.findings.length).toBeGreaterThan(0);
    for (const f of a.findings) expect(allowed(f.severity)).toBe(true);
    expect(a.categories).toEqual([...new Set(a.findings.map((f) => f.category))].sort());
  });
  it('drops lower severities as it gets gentler', () => {
    const n = (s: 'gentle' | 'balanced' | 'strict') => analyze(text, { sensitivity: s }).findings.length;
    expect(n('gentle')).toBeLessThan(n('balanced'));
    expect(n('balanced')).toBeLessThanOrEqual(n('strict'));
  });
  it('defaults to balanced', () => {
    expect(analyze(text)).toEqual(analyze(text, { sensitivity: 'balanced' }));
  });
});

describe('analysis shape', () => {
  it('sorts findings by start and categories alphabetically, unique', () => {
    const a = analyze("Whatever. You're overreacting and you always do this. Get over it. Whatever.");
    const starts = a.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(a.categories).toEqual([...new Set(a.categories)].sort());
    expect(a.categories).toEqual([...new Set(a.findings.map((f) => f.category))].sort());
  });
  it('is pure: same input, same output', () => {
    const t = 'You made me do it. whatever';
    expect(analyze(t)).toEqual(analyze(t));
  });
  it('handles empty and whitespace text', () => {
    expect(analyze('')).toEqual({ categories: [], findings: [], strengths: [] });
    expect(analyze(' \n\t ').findings).toEqual([]);
  });
  it('lists its regular expressions', () => {
    const rs = allRegexes();
    expect(rs.length).toBeGreaterThan(50);
    for (const r of rs) expect(r).toBeInstanceOf(RegExp);
  });
});

describe('Unicode and chat text', () => {
  const table: [string, string, string][] = [
    ['curly apostrophe', 'You’re overreacting', 'You’re overreacting'],
    ['emoji before', '🙂 you’re overreacting', 'you’re overreacting'],
    ['emoji after', 'you’re overreacting 😒', 'you’re overreacting'],
    ['zero-width joiner family emoji', '👨‍👩‍👧 you made me do it', 'you made me'],
    ['zero-width space inside a word', 'you\u200B made me do it', 'you\u200B made me'],
    ['BOM at the start', '\uFEFFWhatever.', 'Whatever'],
    ['CRLF', 'ok\r\nyou never listen\r\n', 'you never listen'],
    ['RTL text around', 'שלום. You made me do it. مرحبا', 'You made me'],
    ['RTL mark', '\u200FYou made me do it', 'You made me'],
    ['no apostrophes', 'youre overreacting', 'youre overreacting'],
    ['shorthand', 'sry u feel that way', 'sry u feel that way'],
    ['stretched letters', 'calm dowwwn', 'calm dowwwn'],
  ];
  it.each(table)('%s: %j flags %j', (_name, text, span) => {
    expect(spans(text)).toContain(span);
  });
});

describe('strengths', () => {
  const table: [string, string, string][] = [
    ['ownership', 'I was wrong, and I know it.', 'I was wrong'],
    ['ownership', "That's on me.", "That's on me"],
    ['ownership', 'I take responsibility for it.', 'I take responsibility'],
    ['validation', "It makes sense you're angry.", "It makes sense you're"],
    ['validation', 'You have every right to be upset.', 'You have every right'],
    ['asking-needs', 'What do you need from me?', 'What do you need from me'],
    ['i-statement', 'I feel lonely when we skip dinner.', 'I feel lonely when'],
    ['reassurance-request', 'I could use some reassurance.', 'I could use some reassurance'],
  ];
  it.each(table)('finds %s in %j', (id, text, span) => {
    const s = analyze(text).strengths.filter((x) => x.id === id);
    expect(s.map((x) => text.slice(x.start, x.end))).toContain(span);
    for (const x of s) expect(x.label.length).toBeGreaterThan(0);
  });
  it('finds none in a plain message', () => {
    expect(analyze('See you at 6.').strengths).toEqual([]);
  });
});

describe('apology anatomy', () => {
  const table: [string, { remorse: boolean; action: boolean; impact: boolean }][] = [
    ['I’m sorry.', { remorse: true, action: false, impact: false }],
    ['I’m sorry for lying.', { remorse: true, action: true, impact: false }],
    ['I’m sorry that I yelled. I know it hurt you.', { remorse: true, action: true, impact: true }],
    ['I apologise. It hurt you.', { remorse: true, action: false, impact: true }],
    ['I regret lying to you, it broke your trust', { remorse: true, action: true, impact: true }],
    // A small slip names itself and has no hurt to name: nothing to add.
    ["sorry I'm late, the train was delayed", { remorse: true, action: true, impact: true }],
    ['sorry for the late reply', { remorse: true, action: true, impact: true }],
  ];
  it.each(table)('reads %j', (text, parts) => {
    const a = analyze(text).apology!;
    expect({ remorse: a.remorse, action: a.action, impact: a.impact }).toEqual(parts);
  });
  it('suggests a rewrite that adds what is missing, with slots', () => {
    const a = analyze('I’m sorry for lying.').apology!;
    expect(a.suggestion).toBe('I’m sorry for lying. I know it hurt you.');
    // A bare sorry gets its missing "for what" in place, not a second sorry.
    expect(analyze('I’m sorry.').apology!.suggestion).toBe('I’m sorry for … I know it hurt you.');
  });
  it.each([
    ["I'm sorry I yelled, but you always overreact.", "I'm sorry I yelled. I know it hurt you."],
    ['im sorry i lied but i was scared', 'im sorry i lied. i know it hurt you.'],
    ["I'm sorry. But honestly you were rude too.", "I'm sorry for … I know it hurt you."],
    ['sorry but ur the one who started it', 'im sorry for … i know it hurt you.'],
  ])('does not keep the "but" clause in the suggestion for %j', (text, suggestion) => {
    expect(analyze(text).apology!.suggestion).toBe(suggestion);
  });
  it('has no suggestion when the apology is complete', () => {
    expect(analyze('I’m sorry that I yelled. I know it hurt you.').apology!.suggestion).toBeUndefined();
    expect(analyze('sorry im late').apology!.suggestion).toBeUndefined();
  });
  it('is absent when nothing is apologised for', () => {
    expect(analyze('See you tonight!').apology).toBeUndefined();
    expect(analyze("I'm so sorry for your loss.").apology).toBeUndefined();
    expect(analyze("I'm sorry you're feeling sick").apology).toBeUndefined();
    // A courtesy before a request is no apology: no checklist asks what it was for.
    expect(analyze('sorry, but can you send me the file?').apology).toBeUndefined();
    expect(analyze('Sorry to interrupt, do you have a minute?').apology).toBeUndefined();
  });
  it.each(["I'm sorry you feel that way", 'im sorry if u were offended', 'Sorry you took it that way.', 'sorry if that hurt you', 'I apologise if my joke offended anyone'])(
    'gives no checklist for a sorry that points at their feelings: %j',
    (text) => {
      const a = analyze(text);
      // The non-apology finding offers the rewrite; a checklist would keep the deflection.
      expect(a.categories).toContain('non-apology');
      expect(a.apology).toBeUndefined();
    },
  );
  it('still reads a real apology after a deflecting one', () => {
    expect(analyze("I'm sorry you feel that way. I'm sorry I lied.").apology).toMatchObject({ remorse: true, action: true });
  });
  it('reads a sorry for a hurt the writer caused as remorse', () => {
    expect(analyze('im sorry you got hurt because of me, i was careless').apology).toMatchObject({ remorse: true });
  });
});
