import { describe, expect, it } from 'vitest';
import { sliceBounds } from '../../lib/content/sliced';

describe('sliceBounds', () => {
  it('keeps a short text whole', () => {
    expect(sliceBounds('hello there', 100)).toEqual([0, 11]);
  });

  it('cuts long text at line ends, covering every character once', () => {
    const line = 'you always ignore me.\n';
    const text = line.repeat(50);
    const b = sliceBounds(text, 100);
    expect(b[0]).toBe(0);
    expect(b[b.length - 1]).toBe(text.length);
    for (let i = 1; i < b.length - 1; i++) {
      expect(text[b[i]! - 1]).toBe('\n');
      expect(b[i]! - b[i - 1]!).toBeLessThanOrEqual(100 + 1);
    }
  });

  it('cuts at a sentence end when a line is longer than a slice', () => {
    const text = 'I was wrong. '.repeat(40);
    const b = sliceBounds(text, 100);
    for (let i = 1; i < b.length - 1; i++) expect(text.slice(b[i]! - 2, b[i]!)).toBe('. ');
  });

  it('still terminates on text with no spaces or stops', () => {
    const text = 'x'.repeat(1000);
    const b = sliceBounds(text, 100);
    expect(b.length).toBe(11);
    expect(b[b.length - 1]).toBe(1000);
  });
});
