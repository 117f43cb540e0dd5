/**
 * How the overlay behaves around the words, in real Chromium with the extension: it follows the text when
 * the page scrolls, opens from the keyboard, dismisses, and turns itself off for a site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './harness';
import { serve } from '../tools/serve';
import { clearEditor, editorLocator, highlightRects, modelText, openPage, ui, waitIdle } from './page-helpers';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

const DRAFT = "thanks for dinner. honestly you're overreacting about this";

beforeAll(async () => {
  server = await serve();
  browser = await launchBrowser();
  page = await openPage(browser.context, server.url, 'contenteditable');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function typeDraft() {
  await clearEditor(page, 'contenteditable');
  await page.keyboard.type(DRAFT);
  await expect.poll(() => highlightRects(page).then((r) => r.length), { timeout: 5000 }).toBeGreaterThan(0);
}

describe('the overlay on a real page', () => {
  it('keeps highlights on the words when the page scrolls', async () => {
    await typeDraft();
    const before = (await highlightRects(page))[0]!;
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px';
      window.scrollBy(0, 40);
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const moved = await page.evaluate(() => window.scrollY);
    expect(moved).toBeGreaterThan(0);
    await expect.poll(async () => Math.round((await highlightRects(page))[0]?.y ?? NaN), { timeout: 3000 }).toBe(Math.round(before.y - moved));
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('opens the card for the words at the caret with Alt+Shift+M, and Escape gives the editor back', async () => {
    await editorLocator(page, 'contenteditable').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Alt+Shift+M');
    const apply = ui(page).getByRole('button', { name: /^Apply/ }).first();
    await apply.waitFor({ timeout: 3000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('mindful-send-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => apply.count(), { timeout: 3000 }).toBe(0);
    await page.keyboard.type('!');
    await expect.poll(() => modelText(page), { timeout: 3000 }).toBe(`${DRAFT}!`);
  });

  it('hides a dismissed finding for the rest of this draft', async () => {
    await typeDraft();
    const hl = (await highlightRects(page))[0]!;
    await page.mouse.move(hl.x + hl.width / 2, hl.y + hl.height / 2);
    await ui(page).getByRole('button', { name: 'Dismiss', exact: true }).first().click();
    await expect.poll(() => ui(page).getByRole('status').count(), { timeout: 3000 }).toBe(0);
    await editorLocator(page, 'contenteditable').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ok');
    await waitIdle(page);
    expect(await ui(page).getByRole('status').count()).toBe(0);
  });

  it('stops on this site when turned off here, and comes back when turned on from settings', async () => {
    await typeDraft();
    await ui(page).getByRole('status').click();
    await ui(page).getByRole('button', { name: /Turn off on this site/ }).click();
    await expect.poll(() => highlightRects(page).then((r) => r.length), { timeout: 3000 }).toBe(0);
    await editorLocator(page, 'contenteditable').click();
    await page.keyboard.type(' really');
    await waitIdle(page);
    expect(await ui(page).getByRole('status').count()).toBe(0);

    // The popup's switch for this site writes the same setting; do what it does, from an extension page.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const host = new URL(server.url).host;
    await popup.evaluate(async (h) => {
      const chrome = (globalThis as any).chrome;
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, disabledHosts: settings.disabledHosts.filter((x: string) => x !== h) } });
    }, host);
    await popup.close();
    await typeDraft();
    await expect.poll(() => ui(page).getByRole('status').count(), { timeout: 5000 }).toBe(1);
  });
});
