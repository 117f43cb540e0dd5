/**
 * Checker benchmark, reported as ratios because the machine is shared and noisy.
 *
 *   npm run bench            exit 1 when a target fails
 *
 * Compares analyze() with a floor (lower-case + one regex walk over the words, the least any
 * word-level checker must do) and with alex, the nearest local text checker; then measures how time
 * and memory grow with text size.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../../lib/checker/index.ts';
import { buildText, messageSources, root, textsFromJsonl } from './texts.ts';


const TARGETS = {
  floorRatio: 10, // analyze / floor ≤
  alexRatio: 200, // alex / analyze ≥
  growth: 130, // t(100 kB) / t(1 kB) ≤ (for 100× the text)
  oneMbMs: 100, // t(1 MB) <
};

// ---------- messages ----------

function loadMessages(): { messages: string[]; sources: string[] } {
  const sources = messageSources();
  const messages = [...new Set(sources.flatMap(textsFromJsonl))];
  return { messages, sources: sources.map((s) => s.slice(root.length + 1)) };
}

// ---------- measurement helpers ----------

let sink = 0; // keeps results observable so no pass can be optimised away

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
function floor(message: string): void {
  const lower = message.toLowerCase();
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(lower)) !== null) sink += m[0].length;
}

function runAnalyze(message: string): void {
  sink += analyze(message).findings.length;
}

/**
 * alex runs in a child process (see alex-worker.ts): a V8 isolate compiles every regex after its
 * first 1 MB of regex code without optimisation, and alex alone fills that budget while loading, so
 * in one process whichever library came second would be measured at a handicap.
 */
async function startAlex(messages: string[]): Promise<ChildProcess> {
  const child = fork(new URL('./alex-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  child.send({ messages });
  await once(child, 'message');
  return child;
}

/** Mean ms per message of alex over the messages, `repeat` times, in its process. */
async function alexPass(child: ChildProcess, repeat = 1): Promise<number> {
  child.send({ repeat });
  const [reply] = (await once(child, 'message')) as [{ ms: number; sink: number }];
  sink += reply.sink;
  return reply.ms;
}

function now(): number {
  return performance.now();
}

/** Mean ms per call of fn over items, one timed pass. */
function pass(fn: (s: string) => void, items: readonly string[], repeat = 1): number {
  const t0 = now();
  for (let r = 0; r < repeat; r++) for (const item of items) fn(item);
  return (now() - t0) / (items.length * repeat);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

// ---------- run ----------

const results: { name: string; ok: boolean; detail: string }[] = [];
function target(name: string, ok: boolean, detail: string): void {
  results.push({ name, ok, detail });
}

async function benchMessages(messages: string[]): Promise<void> {
  const flagged = messages.filter((m) => analyze(m).findings.length > 0).length;
  console.log(`messages: ${messages.length} (${flagged} flagged, ${messages.length - flagged} clean by analyze())`);

  // Warm-up: let the JIT settle on every path before anything is timed.
  for (let i = 0; i < 20; i++) {
    pass(floor, messages);
    pass(runAnalyze, messages);
  }
  const alex = await startAlex(messages);
  await alexPass(alex);

  const floorT: number[] = [];
  const analyzeT: number[] = [];
  const alexT: number[] = [];
  const ROUNDS = 15;
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved so that a burst of load from a neighbour hits all three alike.
    floorT.push(pass(floor, messages, 20));
    analyzeT.push(pass(runAnalyze, messages, 5));
    // alex is slow; a few rounds are plenty to place it.
    if (round % 4 === 1) alexT.push(await alexPass(alex));
    analyzeT.push(pass(runAnalyze, messages, 5));
    floorT.push(pass(floor, messages, 20));
  }
  alex.kill();
  const f = median(floorT) * 1000;
  const a = median(analyzeT) * 1000;
  const x = median(alexT) * 1000;
  console.log(`\nper message (median of ${ROUNDS} interleaved rounds)`);
  console.log(`  floor     ${fmt(f, 2).padStart(10)} µs   (lower-case + one regex walk over the words)`);
  console.log(`  analyze   ${fmt(a, 2).padStart(10)} µs`);
  console.log(`  alex      ${fmt(x, 2).padStart(10)} µs   (alex ${'11'} text(), in its own process)`);
  const floorRatio = a / f;
  const alexRatio = x / a;
  console.log(`  analyze / floor = ${fmt(floorRatio)}×   alex / analyze = ${fmt(alexRatio)}×`);
  target(`analyze within ${TARGETS.floorRatio}× of the floor`, floorRatio <= TARGETS.floorRatio, `${fmt(floorRatio)}×`);
  target(`analyze at least ${TARGETS.alexRatio}× faster than alex`, alexRatio >= TARGETS.alexRatio, `${fmt(alexRatio)}×`);
}

/** `text` cut at line ends into pieces of about `size` chars (the last may be shorter). */
function piecesOf(text: string, size: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from + size);
    if (to < 0) to = text.length;
    pieces.push(text.slice(from, to));
    from = to + 1;
  }
  return pieces;
}

