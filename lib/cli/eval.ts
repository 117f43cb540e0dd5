/**
 * Scores the checker on a labelled JSONL file: one {"id", "text", "labels"} object per line.
 * Usage: npm run eval -- FILE.jsonl [--verbose] [--sensitivity gentle|balanced|strict]
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../checker/index';
import { CATEGORY_IDS, type CategoryId, type Sensitivity } from '../checker/types';

export interface LabelledMessage {
  id: string;
  text: string;
  labels: CategoryId[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalReport {
  messages: number;
  message: Prf;
  cleanMessages: number;
  cleanFalsePositiveRate: number;
  categories: Record<CategoryId, Prf>;
  macroF1: number;
  confusions: { id: string; text: string; expected: CategoryId[]; got: CategoryId[] }[];
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

export function parseJsonl(content: string, source = 'input'): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${i + 1}: not valid JSON`);
    }
    const v = value as Partial<LabelledMessage>;
    if (typeof v !== 'object' || v === null || typeof v.text !== 'string' || !Array.isArray(v.labels)) {
      throw new Error(`${source}:${i + 1}: expected an object with a string "text" and an array "labels"`);
    }
    for (const l of v.labels) {
      if (!(CATEGORY_IDS as readonly string[]).includes(l)) throw new Error(`${source}:${i + 1}: unknown category "${String(l)}"`);
    }
    out.push({ id: typeof v.id === 'string' ? v.id : `line-${i + 1}`, text: v.text, labels: v.labels });
  });
  return out;
}

export function evaluate(messages: readonly LabelledMessage[], sensitivity: Sensitivity = 'balanced'): EvalReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let clean = 0;
  let cleanFlagged = 0;
  const counts = Object.fromEntries(CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<CategoryId, { tp: number; fp: number; fn: number }>;
  const confusions: EvalReport['confusions'] = [];
  for (const msg of messages) {
    const got = analyze(msg.text, { sensitivity }).categories;
    const expected = [...new Set(msg.labels)].sort();
    const positive = expected.length > 0;
    const predicted = got.length > 0;
    if (positive && predicted) tp++;
    else if (!positive && predicted) fp++;
    else if (positive && !predicted) fn++;
    if (!positive) {
      clean++;
      if (predicted) cleanFlagged++;
    }
    for (const c of CATEGORY_IDS) {
      const e = expected.includes(c);
      const g = got.includes(c);
      if (e && g) counts[c].tp++;
      else if (g) counts[c].fp++;
      else if (e) counts[c].fn++;
    }
    if (expected.join() !== got.join()) confusions.push({ id: msg.id, text: msg.text, expected, got });
  }
  const categories = Object.fromEntries(CATEGORY_IDS.map((c) => [c, prf(counts[c].tp, counts[c].fp, counts[c].fn)])) as Record<CategoryId, Prf>;
  const present = CATEGORY_IDS.filter((c) => counts[c].tp + counts[c].fn + counts[c].fp > 0);
  const macroF1 = present.length === 0 ? 1 : present.reduce((s, c) => s + categories[c].f1, 0) / present.length;
  return {
    messages: messages.length,
    message: prf(tp, fp, fn),
    cleanMessages: clean,
    cleanFalsePositiveRate: clean === 0 ? 0 : cleanFlagged / clean,
    categories,
    macroF1,
    confusions,
  };
}

function pct(n: number): string {
  return n.toFixed(3);
}

export function formatReport(r: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`messages: ${r.messages} (${r.cleanMessages} clean)`);
  lines.push(`message  precision ${pct(r.message.precision)}  recall ${pct(r.message.recall)}  F1 ${pct(r.message.f1)}  (tp ${r.message.tp}, fp ${r.message.fp}, fn ${r.message.fn})`);
  lines.push(`clean false-positive rate ${pct(r.cleanFalsePositiveRate)}`);
  lines.push(`category macro F1 ${pct(r.macroF1)}`);
  lines.push('');
  lines.push(`${'category'.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn`);
  for (const c of CATEGORY_IDS) {
    const x = r.categories[c];
    lines.push(`${c.padEnd(16)} ${pct(x.precision).padStart(6)} ${pct(x.recall).padStart(6)} ${pct(x.f1).padStart(6)}  ${String(x.tp).padStart(3)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}`);
  }
  if (verbose && r.confusions.length > 0) {
    lines.push('', 'confusions (expected → got):');
    for (const c of r.confusions) lines.push(`  ${c.id}: [${c.expected.join(', ')}] → [${c.got.join(', ')}]  ${JSON.stringify(c.text)}`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const args = argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  let sensitivity: Sensitivity = 'balanced';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--verbose' || a === '-v') continue;
    if (a === '--sensitivity') {
      const v = args[++i];
      if (v !== 'gentle' && v !== 'balanced' && v !== 'strict') {
        process.stderr.write('eval: --sensitivity must be gentle, balanced or strict\n');
        return 2;
      }
      sensitivity = v;
    } else files.push(a);
  }
  if (files.length !== 1) {
    process.stderr.write('usage: npm run eval -- FILE.jsonl [--verbose] [--sensitivity gentle|balanced|strict]\n');
    return 2;
  }
  const file = files[0]!;
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`eval: cannot read ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}\n`);
    return 1;
  }
  let messages: LabelledMessage[];
  try {
    messages = parseJsonl(content, file);
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 1;
  }
  if (messages.length === 0) {
    process.stderr.write(`eval: ${file} has no messages\n`);
    return 1;
  }
  process.stdout.write(`${formatReport(evaluate(messages, sensitivity), verbose)}\n`);
  return 0;
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv);
