/**
 * `npm start`: build the extension and the demo page, then open Chromium with Mindful Send loaded on it.
 * With a display, the browser stays open for you to try. Without one (a server, CI) it runs headless,
 * types a few drafts, saves screenshots of the warnings and of the pause dialog, and prints their paths.
 *   npm start -- --headless   force the headless tour even with a display
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../e2e/harness';
import { serve } from './serve';

const SHOTS = resolve('.output/screenshots');

function run(cmd: string) {
  console.log(`> ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
}

async function tour(page: Page): Promise<string[]> {
  const saved: string[] = [];
  const boxes = page.locator('.chat[data-family]');
  const drafts = [
    "I'm sorry you feel that way, but you always overreact",
    'ok calm down, it was just a joke',
    "we were both yelling. I'm done talking about this",
  ];
  const count = Math.min(await boxes.count(), drafts.length);
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i).locator('textarea, [contenteditable="true"]').first();
    await box.click();
    await page.keyboard.type(drafts[i]!, { delay: 5 });
  }
  await page.locator('.chat[data-family]').first().locator('textarea, [contenteditable="true"]').first().click();
  await page.getByRole('status').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(400);
  const warnings = join(SHOTS, 'warnings.png');
  await page.screenshot({ path: warnings, fullPage: false });
  saved.push(warnings);

  await page.getByRole('status').first().click();
  await page.waitForTimeout(300);
  const card = join(SHOTS, 'finding-card.png');
  await page.screenshot({ path: card });
  saved.push(card);
  await page.keyboard.press('Escape');

  await page.locator('.chat[data-family]').first().locator('textarea, [contenteditable="true"]').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: /pause/i }).waitFor({ timeout: 10_000 });
  await page.waitForTimeout(600);
  const dialog = join(SHOTS, 'pause-dialog.png');
  await page.screenshot({ path: dialog });
  saved.push(dialog);
  return saved;
}

async function main() {
  const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('Chromium was not found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  run('npm run --silent build:e2e');
  run('npm run --silent build:pages');
  const server = await serve();
  const profile = mkdtempSync(join(tmpdir(), 'mindful-send-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: chromiumArgs(),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/index.html`);
  if (!headless) {
    console.log(`Mindful Send is loaded on the demo page: ${server.url}/index.html  (close the browser to stop)`);
    await new Promise<void>((done) => context.on('close', () => done()));
    await server.close();
    return;
  }
  mkdirSync(SHOTS, { recursive: true });
  try {
    const saved = await tour(page);
    console.log('\nNo display here, so Mindful Send ran headless on the demo page. Screenshots:');
    for (const s of saved) console.log(`  ${s}`);
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
