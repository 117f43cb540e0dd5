/** The bench's inputs, shared with tests/tools/checker-exactness.ts so that guard covers the same texts. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');

export function textsFromJsonl(file: string): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as { text?: unknown };
      if (typeof value.text === 'string' && value.text.trim() !== '') texts.push(value.text);
    } catch {
      // A fixture line that is not JSON is not a message; skip it.
    }
  }
  return texts;
}

/** The bench's own messages, then every labelled fixture file (when the folder is there). */
export function messageSources(): string[] {
  const sources = [join(here, 'messages.jsonl')];
  const fixtures = join(root, 'tests', 'fixtures');
  try {
    for (const name of readdirSync(fixtures).sort()) {
      if (name.endsWith('.jsonl')) sources.push(join(fixtures, name));
    }
  } catch {
    // No fixtures folder: the bench's own messages are enough.
  }
  return sources;
}

/** A whole text of about `bytes` chars: the messages one per line, cut at a space near the end. */
export function buildText(messages: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const m = messages[i % messages.length] as string;
    parts.push(m);
    length += m.length + 1;
  }
  const text = parts.join('\n');
  const cut = text.lastIndexOf(' ', bytes);
  return text.slice(0, cut > bytes * 0.9 ? cut : bytes);
}
