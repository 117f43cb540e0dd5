import { describe, expect, it } from 'vitest';
import { diffEdit, remapSpans } from '../../lib/content/remap';

describe('diffEdit', () => {
  it.each([
    ['abc', 'abc', null],
    ['abc', 'abXc', { at: 2, removed: 0, inserted: 1 }],
    ['abc', 'ac', { at: 1, removed: 1, inserted: 0 }],
    ['hello world', 'hello there world', { at: 6, removed: 0, inserted: 6 }],
    ['aaa', 'aaaa', { at: 3, removed: 0, inserted: 1 }],
    ['', 'x', { at: 0, removed: 0, inserted: 1 }],
    ['x', '', { at: 0, removed: 1, inserted: 0 }],
  ])('finds the one changed region between %j and %j', (a, b, want) => {
    expect(diffEdit(a, b)).toEqual(want);
  });
});

describe('remapSpans', () => {
  const spans = [
    { start: 0, end: 5, id: 'before' },
    { start: 10, end: 15, id: 'touched' },
    { start: 20, end: 25, id: 'after' },
  ];

  it('keeps spans before the edit, shifts spans after it and drops the span it touched', () => {
    const out = remapSpans(spans, { at: 12, removed: 1, inserted: 3 });
    expect(out).toEqual([
      { start: 0, end: 5, id: 'before' },
      { start: 22, end: 27, id: 'after' },
    ]);
  });

  it('drops a span when text is typed right at its start (the words changed)', () => {
    expect(remapSpans(spans, { at: 20, removed: 0, inserted: 1 }).map((s) => s.id)).toEqual(['before', 'touched']);
  });

  it('keeps a span when text is typed right after its end', () => {
    expect(remapSpans(spans, { at: 5, removed: 0, inserted: 2 }).map((s) => [s.id, s.start])).toEqual([
      ['before', 0],
      ['touched', 12],
      ['after', 22],
    ]);
  });
});
