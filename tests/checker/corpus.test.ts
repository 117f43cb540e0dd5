import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseJsonl } from '../../lib/cli/eval';

const load = (name: string) => parseJsonl(readFileSync(`tests/fixtures/${name}`, 'utf8'), name);

describe('labelled corpora', () => {
  it('meets the bar on dev.jsonl', () => {
    const r = evaluate(load('dev.jsonl'));
    expect(r.message.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.message.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.85);
  });

  it('meets the bar on own.jsonl (held-out, hard negatives)', () => {
    const msgs = load('own.jsonl');
    expect(msgs.length).toBeGreaterThanOrEqual(250);
    expect(msgs.filter((m) => m.labels.length === 0).length / msgs.length).toBeGreaterThanOrEqual(0.4);
    const r = evaluate(msgs);
    expect(r.message.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.cleanFalsePositiveRate).toBeLessThanOrEqual(0.05);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.85);
  });

  // Written blind (before the rules were read), then used to tune them: the bar is what it meets honestly.
  it('meets the bar on blind.jsonl (new voices, tuned on after the first score)', () => {
    const msgs = load('blind.jsonl');
    expect(msgs.length).toBeGreaterThanOrEqual(300);
    expect(msgs.filter((m) => m.labels.length === 0).length / msgs.length).toBeGreaterThanOrEqual(0.45);
    const r = evaluate(msgs);
    expect(r.message.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.message.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.cleanFalsePositiveRate).toBeLessThanOrEqual(0.05);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.85);
  });

  // Scored once held-out (F1 0.646), then the phenomena it exposed were fixed: no longer blind either.
  it('meets the bar on blind2.jsonl (second blind set, tuned on after the held-out score)', () => {
    const msgs = load('blind2.jsonl');
    expect(msgs.length).toBeGreaterThanOrEqual(150);
    expect(msgs.filter((m) => m.labels.length === 0).length / msgs.length).toBeGreaterThanOrEqual(0.45);
    const r = evaluate(msgs);
    expect(r.message.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.message.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.cleanFalsePositiveRate).toBeLessThanOrEqual(0.05);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.85);
  });

  // Written blind (P 0.959, R 0.618 first), then the rules were generalised with shared word lists.
  it('meets the bar on blind3.jsonl (third blind set, tuned on after the held-out score)', () => {
    const msgs = load('blind3.jsonl');
    expect(msgs.length).toBeGreaterThanOrEqual(300);
    expect(msgs.filter((m) => m.labels.length === 0).length / msgs.length).toBeGreaterThanOrEqual(0.4);
    const r = evaluate(msgs);
    expect(r.message.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.message.recall).toBeGreaterThanOrEqual(0.93);
    expect(r.cleanFalsePositiveRate).toBeLessThanOrEqual(0.03);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  // Written blind (P 0.94, R 0.57, clean FP 3.7% held-out), then its misses were fixed as phenomena: no longer blind.
  it('meets the bar on blind4.jsonl (fourth blind set, tuned on after the held-out score)', () => {
    const msgs = load('blind4.jsonl');
    expect(msgs.length).toBeGreaterThanOrEqual(150);
    expect(msgs.filter((m) => m.labels.length === 0).length / msgs.length).toBeGreaterThanOrEqual(0.45);
    const r = evaluate(msgs);
    expect(r.message.precision).toBeGreaterThanOrEqual(0.97);
    expect(r.message.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.cleanFalsePositiveRate).toBeLessThanOrEqual(0.02);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.95);
  });
});
