// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidMatchPattern, matchesPattern } from '../../lib/sites/find';
import { ADAPTERS, contentScriptMatches, E2E_MATCHES, GENERIC } from '../../lib/sites/registry';
import type { SiteAdapter } from '../../lib/sites/types';

const SITES = resolve('lib/sites');
const FIXTURES = resolve('tests/fixtures/sites');
const NOT_ADAPTERS = new Set(['types.ts', 'find.ts', 'registry.ts']);
const ADAPTER_FILES = readdirSync(SITES).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));
const ALL: SiteAdapter[] = [...ADAPTERS, GENERIC];

function isAdapter(value: unknown): value is SiteAdapter {
  return typeof value === 'object' && value !== null && 'composeSelectors' in value && 'matches' in value;
}

describe('adapter registry (meta)', () => {
  it('has one adapter file per messenger plus the generic one', () => {
    expect(ADAPTER_FILES.length).toBe(ALL.length);
  });

  it.each(ADAPTER_FILES)('registers the adapter exported by %s, named after its id', async (file) => {
    const mod = (await import(`../../lib/sites/${file}`)) as Record<string, unknown>;
    const exported = Object.values(mod).filter(isAdapter);
    expect(exported).toHaveLength(1);
    const adapter = exported[0]!;
    expect(ALL).toContain(adapter);
    expect(`${adapter.id}.ts`).toBe(file);
  });

  it('gives every adapter a unique kebab-case id and a name', () => {
    const ids = ALL.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ALL) {
      expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(a.name.trim()).not.toBe('');
    }
  });

  it.each(ALL.map((a) => [a.id, a] as const))('%s: every selector parses and says why it exists', (_id, a) => {
    expect(a.composeSelectors.length).toBeGreaterThanOrEqual(1);
    expect(a.sendButtonSelectors.length).toBeGreaterThanOrEqual(1);
    for (const s of [...a.composeSelectors, ...a.sendButtonSelectors]) {
      expect(s.why.trim().length, s.css).toBeGreaterThan(10);
      expect(() => document.createElement('div').querySelector(s.css), s.css).not.toThrow();
    }
    const css = a.composeSelectors.map((s) => s.css);
    expect(new Set(css).size).toBe(css.length);
  });

  it.each(ALL.map((a) => [a.id, a] as const))('%s: sends with at least one key, Mod+Enter where Enter is a new line', (_id, a) => {
    expect(a.sendKeys.length).toBeGreaterThan(0);
    if (a.enterIsNewline || a.composeSelectors.some((s) => s.enterIsNewline)) expect(a.sendKeys).toContain('Mod+Enter');
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s: has valid match patterns', (_id, a) => {
    expect(a.matches.length).toBeGreaterThan(0);
    for (const p of a.matches) expect(isValidMatchPattern(p), p).toBe(true);
  });

  it('registers the generic adapter dynamically only (no patterns of its own)', () => {
    expect(GENERIC.id).toBe('generic');
    expect(GENERIC.matches).toEqual([]);
    expect(ADAPTERS).not.toContain(GENERIC);
  });

  it.each(ALL.map((a) => a.id))('%s: has a saved snippet that says it is a reduced reconstruction', (id) => {
    const html = readFileSync(`${FIXTURES}/${id}.html`, 'utf8');
    expect(html.trimStart().startsWith('<!--')).toBe(true);
    expect(html).not.toMatch(/<script/i);
  });

  it('lists exactly the registered adapters in the README table for the integrator', () => {
    const table = readFileSync(`${FIXTURES}/README-table.md`, 'utf8');
    const ids = [...table.matchAll(/^\|[^|]+\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(ALL.map((a) => a.id).sort());
  });
});

describe('content script matches', () => {
  it('are the union of all adapters\' patterns, without duplicates', () => {
    const matches = contentScriptMatches(false);
    expect(new Set(matches).size).toBe(matches.length);
    for (const a of ADAPTERS) for (const p of a.matches) expect(matches).toContain(p);
  });

  it('add the local test origins only in the e2e build', () => {
    for (const p of E2E_MATCHES) {
      expect(contentScriptMatches(false)).not.toContain(p);
      expect(contentScriptMatches(true)).toContain(p);
    }
  });

  it('never ask for every site', () => {
    for (const p of contentScriptMatches(true)) {
      expect(p).not.toBe('<all_urls>');
      expect(p).not.toMatch(/^[^:]+:\/\/\*\//);
    }
  });
});

describe('match patterns', () => {
  it.each([
    ['https://web.whatsapp.com/*', true],
    ['*://*.example.org/*', true],
    ['http://localhost/*', true],
    ['http://127.0.0.1:8080/*', true],
    ['https://www.facebook.com/messages*', true],
    ['<all_urls>', true],
    ['https://web.whatsapp.com', false],
    ['web.whatsapp.com/*', false],
    ['https://*whatsapp.com/*', false],
    ['https://web.*.com/*', false],
    ['chrome://extensions/*', false],
  ])('%s is valid: %s', (pattern, valid) => {
    expect(isValidMatchPattern(pattern)).toBe(valid);
  });

  it.each([
    ['https://www.facebook.com/messages*', 'https://www.facebook.com/messages/t/1', true],
    ['https://www.facebook.com/messages*', 'https://www.facebook.com/marketplace', false],
    ['https://www.linkedin.com/feed*', 'https://www.linkedin.com/feed/?trk=nav', true],
    ['*://*.example.org/*', 'http://a.b.example.org/x', true],
    ['*://*.example.org/*', 'https://example.org/', true],
    ['*://*.example.org/*', 'https://badexample.org/', false],
    ['https://discord.com/*', 'http://discord.com/', false],
    ['http://127.0.0.1:8080/*', 'http://127.0.0.1:9090/', false],
  ])('%s against %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, new globalThis.URL(url))).toBe(expected);
  });
});