function benchSizes(messages: string[]): void {
  // The 1 kB and 10 kB texts are the pieces of the 100 kB text: every size then holds the same mix
  // of messages, so the growth factor measures the size alone, not which messages came first.
  const hundred = buildText(messages, 100_000);
  const sizes = [
    { label: '1 kB', texts: piecesOf(hundred, 1_000), inner: 2 },
    { label: '10 kB', texts: piecesOf(hundred, 10_000), inner: 2 },
    { label: '100 kB', texts: [hundred], inner: 2 },
    { label: '1 MB', texts: [buildText(messages, 1_000_000)], inner: 1 },
  ];
  for (const s of sizes) for (let i = 0; i < 3; i++) pass(runAnalyze, s.texts);

  const times = sizes.map(() => [] as number[]);
  const ROUNDS = 9;
  for (let round = 0; round < ROUNDS; round++) {
    sizes.forEach((s, i) => times[i]!.push(pass(runAnalyze, s.texts, s.inner)));
  }
  const medians = times.map(median);
  console.log(`\nwhole text (median of ${ROUNDS} interleaved rounds; 1 kB and 10 kB: mean over the pieces of the 100 kB text)`);
  const perKb = sizes.map((s, i) => (medians[i] as number) / (s.texts.reduce((n, t) => n + t.length, 0) / s.texts.length / 1000));
  sizes.forEach((s, i) => {
    const pieces = s.texts.length > 1 ? ` × ${s.texts.length} pieces` : '';
    console.log(`  ${s.label.padEnd(7)} ${fmt(medians[i] as number, 3).padStart(10)} ms   (${fmt(perKb[i] as number, 3)} ms per kB${pieces})`);
  });
  // 100× the text at the measured cost per kB of each.
  const growth = (100 * (perKb[2] as number)) / (perKb[0] as number);
  const oneMb = medians[3] as number;
  console.log(`  growth 1 kB → 100 kB = ${fmt(growth)}× for 100× the text`);
  target(`growth 1 kB → 100 kB ≤ ${TARGETS.growth}×`, growth <= TARGETS.growth, `${fmt(growth)}×`);
  target(`1 MB in under ${TARGETS.oneMbMs} ms`, oneMb < TARGETS.oneMbMs, `${fmt(oneMb)} ms`);

  benchMemory(sizes[3]!.texts[0] as string);
}

function benchMemory(text: string): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const bytes = Buffer.byteLength(text, 'utf8');
  const peaks: number[] = [];
  const retained: number[] = [];
  const held: unknown[] = [];
  for (let i = 0; i < 3; i++) {
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const result = analyze(text);
    // Without a gc: what the call left on the heap, garbage included (a lower bound on its peak,
    // since V8 may have collected during the call).
    const after = process.memoryUsage().heapUsed;
    gc();
    const kept = process.memoryUsage().heapUsed;
    held.push(result);
    peaks.push(after - before);
    retained.push(kept - before);
  }
  sink += held.length;
  const findings = analyze(text).findings.length;
  const peak = median(peaks);
  const kept = median(retained);
  console.log(`\nmemory while analysing the 1 MB text (${fmt(bytes / 1e6, 2)} MB, ${findings} findings)`);
  console.log(`  heap grew by ${fmt(peak / 1e6, 2)} MB during the call = ${fmt(peak / bytes, 2)}× the text`);
  console.log(`  result kept ${fmt(kept / 1e6, 2)} MB after gc = ${fmt(kept / bytes, 2)}× the text`);
}

async function main(): Promise<void> {
  const started = now();
  const { messages, sources } = loadMessages();
  console.log(`Checker benchmark (node ${process.version}), messages from ${sources.join(', ')}`);
  if (messages.length === 0) {
    console.error('no messages found');
    process.exit(1);
  }
  await benchMessages(messages);
  benchSizes(messages);

  console.log('\ntargets');
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.detail}`);
  console.log(`\n(done in ${fmt((now() - started) / 1000)} s)`);
  if (sink === -1) console.log(''); // reads the sink
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}

await main();
