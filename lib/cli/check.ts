/**
 * Command line for the on-device checker.
 *
 *   npm run --silent check -- "some text"             readable report
 *   npm run --silent check -- --jsonl < in > out      one JSON object per line, annotated
 */
import { StringDecoder } from 'node:string_decoder';
import { pathToFileURL } from 'node:url';
import { CATEGORY_INFO } from '../checker/categories.ts';
import { analyze } from '../checker/index.ts';
import type { Analysis, Finding, Sensitivity } from '../checker/types.ts';

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];


const USAGE = `Usage:
  check [--sensitivity gentle|balanced|strict] "text to check"
  check --jsonl [--sensitivity gentle|balanced|strict] < in.jsonl > out.jsonl

Checks a message on this device and explains what may land badly.

Options:
  --sensitivity LEVEL  gentle (only the clearest problems), balanced (default) or strict
  --jsonl              read JSON objects with a string "text", one per line, from stdin;
                       write each one back with "categories" and "findings" added, in input order.
                       A line that cannot be read (not JSON, no string "text", or blank) becomes
                       {"line": N, "error": "..."} and the exit code is 1. CRLF line ends are fine;
                       the empty piece after a final newline is not a line.
  -h, --help           show this help
  --                   end of options (for text that starts with "-")

Words given without quotes are joined with spaces.
Exit codes: 0 done, 1 some JSONL lines failed, 2 usage error.`;

export interface CliOptions {
  mode: 'help' | 'text' | 'jsonl';
  sensitivity: Sensitivity;
  text: string;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  let sensitivity: Sensitivity = 'balanced';
  let jsonl = false;
  let help = false;
  const words: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '-h' || arg === '--help') {
      help = true;
    } else if (arg === '--jsonl') {
      jsonl = true;
    } else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value === undefined) throw new UsageError('--sensitivity needs a value: gentle, balanced or strict');
      if (!(SENSITIVITIES as readonly string[]).includes(value)) {
        throw new UsageError(`unknown sensitivity "${value}": use gentle, balanced or strict`);
      }
      sensitivity = value as Sensitivity;
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }

  if (help) return { mode: 'help', sensitivity, text: '' };
  const text = words.join(' ');
  if (jsonl) {
    if (words.length > 0) throw new UsageError('--jsonl reads from stdin; do not pass text as well');
    return { mode: 'jsonl', sensitivity, text: '' };
  }
  if (text.trim() === '') throw new UsageError('no text to check');
  return { mode: 'text', sensitivity, text };
}

// ---------- readable report ----------

/** Shows a span on one line: line breaks and other control characters become visible marks. */
function quote(span: string): string {
  const visible = span.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ⏎ ').replace(/[\u0000-\u001f\u007f]/g, (c) => {
    return c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `“${visible}”`;
}

function severityWord(severity: Finding['severity']): string {
  return severity === 3 ? 'strong' : severity === 2 ? 'medium' : 'mild';
}

export function formatReport(text: string, analysis: Analysis): string {
  const out: string[] = [];
  const { findings } = analysis;

  if (findings.length === 0) {
    out.push('Nothing to reconsider.');
  } else {
    const n = findings.length;
    out.push(`${n} ${n === 1 ? 'thing' : 'things'} to reconsider: ${analysis.categories.join(', ')}`);
    const categories = [...new Set([...analysis.categories, ...findings.map((f) => f.category)])];
    for (const category of categories) {
      const inCategory = findings.filter((f) => f.category === category);
      if (inCategory.length === 0) continue;
      const info = CATEGORY_INFO[category];
      out.push('', `${info.label} (${category}) · ${info.step}`);
      for (const f of inCategory) {
        out.push(
          `  ${quote(text.slice(f.start, f.end))}  [${f.start}–${f.end}, ${severityWord(f.severity)} ${f.severity}/3, ${f.ruleId}]`,
        );
        out.push(`    ${f.message}`);
        for (const r of f.reframes) {
          const scope = r.whole ? ' (whole message)' : '';
          out.push(`    → ${r.label}${scope}: ${quote(r.text)}`);
        }
      }
    }
  }

  if (analysis.strengths.length > 0) {
    out.push('', 'What already helps');
    for (const s of analysis.strengths) {
      out.push(`  ✓ ${s.label}: ${quote(text.slice(s.start, s.end))}`);
    }
  }

  const apology = analysis.apology;
  if (apology) {
    const box = (ok: boolean) => (ok ? '[x]' : '[ ]');
    out.push(
      '',
      'Apology checklist',
      `  ${box(apology.remorse)} says sorry and means it`,
      `  ${box(apology.action)} names what you did`,
      `  ${box(apology.impact)} recognises how it affected them`,
    );
    if (apology.suggestion) out.push(`  Could read: ${quote(apology.suggestion)}`);
  }

  return out.join('\n') + '\n';
}

// ---------- JSONL ----------

/** Splits a text stream into lines on "\n", without holding more than one line in memory. */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? raw : decoder.write(raw);
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf('\n', from)) !== -1) {
      yield pending + chunk.slice(from, nl);
      pending = '';
      from = nl + 1;
    }
    pending += chunk.slice(from);
  }
  pending += decoder.end();
  // The empty piece after a final newline is not a line.
  if (pending !== '') yield pending;
}

export type LineResult = { ok: true; json: string } | { ok: false; json: string; error: string };

export function processLine(rawLine: string, lineNo: number, sensitivity: Sensitivity): LineResult {
  let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  const fail = (error: string): LineResult => ({ ok: false, error, json: JSON.stringify({ line: lineNo, error }) });

  if (line.trim() === '') return fail('blank line: expected a JSON object with a string "text"');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected a JSON object with a string "text"');
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    return fail(record.text === undefined ? 'missing "text"' : '"text" is not a string');
  }
  let analysis: Analysis;
  try {
    analysis = analyze(record.text, { sensitivity });
  } catch (err) {
    return fail(`checker failed (${(err as Error).message})`);
  }
  return { ok: true, json: JSON.stringify({ ...record, categories: analysis.categories, findings: analysis.findings }) };
}

async function write(stream: NodeJS.WritableStream, data: string): Promise<void> {
  if (!stream.write(data)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

async function runJsonl(sensitivity: Sensitivity): Promise<number> {
  let lineNo = 0;
  let failed = 0;
  for await (const line of readLines(process.stdin)) {
    lineNo++;
    const result = processLine(line, lineNo, sensitivity);
    if (!result.ok) {
      failed++;
      process.stderr.write(`check: line ${lineNo}: ${result.error}\n`);
    }
    await write(process.stdout, result.json + '\n');
  }
  if (failed > 0) process.stderr.write(`check: ${failed} of ${lineNo} lines failed\n`);
  return failed > 0 ? 1 : 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`check: ${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.mode === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (options.mode === 'jsonl') return runJsonl(options.sensitivity);
  process.stdout.write(formatReport(options.text, analyze(options.text, { sensitivity: options.sensitivity })));
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  // A closed pipe (e.g. `| head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`check: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
