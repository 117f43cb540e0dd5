/**
 * The whole in-page experience in real Chromium with the built extension, on every editor family's
 * test page (real engines from npm): warnings while typing, reframes applied through the engine's own
 * input path, Ctrl+Z, and nothing shown for clean drafts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { analyze } from '../../lib/checker';
import { launchBrowser } from './harness';
import { serve } from '../tools/serve';
import { FAMILIES, editorLocator, flaggedSpanRect, highlightRects, modelText, openPage, ui, waitIdle } from './page-helpers';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let server: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;
/** Every request the browser made that was not for the local test pages or the extension itself. */
const outside: string[] = [];

beforeAll(async () => {
  server = await serve();
  browser = await launchBrowser();
  context = browser.context;
  context.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('chrome-extension://') && !r.url().startsWith('data:')) outside.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const FLAGGED = "honestly you're overreacting about this";
const CLEAN = "sorry I'm late, the train was delayed";
const HARD_NEGATIVE = 'you always make the best coffee';

function expectedFinding(text: string) {
  const a = analyze(text);
  expect(a.findings.length, `the checker flags "${text}"`).toBeGreaterThan(0);
  return a.findings[0]!;
}

describe.each(FAMILIES)('%s editor', (family) => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage(context, server.url, family);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('shows a badge with the count and a highlight over the flagged words', async () => {
    const editor = editorLocator(page, family);
    await editor.click();
    await page.keyboard.type(FLAGGED);
    const count = analyze(FLAGGED).findings.length;
    const badge = ui(page).getByRole('status');
    await expect.poll(() => badge.getAttribute('aria-label').catch(() => null).then(async (l) => l ?? (await badge.textContent())), { timeout: 5000 }).toMatch(
      new RegExp(`${count} things? to reconsider`),
    );
    const f = expectedFinding(FLAGGED);
    const want = await flaggedSpanRect(page, family, FLAGGED.slice(f.start, f.end), f.start);
    await expect.poll(async () => (await highlightRects(page)).length, { timeout: 5000 }).toBeGreaterThan(0);
    const got = await highlightRects(page);
    const hit = got.find((r) => Math.abs(r.x - want.x) <= 4 && Math.abs(r.x + r.width - (want.x + want.width)) <= 6 && r.y < want.y + want.height && r.y + r.height > want.y);
    expect(hit, `a highlight over "${FLAGGED.slice(f.start, f.end)}" at ${JSON.stringify(want)}; got ${JSON.stringify(got)}`).toBeTruthy();
  });

  it('applies a reframe to exactly that span, keeps the model in sync, and Ctrl+Z restores it', async () => {
    const before = await modelText(page);
    expect(before).toBe(FLAGGED);
    const f = expectedFinding(FLAGGED);
    const reframe = f.reframes[0]!;
    const expected = reframe.whole ? reframe.text : FLAGGED.slice(0, f.start) + reframe.text + FLAGGED.slice(f.end);

    const hl = (await highlightRects(page))[0]!;
    await page.mouse.move(hl.x + hl.width / 2, hl.y + hl.height / 2);
    const apply = ui(page).getByRole('button', { name: /^Apply/ }).first();
    await apply.waitFor({ timeout: 5000 });
    await apply.click();

    await expect.poll(() => modelText(page), { timeout: 5000 }).toBe(expected);
    const visible = await editorLocator(page, family).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
    expect(visible.replace(/\n+$/, '').replace(/\u00a0/g, ' ')).toBe(expected);
    expect(await page.evaluate(() => (window as any).__mindful.sent.length)).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page), { timeout: 5000 }).toBe(FLAGGED);
  });

  it('shows nothing for a clean draft or a hard negative', async () => {
    for (const text of [CLEAN, HARD_NEGATIVE]) {
      const editor = editorLocator(page, family);
      await editor.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await page.keyboard.type(text);
      await expect.poll(() => modelText(page), { timeout: 5000 }).toBe(text);
      await waitIdle(page);
      expect(await ui(page).getByRole('status').count(), `no badge for "${text}"`).toBe(0);
      expect((await highlightRects(page)).length).toBe(0);
    }
  });
});

describe('privacy', () => {
  it('makes no network request while checking, highlighting and reframing on every editor', () => {
    // Last in the file (vitest keeps file order): by now every editor above has been typed into and reframed.
    expect(outside).toEqual([]);
  });
});
