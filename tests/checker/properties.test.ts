import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/checker/index.ts';
import type { Analysis, Finding, Sensitivity } from '../../lib/checker/types.ts';

const RUNS = { numRuns: 150 } as const;

// Words the rules look at, so random text reaches the patterns rather than only clean paths.
const VOCAB = [
  'you', "you're", 'you’re', 'I', "I'm", 'I’m', 'sorry', 'but', 'if', 'feel', 'that', 'way', 'always',
  'never', 'we', 'were', 'both', 'yelling', 'overreacting', 'calm', 'down', 'just', 'a', 'joke',
  'whatever', 'done', 'talking', 'about', 'this', 'get', 'over', 'it', 'made', 'me', 'what', 'more',
  'do', 'want', 'already', 'said', 'so', 'selfish', 'oh', 'poor', 'mistakes', 'was', 'stressed',
  'takes', 'two', "didn't", 'anything', 'wrong', 'when', 'the', 'train', 'late', 'big', 'deal', 'not',
  'hadn’t', 'wouldn’t', 'have', 'genius', 'move', 'hurt', 'I’ll', 'come', 'back', 'talk',
];
const ODD = [
  '\r\n', '\n', '\r', '\t', ' ', '  ', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\ufeff',
  '\u202e', '\u202c', '\u2066', '\u2069', 'שלום', 'مرحبا', '😀', '👩‍❤️‍👨', '🇺🇸', '\u{1F3FD}', 'e\u0301',
  '\ud800', '\udc00', '\udbff', '\udfff', '\u0000', '…', '—', '!', '?', '.', ',', "'", '"', '’', '“', '”',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
);
const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...VOCAB) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: anyUnit },
  { weight: 1, arbitrary: fc.constantFrom(...VOCAB).map((w) => w.toUpperCase()) },
);
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '\r\n', '', '\u200b', ' 😀 ');
/** Message-like text: vocabulary, odd Unicode and arbitrary code points (including lone surrogates). */
const messageText = fc
  .array(fc.tuple(token, separator), { maxLength: 40 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));
/** Plain arbitrary strings over the whole code-point range, lone surrogates included. */
const anyText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate), maxLength: 200 });
const someText = fc.oneof(messageText, anyText);
const sensitivity = fc.constantFrom<Sensitivity>('gentle', 'balanced', 'strict');

const key = (f: Finding) => `${f.ruleId}@${f.start}-${f.end}`;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

