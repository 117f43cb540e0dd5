import type { Strength, StrengthId } from '../../lib/checker/types.ts';

/** One short, warm line per kind of strength. */
const LINES: Record<StrengthId, string> = {
  ownership: 'You own your part — that helps.',
  validation: 'You make room for how they feel.',
  'asking-needs': 'You ask what they need. That opens a door.',
  'i-statement': 'You speak from your own side.',
  'reassurance-request': 'You ask plainly for what you need.',
};

/** Lines for the strengths noticed, one per kind, in the order first seen. */
export function strengthLines(strengths: readonly Strength[]): { id: StrengthId; text: string }[] {
  const seen = new Set<StrengthId>();
  const lines: { id: StrengthId; text: string }[] = [];
  for (const s of strengths) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    lines.push({ id: s.id, text: LINES[s.id] ?? s.label });
  }
  return lines;
}
