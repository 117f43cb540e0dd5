import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, PAGES_DIR, findChromium } from './harness';

/** Fails fast, before any browser starts, when a build the tests need is missing. */
export default function setup(): void {
  const missing: string[] = [];
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    missing.push(`the extension build (${EXTENSION_DIR}/manifest.json): run \`npm run build:e2e\``);
  }
  if (!existsSync(path.join(PAGES_DIR, 'index.html'))) {
    missing.push(`the test pages (${PAGES_DIR}/index.html): run \`npm run build:pages\``);
  }
  if (!findChromium()) missing.push('Chromium: run `apt-get install -y chromium` or set CHROME_PATH');
  if (missing.length) {
    throw new Error(`The real-browser tests need:\n- ${missing.join('\n- ')}\n(\`npm run test:e2e\` builds both first.)`);
  }
}