describe('analyze on arbitrary text', () => {
  it('never throws and returns the documented shape', () => {
    fc.assert(
      fc.property(someText, sensitivity, (text, s) => {
        const a = analyze(text, { sensitivity: s });
        expect(Array.isArray(a.findings)).toBe(true);
        expect(Array.isArray(a.categories)).toBe(true);
        expect(Array.isArray(a.strengths)).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps every offset inside the text, with start < end, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(someText, sensitivity, (text, s) => {
        const a = analyze(text, { sensitivity: s });
        for (const f of [...a.findings, ...a.strengths]) {
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          for (const at of [f.start, f.end]) {
            const splits = at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
            expect(splits, `offset ${at} splits a surrogate pair`).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it('sorts findings by start', () => {
    fc.assert(
      fc.property(someText, sensitivity, (text, s) => {
        const starts = analyze(text, { sensitivity: s }).findings.map((f) => f.start);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
      }),
      RUNS,
    );
  });

  it('gives the same answer for the same input, whatever ran before', () => {
    fc.assert(
      fc.property(someText, someText, sensitivity, (text, other, s) => {
        const first = analyze(text, { sensitivity: s });
        analyze(other, { sensitivity: 'strict' });
        const second = analyze(text, { sensitivity: s });
        expect(second).toEqual(first);
        // A caller that edits a result (sorts reframes, say) must not change later results:
        // results share no mutable object with each other or with the rule data.
        const safe = (x: object, y: object) => x !== y || Object.isFrozen(x);
        expect(safe(first.findings, second.findings)).toBe(true);
        first.findings.forEach((f, i) => {
          const g = second.findings[i] as Finding;
          expect(safe(f, g), `${f.ruleId} finding is shared`).toBe(true);
          expect(safe(f.reframes, g.reframes), `${f.ruleId} reframes are shared`).toBe(true);
          f.reframes.forEach((r, j) => expect(safe(r, g.reframes[j] as object), `${f.ruleId} reframe is shared`).toBe(true));
        });
      }),
      RUNS,
    );
  });

  it('lists categories as the sorted, unique union of the findings’ categories', () => {
    fc.assert(
      fc.property(someText, sensitivity, (text, s) => {
        const a: Analysis = analyze(text, { sensitivity: s });
        const expected = [...new Set(a.findings.map((f) => f.category))].sort();
        expect(a.categories).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('finds everything a gentler setting finds when stricter', () => {
    fc.assert(
      fc.property(messageText, (text) => {
        const gentle = analyze(text, { sensitivity: 'gentle' }).findings.map(key);
        const balanced = analyze(text, { sensitivity: 'balanced' }).findings.map(key);
        const strict = analyze(text, { sensitivity: 'strict' }).findings.map(key);
        expect(balanced).toEqual(expect.arrayContaining(gentle));
        expect(strict).toEqual(expect.arrayContaining(balanced));
      }),
      RUNS,
    );
  });

  it('defaults to balanced', () => {
    fc.assert(
      fc.property(messageText, (text) => {
        expect(analyze(text)).toEqual(analyze(text, { sensitivity: 'balanced' }));
      }),
      { numRuns: 50 },
    );
  });

  it('gives every finding a message and at least one usable reframe', () => {
    fc.assert(
      fc.property(messageText, (text) => {
        for (const f of analyze(text, { sensitivity: 'strict' }).findings) {
          expect(f.message.trim(), f.ruleId).not.toBe('');
          expect(f.reframes.length, f.ruleId).toBeGreaterThanOrEqual(1);
          for (const r of f.reframes) {
            expect(r.label.trim(), f.ruleId).not.toBe('');
            expect(typeof r.text, f.ruleId).toBe('string');
          }
          expect([1, 2, 3]).toContain(f.severity);
        }
      }),
      RUNS,
    );
  });

  it('puts flagged spans on words, never starting or ending with whitespace', () => {
    fc.assert(
      fc.property(messageText, (text) => {
        for (const f of analyze(text, { sensitivity: 'strict' }).findings) {
          const span = text.slice(f.start, f.end);
          expect(span, `${f.ruleId} span ${JSON.stringify(span)}`).toBe(span.trim());
          expect(/[\p{L}\p{N}]/u.test(span), `${f.ruleId} span ${JSON.stringify(span)} has no letter`).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('a known flagged phrase inside clean text', () => {
  const PHRASES = [
    { phrase: "you're overreacting", category: 'minimizing' },
    { phrase: "I'm sorry you feel that way", category: 'non-apology' },
    { phrase: 'we were both yelling', category: 'shared-blame' },
  ] as const;
  // Neutral whole sentences, so the surroundings cannot change what the phrase means.
  const CLEAN = [
    'Got your message about dinner.',
    'The train was delayed again.',
    'See you at six.',
    'I picked up the groceries.',
    'The kids are asleep.',
    'Mum says hi.',
    'Traffic is awful today 🚗',
    'Thanks for the photos!',
    'It rained all afternoon.',
    'The meeting moved to Tuesday.',
  ];
  const around = fc.array(fc.constantFrom(...CLEAN), { maxLength: 4 }).map((s) => s.join(' '));
  const gap = fc.constantFrom(' ', '\n', '\r\n', '  ', '\n\n');

  it.each(PHRASES)('still flags "$phrase" with a span that is exactly the phrase', ({ phrase, category }) => {
    fc.assert(
      fc.property(around, gap, gap, around, fc.constantFrom('', '.', '!', '?', '...'), (before, g1, g2, after, end) => {
        const head = before === '' ? '' : before + g1;
        const text = `${head}${phrase}${end}${after === '' ? '' : g2 + after}`;
        const at = head.length;
        const hits = analyze(text, { sensitivity: 'strict' }).findings.filter(
          (f) => text.slice(f.start, f.end) === phrase,
        );
        expect(hits.length, JSON.stringify(text)).toBeGreaterThanOrEqual(1);
        expect(hits.some((f) => f.start === at && f.category === category), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
