import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/checker/index.ts';
import type { Sensitivity } from '../../lib/checker/types.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI. `input` pieces are written one by one, with a pause between, to split reads. */
function run(args: string[], input: string | Buffer | Buffer[] = '', command: 'node' | 'npm' = 'node'): Promise<Run> {
  const [bin, binArgs] =
    command === 'node'
      ? [process.execPath, ['--import', 'tsx', 'lib/cli/check.ts', ...args]]
      : ['npm', ['run', '--silent', 'check', '--', ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, binArgs, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    const pieces = Array.isArray(input) ? input : [input];
    void (async () => {
      for (const piece of pieces) {
        child.stdin.write(piece);
        if (pieces.length > 1) await new Promise((r) => setTimeout(r, 30));
      }
      child.stdin.end();
    })();
  });
}

function lines(stdout: string): string[] {
  expect(stdout.endsWith('\n') || stdout === '').toBe(true);
  return stdout === '' ? [] : stdout.slice(0, -1).split('\n');
}

function expected(record: Record<string, unknown> & { text: string }, sensitivity: Sensitivity = 'balanced') {
  const a = analyze(record.text, { sensitivity });
  return { ...record, categories: a.categories, findings: a.findings };
}

const FLAGGED = "I'm sorry you feel that way, you're overreacting";
const CLEAN = 'sorry I am late, the train was delayed';

