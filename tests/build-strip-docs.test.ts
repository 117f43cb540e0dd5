import { describe, expect, it } from 'vitest';
import { removeProperty } from '../lib/build/strip-docs';

describe('removeProperty (what the extension build leaves out)', () => {
  it('drops the named property with its comma and keeps the rest', () => {
    const src = `export const r = [{ id: 'a', examples: { flagged: ['x, y'], clean: [] }, message: 'm' }, { id: 'b', examples: { flagged: [], clean: ['}'] } }];`;
    const out = removeProperty(src, 'examples');
    expect(out.replace(/\s+/g, ' ')).toBe(`export const r = [{ id: 'a', message: 'm' }, { id: 'b', }];`);
  });

  it('leaves a property of the same name that is not an assignment, and other names, alone', () => {
    const src = `const why = 1; const o = { whyNot: 2, why };`;
    expect(removeProperty(src, 'why')).toBe(src);
  });

  it.each([
    ['lib/checker/rules', 'examples'],
    ['lib/sites', 'why'],
  ])('leaves every file in %s valid TypeScript without its %s', async (dir, name) => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const ts = (await import('typescript')).default;
    const files = readdirSync(dir).filter((n) => n.endsWith('.ts'));
    let removed = 0;
    for (const f of files) {
      const code = readFileSync(`${dir}/${f}`, 'utf8');
      const out = removeProperty(code, name);
      if (out !== code) removed++;
      expect(new RegExp(`\\b${name}:\\s*['"\\x60{]`).test(out), f).toBe(false);
      const result = ts.transpileModule(out, { reportDiagnostics: true, fileName: f });
      expect(result.diagnostics ?? [], f).toEqual([]);
    }
    expect(removed).toBeGreaterThan(3);
  });
});
