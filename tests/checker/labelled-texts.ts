import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../lib/checker/rules/index.ts';

/** Every message of every labelled fixture file, then every rule example: what the engine's guards run over. */
export function labelledTexts(): string[] {
  const dir = join(__dirname, '..', 'fixtures');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((l) => (JSON.parse(l) as { text: string }).text);
  for (const rule of RULES) texts.push(...rule.examples.flagged, ...rule.examples.clean);
  return texts;
}
