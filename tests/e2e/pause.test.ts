/**
 * Pause before sending, in real Chromium with the built extension, on every editor family's test page
 * (whose send records exactly what it receives).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../lib/checker';
import { launchBrowser } from './harness';
import { serve } from '../tools/serve';
import { FAMILIES, clearEditor, editorLocator, modelText, openPage, sent, ui, waitIdle } from './page-helpers';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const FLAGGED = "I'm sorry you feel that way";
const CLEAN = 'see you at 7, I will bring the salad';

const dialog = (page: Page) => ui(page).getByRole('dialog', { name: /Pause/ });

async function typeDraft(page: Page, family: (typeof FAMILIES)[number], text: string) {
  await clearEditor(page, family);
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page), { timeout: 5000 }).toBe(text);
}

describe.each(FAMILIES)('%s editor', (family) => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage(browser.context, server.url, family);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('pauses a flagged draft at Enter and sends nothing', async () => {
    await typeDraft(page, family, FLAGGED);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 5000 });
    expect(await sent(page)).toEqual([]);
    expect(await modelText(page)).toBe(FLAGGED);
  });

  it('keeps the draft and the caret when Edit message is chosen', async () => {
    await expect(dialog(page).getByRole('button', { name: 'Edit message' }).evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);
    await dialog(page).getByRole('button', { name: 'Edit message' }).click();
    await dialog(page).waitFor({ state: 'detached', timeout: 5000 });
    expect(await sent(page)).toEqual([]);
    expect(await modelText(page)).toBe(FLAGGED);
    await page.keyboard.type('.');
    await expect.poll(() => modelText(page), { timeout: 5000 }).toBe(`${FLAGGED}.`);
    await page.keyboard.press('Backspace');
    await expect.poll(() => modelText(page), { timeout: 5000 }).toBe(FLAGGED);
  });

  it('treats Escape as Edit message', async () => {
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 5000 });
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached', timeout: 5000 });
    expect(await sent(page)).toEqual([]);
    expect(await modelText(page)).toBe(FLAGGED);
  });

  it('sends exactly once, unchanged, when Send anyway is chosen', async () => {
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 5000 });
    await dialog(page).getByRole('button', { name: 'Send anyway' }).click({ timeout: 15_000 });
    await expect.poll(() => sent(page), { timeout: 5000 }).toEqual([FLAGGED]);
    await page.waitForTimeout(500);
    expect(await sent(page)).toEqual([FLAGGED]);
  });

  it('changes the draft and sends nothing when a reframe is applied', async () => {
    await typeDraft(page, family, FLAGGED);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 5000 });
    const f = analyze(FLAGGED).findings[0]!;
    const r = f.reframes[0]!;
    const expected = r.whole ? r.text : FLAGGED.slice(0, f.start) + r.text + FLAGGED.slice(f.end);
    await dialog(page).getByRole('button', { name: /^Apply/ }).first().click();
    await dialog(page).waitFor({ state: 'detached', timeout: 5000 });
    await expect.poll(() => modelText(page), { timeout: 5000 }).toBe(expected);
    expect(await sent(page)).toEqual([FLAGGED]);
  });

  it("pauses the app's send button too, and Send anyway then sends once", async () => {
    await typeDraft(page, family, FLAGGED);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog(page).waitFor({ timeout: 5000 });
    expect(await sent(page)).toEqual([FLAGGED]);
    await dialog(page).getByRole('button', { name: 'Send anyway' }).click({ timeout: 15_000 });
    await expect.poll(() => sent(page), { timeout: 5000 }).toEqual([FLAGGED, FLAGGED]);
    await page.waitForTimeout(500);
    expect((await sent(page)).length).toBe(2);
  });

  it('lets Shift+Enter make a new line', async () => {
    await clearEditor(page, family);
    await page.keyboard.type('you always');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('bring snacks, thank you');
    await expect.poll(() => modelText(page), { timeout: 5000 }).toBe('you always\nbring snacks, thank you');
    expect(await dialog(page).count()).toBe(0);
    expect((await sent(page)).length).toBe(2);
  });

  it('sends a clean draft with no dialog', async () => {
    await typeDraft(page, family, CLEAN);
    await waitIdle(page);
    await editorLocator(page, family).press('Enter');
    await expect.poll(() => sent(page), { timeout: 5000 }).toEqual([FLAGGED, FLAGGED, CLEAN]);
    expect(await dialog(page).count()).toBe(0);
  });
});
