/**
 * Exactness guard for engine work: serialises every result of analyze() over a fixed set of inputs,
 * so a faster engine can be proven to give byte-identical output.
 *
 *   tsx tests/tools/checker-exactness.ts inputs OUT.json            freeze the inputs (messages + bench texts)
 *   tsx tests/tools/checker-exactness.ts dump CHECKER_DIR INPUTS OUT dump analyze() of CHECKER_DIR/index.ts
 *
 * Rules change under an engine change (other work lands on lib/checker/rules), so compare two
 * checker folders that share one copy of the rules: e.g. `git archive BASE lib/checker` into one
 * folder, the same with the working engine files copied over into another, then `cmp` the dumps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildText, messageSources, textsFromJsonl } from '../bench/texts.ts';

function freezeInputs(out: string): void {
  const all = messageSources().flatMap(textsFromJsonl);
  const messages = [...new Set(all)];
  // Whole texts as the bench builds them, plus odd inputs the messages may not hold.
  const extra = [1_000, 10_000, 100_000, 1_000_000].map((b) => buildText(messages, b));
  extra.push('', ' ', '\u2019', 'Don\u2019t \u201Cworry\u201D \uD83D\uDE44 \uD83D', 'I\u2019M SORRY BUT YOU MADE ME DO IT!!!', 'sooo sorry u r overreacting rn tbh');
  writeFileSync(out, JSON.stringify({ texts: [...all, ...extra] }));
  console.log(`${all.length + extra.length} inputs (${messages.length} unique messages) → ${out}`);
}

type Analyze = (text: string, options?: { sensitivity?: string }) => { findings: unknown[] };

async function dump(dir: string, inputsFile: string, out: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(resolve(dir), 'index.ts')).href)) as { analyze: Analyze };
  const { texts } = JSON.parse(readFileSync(inputsFile, 'utf8')) as { texts: string[] };
  const lines: string[] = [];
  let findings = 0;
  for (const sensitivity of ['gentle', 'balanced', 'strict', undefined]) {
    for (const text of texts) {
      const a = sensitivity === undefined ? mod.analyze(text) : mod.analyze(text, { sensitivity });
      // `reframes` is a getter: JSON.stringify reads it, so reframe text is compared too.
      lines.push(JSON.stringify(a));
      findings += a.findings.length;
    }
  }
  // Reframes read late, after later calls reused the engine's scratch buffers.
  const held = texts.slice(0, 400).map((t) => mod.analyze(t, { sensitivity: 'strict' }));
  mod.analyze(texts[texts.length - 7]!);
  for (const a of held) lines.push(JSON.stringify(a));
  writeFileSync(out, lines.join('\n'));
  console.log(`${lines.length} results, ${findings} findings → ${out}`);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'inputs' && args[0]) freezeInputs(args[0]);
else if (cmd === 'dump' && args.length === 3) await dump(args[0]!, args[1]!, args[2]!);
else {
  console.error('usage: checker-exactness.ts inputs OUT | dump CHECKER_DIR INPUTS OUT');
  process.exit(2);
}
