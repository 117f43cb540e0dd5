import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../lib/checker/index';
import { CATEGORY_IDS } from '../../lib/checker/types';

const firing = (text: string): string[] => analyze(text, { sensitivity: 'strict' }).findings.map((f) => f.ruleId);

describe('rule data', () => {
  it('has unique kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is complete and valid', (_id, rule) => {
    expect(CATEGORY_IDS).toContain(rule.category);
    expect([1, 2, 3]).toContain(rule.severity);
    expect(rule.message.trim().length).toBeGreaterThan(10);
    expect(rule.reframes.length).toBeGreaterThanOrEqual(1);
    for (const r of rule.reframes) expect(r.label.trim().length).toBeGreaterThan(0);
    expect(rule.patterns.length).toBeGreaterThanOrEqual(1);
    expect(rule.triggers.length).toBeGreaterThanOrEqual(1);
    expect(rule.examples.flagged.length).toBeGreaterThanOrEqual(1);
    expect(rule.examples.clean.length).toBeGreaterThanOrEqual(1);
  });

  it('lives in the file named after its category', async () => {
    for (const category of CATEGORY_IDS) {
      const mod = (await import(`../../lib/checker/rules/${category}.ts`)) as Record<string, unknown>;
      const rules = Object.values(mod).find(Array.isArray) as { category: string }[];
      expect(rules.length).toBeGreaterThan(0);
      for (const r of rules) expect(r.category).toBe(category);
    }
  });

  it('writes every pattern out in full: no template placeholder left in a source', () => {
    // A '${NAME}' written in quotes instead of backticks reaches the regex as an end anchor and
    // braces, so that branch can never match (a sorry-state-excuse branch was dead this way).
    for (const rule of RULES) for (const re of rule.patterns) expect(re.source, rule.id).not.toMatch(/\$\{|\{[A-Z_]+\}/);
  });

  it('gives every category at least one rule', () => {
    for (const c of CATEGORY_IDS) expect(RULES.some((r) => r.category === c)).toBe(true);
  });
});

describe('rule examples', () => {
  const flagged = RULES.flatMap((r) => r.examples.flagged.map((text) => [r.id, text] as const));
  const clean = RULES.flatMap((r) => r.examples.clean.map((text) => [r.id, text] as const));

  it.each(flagged)('%s fires on %j', (id, text) => {
    expect(firing(text)).toContain(id);
  });

  it.each(clean)('%s stays quiet on %j', (id, text) => {
    expect(firing(text)).not.toContain(id);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s offers its reframes when it fires', (_id, rule) => {
    const text = rule.examples.flagged[0]!;
    const finding = analyze(text, { sensitivity: 'strict' }).findings.find((f) => f.ruleId === rule.id)!;
    expect(finding.reframes.length).toBeGreaterThanOrEqual(1);
    for (const r of finding.reframes) expect(r.text.trim().length).toBeGreaterThan(0);
    expect(finding.message).toBe(rule.message);
    expect(finding.category).toBe(rule.category);
  });
});