describe('check "text"', () => {
  it('reports each finding with its quoted span, rule and reframes', async () => {
    const r = await run([FLAGGED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = analyze(FLAGGED);
    expect(a.findings.length).toBeGreaterThan(0);
    expect(r.stdout).toContain(`${a.findings.length} thing`);
    for (const f of a.findings) {
      expect(r.stdout).toContain(`“${FLAGGED.slice(f.start, f.end)}”`);
      expect(r.stdout).toContain(f.ruleId);
      expect(r.stdout).toContain(`(${f.category})`);
      for (const reframe of f.reframes) expect(r.stdout).toContain(reframe.label);
    }
    expect(r.stdout).not.toContain('Nothing to reconsider.');
  });

  it('says there is nothing to reconsider for a clean message', async () => {
    expect(analyze(CLEAN).findings).toEqual([]);
    const r = await run([CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Nothing to reconsider.');
  });

  it('joins several unquoted words with spaces', async () => {
    const [joined, single] = await Promise.all([run(FLAGGED.split(' ')), run([FLAGGED])]);
    expect(joined.code).toBe(0);
    expect(joined.stdout).toBe(single.stdout);
  });

  it.each([
    { sensitivity: 'gentle' as const, args: ['--sensitivity', 'gentle'] },
    { sensitivity: 'strict' as const, args: ['--sensitivity=strict'] },
  ])('applies --sensitivity $sensitivity', async ({ sensitivity, args }) => {
    const text = 'you never listen. whatever. calm down, we were both yelling';
    const r = await run([...args, text]);
    expect(r.code).toBe(0);
    const n = analyze(text, { sensitivity }).findings.length;
    expect(r.stdout.split('\n')[0]).toEqual(n === 0 ? 'Nothing to reconsider.' : expect.stringMatching(new RegExp(`^${n} thing`)));
  });

  it('prints help on --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage:/);
    expect(r.stdout).toContain('--jsonl');
    expect(r.stdout).toContain('--sensitivity');
  });

  it.each([
    { why: 'no text', args: [] },
    { why: 'only spaces', args: ['  '] },
    { why: 'an unknown option', args: ['--loud', 'hi'] },
    { why: 'an unknown sensitivity', args: ['--sensitivity', 'harsh', 'hi'] },
    { why: 'a missing sensitivity value', args: ['hi', '--sensitivity'] },
    { why: 'text with --jsonl', args: ['--jsonl', 'hi'] },
  ])('exits 2 with usage on stderr for $why', async ({ args }) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage:');
  });

  it('takes text that starts with a dash after --', async () => {
    const r = await run(['--', '-you never listen']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('runs through the npm script', async () => {
    const r = await run([CLEAN], '', 'npm');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Nothing to reconsider.');
  });
});

describe('check --jsonl', () => {
  it('adds categories and findings to every object, in input order, keeping other fields', async () => {
    const records = [
      { id: 1, text: FLAGGED },
      { text: CLEAN, meta: { from: 'a' } },
      { id: 3, text: 'we were both yelling', categories: ['stale'], findings: 'stale' },
      { id: 4, text: '' },
      { id: 5, text: 'you always do this' },
    ];
    const r = await run(['--jsonl'], records.map((x) => JSON.stringify(x)).join('\n') + '\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toEqual(records.map((x) => expected(x)));
    expect(Object.keys(out[1])).toEqual(['text', 'meta', 'categories', 'findings']);
  });

  it('applies --sensitivity to every line', async () => {
    const record = { text: 'you never listen. whatever. calm down, we were both yelling' };
    const [gentle, strict] = await Promise.all([
      run(['--jsonl', '--sensitivity', 'gentle'], JSON.stringify(record) + '\n'),
      run(['--jsonl', '--sensitivity', 'strict'], JSON.stringify(record) + '\n'),
    ]);
    expect(JSON.parse(lines(gentle.stdout)[0] as string)).toEqual(expected(record, 'gentle'));
    expect(JSON.parse(lines(strict.stdout)[0] as string)).toEqual(expected(record, 'strict'));
  });

  it('turns each bad line into an error line with its number and keeps going', async () => {
    const input = [
      JSON.stringify({ text: FLAGGED }), // 1 ok
      '{"text": "unterminated', // 2 not JSON
      JSON.stringify({ body: 'no text here' }), // 3 missing text
      JSON.stringify({ text: 42 }), // 4 text not a string
      '', // 5 blank
      '[1,2]', // 6 not an object
      'null', // 7 not an object
      JSON.stringify({ text: CLEAN }), // 8 ok
      '"just a string"', // 9 not an object
    ].join('\n');
    const r = await run(['--jsonl'], input + '\n');
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(9);
    expect(out[0]).toEqual(expected({ text: FLAGGED }));
    expect(out[7]).toEqual(expected({ text: CLEAN }));
    for (const n of [2, 3, 4, 5, 6, 7, 9]) {
      expect(out[n - 1]).toEqual({ line: n, error: expect.any(String) });
      expect(out[n - 1].error.length).toBeGreaterThan(0);
      expect(r.stderr).toContain(`line ${n}:`);
    }
    expect(r.stderr).not.toContain('line 1:');
    expect(r.stderr).not.toContain('line 8:');
  });

  it.each([
    { why: 'LF with a final newline', input: 'A\nB\n' },
    { why: 'LF without a final newline', input: 'A\nB' },
    { why: 'CRLF with a final newline', input: 'A\r\nB\r\n' },
    { why: 'CRLF without a final newline', input: 'A\r\nB' },
    { why: 'a byte-order mark', input: '\ufeffA\nB\n' },
  ])('reads $why as exactly the input lines', async ({ input }) => {
    const a = { text: FLAGGED };
    const b = { text: 'line with a \r inside the string\r\nand more' };
    const text = input.replace('A', JSON.stringify(a)).replace('B', JSON.stringify(b));
    const r = await run(['--jsonl'], text);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l))).toEqual([expected(a), expected(b)]);
  });

  it('writes nothing and succeeds on empty input', async () => {
    const r = await run(['--jsonl'], '');
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('handles odd Unicode and multi-byte characters split between reads', async () => {
    const records = [
      { text: 'lone \ud800 surrogate, you\u2019re overreacting \udfff' },
      { text: '👩‍❤️‍👨 we were both yelling 🇺🇸\u2028next\u2029para' },
      { text: 'RTL \u202eשלום مرحبا\u202c and zero\u200bwidth\u200d joiners' },
      { text: 'nul \u0000 and \t tabs' },
    ];
    const bytes = Buffer.from(records.map((x) => JSON.stringify(x)).join('\r\n') + '\r\n', 'utf8');
    // Raw emoji bytes (not \u escapes) straddle the piece boundaries.
    const raw = Buffer.from(JSON.stringify({ text: '🙂🙂🙂 calm down 🙂' }) + '\n', 'utf8');
    const pieces = [bytes, raw.subarray(0, 12), raw.subarray(12, 14), raw.subarray(14)];
    const r = await run(['--jsonl'], pieces);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toEqual([...records, { text: '🙂🙂🙂 calm down 🙂' }].map((x) => expected(x)));
  });

  it('streams many lines in order', async () => {
    const texts = ['you never listen', 'see you at six', "I'm sorry you feel that way", 'thanks!'];
    const records = Array.from({ length: 4000 }, (_, i) => ({ i, text: `${texts[i % texts.length]} #${i}` }));
    const r = await run(['--jsonl'], records.map((x) => JSON.stringify(x)).join('\n'));
    expect(r.code).toBe(0);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as { i: number });
    expect(out.map((o) => o.i)).toEqual(records.map((x) => x.i));
    expect(out[2]).toEqual(expected(records[2] as (typeof records)[number]));
  });

  it('survives a huge line next to normal ones', async () => {
    const big = { text: 'you never listen. The train was late again, sorry. '.repeat(20_000) }; // about 1 MB
    const input = [JSON.stringify({ text: 'first' }), JSON.stringify(big), 'oops', JSON.stringify({ text: 'last' })];
    const r = await run(['--jsonl'], input.join('\n') + '\n');
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[1].text).toBe(big.text);
    expect(out[1].findings.length).toBe(analyze(big.text).findings.length);
    expect(out[2]).toEqual({ line: 3, error: expect.any(String) });
    expect(out[3]).toEqual(expected({ text: 'last' }));
  }, 60_000);
});
