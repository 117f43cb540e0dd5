/**
 * Real-browser harness for the end-to-end tests (and `npm start`).
 *
 *   const browser = await launchBrowser();            // Chromium with .output/chrome-mv3 loaded
 *   try { const page = await browser.context.newPage(); ... } finally { await browser.close(); }
 *
 * - `launchBrowser({ extension: false })` launches without the extension (e.g. to test pages alone).
 * - `launchBrowser({ userDataDir })` reuses a profile (IndexedDB and the extension id survive a relaunch);
 *   without it a fresh temporary profile is made and deleted on close.
 * - `findChromium()` finds the browser: CHROME_PATH, /usr/bin/chromium, or `chromium` on PATH.
 * Serve the pages with `serve()` from tests/tools/serve.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const PAGES_DIR = path.join(REPO_ROOT, 'tests/pages/dist');

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    return found || null;
  } catch {
    return null;
  }
}

/** Chromium flags for tests and `npm start`: quiet (no background network calls) and, by default,
 * with the built extension loaded. */
export function chromiumArgs(withExtension = true): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) args.unshift(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  return args;
}

export interface LaunchOptions {
  userDataDir?: string;
  /** Load the built extension from .output/chrome-mv3 (default true). */
  extension?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id (host of its service worker URL), when the extension is loaded. */
  extensionId?: string;
  close(): Promise<void>;
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Install one with `apt-get install -y chromium`, or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  const withExtension = opts.extension ?? true;
  if (withExtension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}. Run \`npm run build:e2e\` first.`);
  }
  const tempDir = opts.userDataDir ? null : mkdtempSync(path.join(tmpdir(), 'mindful-chromium-'));
  const userDataDir = opts.userDataDir ?? tempDir!;
  const args = chromiumArgs(withExtension);
  const removeTemp = () => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args });
  } catch (error) {
    removeTemp();
    throw error;
  }
  const close = async () => {
    try {
      await context.close();
    } finally {
      removeTemp();
    }
  };
  if (!withExtension) return { context, close };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
}
