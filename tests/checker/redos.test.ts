import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { check, type Diagnostics } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRegexes } from '../../lib/checker/index.ts';

// recheck picks a backend per call from RECHECK_BACKEND. Its 'auto' silently falls back to a slow
// pure-JS worker when the native agent cannot start; choose explicitly so we know what runs here:
// the native linux-x64 binary (an optional dependency) when it is installed, else the pure-JS build.
const require = createRequire(import.meta.url);
function nativeAvailable(): boolean {
  if (process.platform !== 'linux' || process.arch !== 'x64') return false;
  try {
    require.resolve('recheck-linux-x64/package.json');
    return true;
  } catch {
    return false;
  }
}
const BACKEND = nativeAvailable() ? 'native' : 'pure';
const previousBackend = process.env.RECHECK_BACKEND;

// A short budget per pattern: most are decided in milliseconds; the fuzzer gets a few seconds.
const PARAMS = { timeout: 2_000, randomSeed: 1 } as const;

// recheck 4.5 predates the `d` (hasIndices) flag and rejects it; `d` only adds match indices and does
// not change how the pattern backtracks, so it is dropped for the check.
const checkedFlags = (re: RegExp) => re.flags.replace('d', '');

async function diagnose(re: RegExp): Promise<Diagnostics> {
  return check(re.source, checkedFlags(re), PARAMS);
}

function describeProblem(re: RegExp, d: Diagnostics): string {
  if (d.status === 'vulnerable') {
    const degree = 'degree' in d.complexity ? ` degree ${d.complexity.degree}` : '';
    return `${re} is vulnerable (${d.complexity.type}${degree}); attack: ${d.attack.pattern}`;
  }
  if (d.status === 'unknown') {
    return `${re}: recheck could not decide (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  }
  return `${re} is safe`;
}

/**
 * Runs `re` over `attack` on V8 in a worker and says how long it took, or null when it ran past `capMs`
 * (the worker is then terminated, so a catastrophic pattern cannot hang the suite).
 */
function timeOnV8(re: RegExp, attack: string, capMs: number): Promise<number | null> {
  const worker = new Worker(
    `const { parentPort, workerData: w } = require('node:worker_threads');
     const re = new RegExp(w.source, w.flags.includes('g') ? w.flags : w.flags + 'g');
     const t = performance.now();
     let n = 0;
     for (let m = re.exec(w.attack); m; m = re.exec(w.attack)) { n++; if (m[0] === '') re.lastIndex++; }
     parentPort.postMessage(performance.now() - t + n * 0);`,
    { eval: true, workerData: { source: re.source, flags: re.flags, attack } },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve(null)), capMs);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(ms));
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

// A pattern recheck cannot decide in its time budget (a few long alternations with lookarounds) is
// at least run on V8 against long, repetitive chat-like input; SLOW_MS or more there fails the test.
const SLOW_MS = 200;
const STRESS = [
  'you '.repeat(25_000),
  'i '.repeat(50_000) + '!',
  'a'.repeat(100_000),
  'sorry but i was so '.repeat(5_000),
  'you always never '.repeat(6_000) + ',',
];
const CAP_MS = 3000;

beforeAll(() => {
  process.env.RECHECK_BACKEND = BACKEND;
});
afterAll(() => {
  if (previousBackend === undefined) delete process.env.RECHECK_BACKEND;
  else process.env.RECHECK_BACKEND = previousBackend;
});

describe(`recheck itself (${BACKEND} backend)`, () => {
  it('reports a known catastrophic pattern as vulnerable, with an attack string', async () => {
    const d = await diagnose(/^(a+)+$/);
    expect(d.status).toBe('vulnerable');
    if (d.status === 'vulnerable') {
      expect(d.complexity.type).toBe('exponential');
      expect(d.attack.string.length).toBeGreaterThan(0);
    }
  });

  it('has a V8 timer that tells a catastrophic pattern from a linear one', async () => {
    const d = await diagnose(/^(a+)+$/);
    if (d.status !== 'vulnerable') throw new Error('expected vulnerable');
    const ms = await timeOnV8(/^(a+)+$/, d.attack.string, CAP_MS);
    expect(ms === null || ms >= SLOW_MS).toBe(true);
    expect(await timeOnV8(/^a+$/, 'a'.repeat(100_000) + '!', CAP_MS)).toBeLessThan(SLOW_MS);
  });

  it('reports a polynomial pattern as vulnerable', async () => {
    const d = await diagnose(/\s*#?\s*$/);
    expect(d.status).toBe('vulnerable');
  });

  it('reports a plain word pattern as safe', async () => {
    const d = await diagnose(/\b(?:you're|you are) overreacting\b/iu);
    expect(d.status).toBe('safe');
  });
});

/**
 * What is wrong with `re`, if anything: every 'vulnerable' verdict of recheck is a problem; a pattern
 * recheck cannot decide is run on V8 over long, repetitive chat-like input and is a problem when slow.
 */
async function problemsOf(re: RegExp, undecided: string[]): Promise<string[]> {
  const d = await diagnose(re);
  if (d.status === 'vulnerable') return [describeProblem(re, d)];
  if (d.status === 'safe') return [];
  undecided.push(describeProblem(re, d));
  const problems: string[] = [];
  for (const attack of STRESS) {
    const ms = await timeOnV8(re, attack, CAP_MS);
    if (ms === null || ms >= SLOW_MS) {
      problems.push(`${re} took ${ms === null ? `over ${CAP_MS}` : Math.round(ms)} ms on ${JSON.stringify(attack.slice(0, 24))}… (${attack.length} chars)`);
    }
  }
  return problems;
}

describe('the ReDoS verdict', () => {
  it.each([
    { name: 'exponential', re: /^(a+)+$/ },
    { name: 'polynomial', re: /\s*#?\s*$/ },
  ])('fails a $name pattern', async ({ re }) => {
    expect(await problemsOf(re, [])).toHaveLength(1);
  });

  it('passes a plain word pattern', async () => {
    expect(await problemsOf(/(?<![a-z])(?:you're|you are) overreacting(?![a-z])/u, [])).toEqual([]);
  });
});

describe('every checker regex', () => {
  const regexes = allRegexes();

  it('has some regexes to check', () => {
    expect(regexes.length).toBeGreaterThan(0);
    for (const re of regexes) expect(re).toBeInstanceOf(RegExp);
  });

  it(
    'is not vulnerable to catastrophic backtracking',
    async () => {
      const unique = [...new Map(regexes.map((re) => [`/${re.source}/${re.flags}`, re])).values()];
      const problems: string[] = [];
      const undecided: string[] = [];
      let next = 0;
      // Two at a time: the native agent runs checks in parallel and the machine has two cores.
      await Promise.all(
        [0, 1].map(async () => {
          while (next < unique.length) problems.push(...(await problemsOf(unique[next++] as RegExp, undecided)));
        }),
      );
      if (undecided.length > 0) console.warn(`ReDoS check, not decided by recheck:\n  ${undecided.join('\n  ')}`);
      expect(problems, `${problems.length} of ${unique.length} regexes`).toEqual([]);
    },
    600_000,
  );
});
