import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseJsonl } from '../../lib/cli/eval';

const load = (name: string) => parseJsonl(readFileSync(`tests/fixtures/${name}`, 'utf8'), name);

interface Bar {
  file: string;
  /** How the set was made, and what its bar means. */
  note: string;
  minSize?: number;
  minCleanShare?: number;
  precision?: number;
  recall?: number;
  f1?: number;
  maxCleanFp?: number;
  macroF1: number;
}

// The blind and real sets were each written without reading the rules and scored before any tuning on
// them (the score in each note); their bars are what they meet now. held-out.jsonl was never tuned on:
// its bar records where the rules stand on unseen wording, so a change that loses precision there fails.
const BARS: Bar[] = [
  { file: 'dev.jsonl', note: 'the labelled development set', precision: 0.95, recall: 0.95, macroF1: 0.85 },
  { file: 'own.jsonl', note: 'written with the first rules, hard negatives', minSize: 250, minCleanShare: 0.4, f1: 0.9, maxCleanFp: 0.05, macroF1: 0.85 },
  { file: 'blind.jsonl', note: 'new voices; held-out F1 0.764', minSize: 300, minCleanShare: 0.45, precision: 0.9, recall: 0.9, maxCleanFp: 0.05, macroF1: 0.85 },
  { file: 'blind2.jsonl', note: 'second blind set; held-out F1 0.646', minSize: 150, minCleanShare: 0.45, precision: 0.9, recall: 0.9, maxCleanFp: 0.05, macroF1: 0.85 },
  { file: 'blind3.jsonl', note: 'third blind set; held-out P 0.959, R 0.618', minSize: 300, minCleanShare: 0.4, precision: 0.95, recall: 0.93, maxCleanFp: 0.03, macroF1: 0.9 },
  { file: 'blind4.jsonl', note: 'fourth blind set; held-out P 0.94, R 0.57, clean FP 3.7%', minSize: 150, minCleanShare: 0.45, precision: 0.97, recall: 0.95, maxCleanFp: 0.02, macroF1: 0.95 },
  // real-*: written blind from public pages that quote what people text in conflicts; two thirds
  // (a, b) or three quarters (c–h) of each; the rest is in held-out.jsonl.
  { file: 'real-a.jsonl', note: 'phrase lists and chat variants; held-out F1 0.804 (R 0.70)', minSize: 250, minCleanShare: 0.45, precision: 0.97, recall: 0.95, maxCleanFp: 0.02, macroF1: 0.9 },
  { file: 'real-b.jsonl', note: 'four horsemen, sarcasm, stonewalling; held-out F1 0.725 (R 0.59)', minSize: 250, minCleanShare: 0.45, precision: 0.97, recall: 0.95, maxCleanFp: 0.02, macroF1: 0.9 },
  { file: 'real-c.jsonl', note: 'longer messages from threads; held-out F1 0.765 (R 0.64)', minSize: 250, minCleanShare: 0.45, precision: 0.97, recall: 0.93, maxCleanFp: 0.02, macroF1: 0.88 },
  { file: 'real-d.jsonl', note: 'after broken trust, public statements; held-out F1 0.760 (R 0.64)', minSize: 250, minCleanShare: 0.45, precision: 0.97, recall: 0.95, maxCleanFp: 0.02, macroF1: 0.9 },
  { file: 'real-e.jsonl', note: 'slang and chat style; held-out F1 0.784 (R 0.65)', minSize: 250, minCleanShare: 0.45, precision: 0.97, recall: 0.95, maxCleanFp: 0.02, macroF1: 0.9 },
  { file: 'real-f.jsonl', note: 'whole apologies with one trap; held-out F1 0.700 (R 0.56)', minSize: 250, minCleanShare: 0.45, precision: 0.97, recall: 0.95, maxCleanFp: 0.02, macroF1: 0.9 },
  { file: 'real-g.jsonl', note: 'maintainer and workplace disputes; held-out F1 0.748 (R 0.61)', minSize: 250, minCleanShare: 0.45, precision: 0.97, recall: 0.92, maxCleanFp: 0.02, macroF1: 0.91 },
  { file: 'real-h.jsonl', note: 'messages after betrayal; held-out F1 0.699 (R 0.56)', minSize: 250, minCleanShare: 0.45, precision: 0.97, recall: 0.92, maxCleanFp: 0.02, macroF1: 0.86 },
  { file: 'held-out.jsonl', note: 'the held-out parts of real-a…h, first scored after tuning at F1 0.804; no rule was tuned on its messages (rounds 4 to 8 checked its totals; 0.867 after round 8)', minSize: 800, minCleanShare: 0.45, precision: 0.95, recall: 0.775, maxCleanFp: 0.025, macroF1: 0.775 },
  // real-i, real-j: written blind in round 4 and never tuned on (see real-ij-sources.md); rounds 5
  // and 6 read their totals only.
  { file: 'real-i.jsonl', note: 'roommates, work, gaming, open source; never tuned on, F1 0.818, after round 5 0.830, round 6 0.841, round 7 0.859, round 8 0.866', minSize: 300, minCleanShare: 0.45, precision: 0.95, recall: 0.78, maxCleanFp: 0.035, macroF1: 0.81 },
  { file: 'real-j.jsonl', note: 'co-parents, family, friends, customer service; never tuned on, F1 0.743, after round 5 0.765, round 6 0.789, round 7 0.809, round 8 0.813', minSize: 300, minCleanShare: 0.45, precision: 0.95, recall: 0.7, maxCleanFp: 0.03, macroF1: 0.72 },
  // Round 5's own sets: phenomena written out by hand with hard clean look-alikes, tuned on.
  { file: 'own-r5-defsb.jsonl', note: 'defensiveness and shared blame, hard negatives', minSize: 220, minCleanShare: 0.35, precision: 0.96, recall: 0.96, maxCleanFp: 0.06, macroF1: 0.22 },
  { file: 'own-r5-conex.jsonl', note: 'contempt and excuses, hard negatives', minSize: 240, minCleanShare: 0.35, precision: 0.99, recall: 0.97, maxCleanFp: 0.01, macroF1: 0.27 },
  { file: 'own-r5-minru.jsonl', note: 'minimizing, rushing and non-apology, hard negatives', minSize: 50, minCleanShare: 0.4, precision: 0.97, recall: 0.95, maxCleanFp: 0.02, macroF1: 0.4 },
  // Round 6's own sets: lines adapted from public phrase lists (see own-r6-sources.md), with
  // hard clean look-alikes; tuned on.
  { file: 'own-r6-con.jsonl', note: 'contempt and criticism', minSize: 190, minCleanShare: 0.45, precision: 0.96, recall: 0.91, maxCleanFp: 0.035, macroF1: 0.5 },
  { file: 'own-r6-dsb.jsonl', note: 'defensiveness and shared blame', minSize: 100, minCleanShare: 0.45, precision: 0.94, recall: 0.95, maxCleanFp: 0.06, macroF1: 0.45 },
  { file: 'own-r6-exb.jsonl', note: 'excuses and blame-shifting', minSize: 130, minCleanShare: 0.45, precision: 0.95, recall: 0.9, maxCleanFp: 0.045, macroF1: 0.25 },
  { file: 'own-r6-nmr.jsonl', note: 'non-apology, minimizing, rushing, stonewalling', minSize: 260, minCleanShare: 0.45, precision: 0.96, recall: 0.91, maxCleanFp: 0.035, macroF1: 0.6 },
  // Round 7's own sets, from further public pages (see own-r7-sources.md); tuned on, so their bars
  // guard what was gained, not how well it generalises.
  { file: 'own-r7-cc.jsonl', note: 'contempt and criticism', minSize: 250, minCleanShare: 0.45, precision: 0.99, recall: 0.98, maxCleanFp: 0.01, macroF1: 0.48 },
  { file: 'own-r7-dsw.jsonl', note: 'defensiveness and stonewalling', minSize: 210, minCleanShare: 0.45, precision: 0.99, recall: 0.96, maxCleanFp: 0.01, macroF1: 0.31 },
  { file: 'own-r7-emr.jsonl', note: 'excuses, minimizing, rushing', minSize: 150, minCleanShare: 0.45, precision: 0.99, recall: 0.99, maxCleanFp: 0.01, macroF1: 0.71 },
  { file: 'own-r7-sbn.jsonl', note: 'shared blame, blame-shifting, non-apology', minSize: 170, minCleanShare: 0.45, precision: 0.98, recall: 0.96, maxCleanFp: 0.02, macroF1: 0.58 },
  // Round 8's own sets (see own-r8-sources.md), written as families with clean look-alikes; tuned on.
  // own-r8-lead keeps seven lines the rules still miss, so its recall bar is lower.
  { file: 'own-r8-bm.jsonl', note: 'blame-shifting and minimizing', minSize: 140, minCleanShare: 0.35, precision: 0.98, recall: 0.94, maxCleanFp: 0.02, macroF1: 0.65 },
  { file: 'own-r8-cs.jsonl', note: 'contempt and shared blame', minSize: 200, minCleanShare: 0.35, precision: 0.98, recall: 0.96, maxCleanFp: 0.025, macroF1: 0.21 },
  { file: 'own-r8-def.jsonl', note: 'defensiveness', minSize: 90, minCleanShare: 0.45, precision: 0.99, recall: 0.95, maxCleanFp: 0.01, macroF1: 0.24 },
  { file: 'own-r8-er.jsonl', note: 'excuses and rushing', minSize: 250, minCleanShare: 0.35, precision: 0.98, recall: 0.94, maxCleanFp: 0.035, macroF1: 0.4 },
  { file: 'own-r8-lead.jsonl', note: 'non-apology, stonewalling dares, criticism in co-parenting, open-source and gaming lines', minSize: 90, minCleanShare: 0.4, precision: 0.99, recall: 0.86, maxCleanFp: 0.01, macroF1: 0.77 },
];

describe('labelled corpora', () => {
  it.each(BARS)('meets the bar on $file ($note)', (bar) => {
    const msgs = load(bar.file);
    if (bar.minSize !== undefined) expect(msgs.length).toBeGreaterThanOrEqual(bar.minSize);
    if (bar.minCleanShare !== undefined) expect(msgs.filter((m) => m.labels.length === 0).length / msgs.length).toBeGreaterThanOrEqual(bar.minCleanShare);
    const r = evaluate(msgs);
    if (bar.precision !== undefined) expect(r.message.precision).toBeGreaterThanOrEqual(bar.precision);
    if (bar.recall !== undefined) expect(r.message.recall).toBeGreaterThanOrEqual(bar.recall);
    if (bar.f1 !== undefined) expect(r.message.f1).toBeGreaterThanOrEqual(bar.f1);
    if (bar.maxCleanFp !== undefined) expect(r.cleanFalsePositiveRate).toBeLessThanOrEqual(bar.maxCleanFp);
    expect(r.macroF1).toBeGreaterThanOrEqual(bar.macroF1);
  });
});
