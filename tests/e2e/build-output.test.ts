/** What the built extension ships: small enough for every messenger page, and asking for little. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
const content = readFileSync(`${EXTENSION_DIR}/content-scripts/messenger.js`);

describe('the built extension', () => {
  it('keeps the content script at or under 60 kB gzipped', () => {
    expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('leaves rule examples and selector notes out of the content script', () => {
    const js = content.toString('utf8');
    expect(js).not.toMatch(/examples:\{/);
    expect(js).not.toMatch(/why:[`'"]/);
  });

  it('asks only for storage, scripting and activeTab, with site access only where the content script runs', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    // The e2e build adds the local test origins; the store build has none (see wxt.config.ts).
    expect(manifest.host_permissions).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
    const matches: string[] = manifest.content_scripts[0].matches;
    expect(matches).toContain('https://web.whatsapp.com/*');
    expect(matches.every((m) => m.startsWith('https://') || m.startsWith('http://localhost') || m.startsWith('http://127.0.0.1'))).toBe(true);
  });
});
