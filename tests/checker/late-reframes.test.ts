import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/checker/index';

// Reframes are written when first read; the engine reuses its buffers for the next draft.
const DRAFTS = [
  "I'm sorry I hurt you, but I was really stressed",
  "I'm sorry I yelled, but you kept pushing me",
  'You make me so angry sometimes.',
  "Look, I'm sorry you're upset, but honestly I think you're overreacting.",
];
const LATER = ['ok', 'We were both yelling, you always do this.', 'Sorry, but I was exhausted. '.repeat(400)];

describe('reframes read after later drafts were checked', () => {
  it.each(DRAFTS)('reads the same reframes for %j as right after its check', (draft) => {
    const now = JSON.stringify(analyze(draft, { sensitivity: 'strict' }));
    const held = analyze(draft, { sensitivity: 'strict' });
    for (const other of LATER) analyze(other);
    expect(held.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(held)).toBe(now);
  });
});
