import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, parseJsonl } from '../../lib/cli/eval';

describe('eval scoring', () => {
  it('counts message-level and per-category hits', () => {
    const r = evaluate([
      { id: 'a', text: 'You made me do it.', labels: ['blame-shifting'] },
      { id: 'b', text: 'See you at 6.', labels: [] },
      { id: 'c', text: 'Whatever.', labels: ['rushing'] },
      { id: 'd', text: 'Lovely day.', labels: ['criticism'] },
    ]);
    expect([r.message.tp, r.message.fp, r.message.fn]).toEqual([2, 0, 1]);
    expect(r.cleanFalsePositiveRate).toBe(0);
    expect(r.categories['blame-shifting'].tp).toBe(1);
    expect(r.categories.stonewalling.fp).toBe(1);
    expect(r.categories.rushing.fn).toBe(1);
    expect(r.confusions.map((c) => c.id)).toEqual(['c', 'd']);
    expect(formatReport(r, true)).toContain('confusions');
  });

  it.each([
    ['not json', '{oops', /not valid JSON/],
    ['no text', '{"labels": []}', /string "text"/],
    ['bad label', '{"text": "x", "labels": ["rude"]}', /unknown category/],
  ])('rejects a line that is %s', (_n, line, message) => {
    expect(() => parseJsonl(line)).toThrow(message);
  });
});

describe('eval command line', () => {
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync('npx', ['tsx', 'lib/cli/eval.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }), err: '' };
    } catch (e) {
      const x = e as { status: number; stdout: string; stderr: string };
      return { code: x.status, out: x.stdout, err: x.stderr };
    }
  };

  it('prints precision, recall, F1 and per-category scores', () => {
    const r = run(['tests/fixtures/dev.jsonl']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/precision \d\.\d{3}\s+recall \d\.\d{3}\s+F1 \d\.\d{3}/);
    expect(r.out).toContain('clean false-positive rate');
    expect(r.out).toContain('non-apology');
  });

  it('says clearly when the file is missing', () => {
    const r = run(['tests/fixtures/nope.jsonl']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no such file');
  });

  it('says which line is bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"text":"hi","labels":[]}\nnot json\n');
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(':2: not valid JSON');
  });
});
