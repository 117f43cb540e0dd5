import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/checker/index';
import { labelledTexts } from './labelled-texts';

// What a reframe offers is shown to the writer as is: no doubled stops, no stray spaces, never empty.
const FLAWS: [string, RegExp][] = [
  ['a stop after an ellipsis', /…\s*[.!?]/],
  ['two stops in a row', /[.!?,]\s*[.,](?!\.)/],
  ['a space before a stop or comma', / [.,!?](?!\.\.)/],
  ['two spaces', / {2}/],
  ['nothing at all', /^\s*$/],
];

/** Punctuation the writer typed themselves is theirs: only flaws the reframe adds count. */
function added(text: string, reframe: string, re: RegExp): boolean {
  return re.test(reframe) && !re.test(text);
}

describe('reframe text', () => {
  const texts = [...new Set(labelledTexts())];

  it('has labelled texts to read', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it.each(FLAWS)('never adds %s', (_name, re) => {
    const bad: string[] = [];
    for (const text of texts) {
      const a = analyze(text, { sensitivity: 'strict' });
      for (const f of a.findings) for (const r of f.reframes) if (added(text, r.text, re)) bad.push(`${f.ruleId}: ${JSON.stringify(text)} → ${JSON.stringify(r.text)}`);
      if (a.apology?.suggestion && added(text, a.apology.suggestion, re)) bad.push(`apology: ${JSON.stringify(text)} → ${JSON.stringify(a.apology.suggestion)}`);
    }
    expect(bad.slice(0, 10), `${bad.length} reframes`).toEqual([]);
  });
});
