import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { EditorFamilyId } from '../../lib/sites/types';

export const FAMILIES: EditorFamilyId[] = ['textarea', 'contenteditable', 'lexical', 'slate', 'quill', 'prosemirror', 'ckeditor5', 'draftjs'];

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A family's test page, with the content script's UI host in place. */
export async function openPage(context: BrowserContext, baseUrl: string, family: EditorFamilyId): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${family}.html`);
  await page.waitForFunction(() => !!(window as any).__mindful);
  await page.locator('mindful-send-ui').waitFor({ state: 'attached', timeout: 10_000 });
  return page;
}

export function editorLocator(page: Page, family: EditorFamilyId): Locator {
  return family === 'textarea' ? page.locator('textarea').first() : page.locator('[contenteditable="true"]').first();
}

/** Mindful Send's own UI (Playwright locators pierce its open shadow root). */
export function ui(page: Page): Locator {
  return page.locator('mindful-send-ui');
}

/** The engine's own model text, read through its API by the test page. */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as any).__mindful.modelText() as string);
}

export function sent(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as any).__mindful.sent as string[])]);
}

export async function highlightRects(page: Page): Promise<Rect[]> {
  return page.evaluate(() => {
    const host = document.querySelector('mindful-send-ui');
    const marks = host?.shadowRoot ? Array.from(host.shadowRoot.querySelectorAll('.ms-hl')) : [];
    return marks.map((m) => {
      const r = m.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  });
}

/** Longer than the checker's debounce plus a frame: after this, what is drawn reflects the draft. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForTimeout(450);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Where the words [offset, offset + words.length) of a one-line draft are on screen. In a textarea there is
 * no DOM text to measure, so it is measured with the textarea's own font. */
export async function flaggedSpanRect(page: Page, family: EditorFamilyId, words: string, offset: number): Promise<Rect> {
  return page.evaluate(
    ({ family, words, offset }) => {
      if (family === 'textarea') {
        const ta = document.querySelector('textarea')!;
        const cs = getComputedStyle(ta);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const r = ta.getBoundingClientRect();
        const left = r.x + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) - ta.scrollLeft;
        const x = left + ctx.measureText(ta.value.slice(0, offset)).width;
        return { x, y: r.y + parseFloat(cs.paddingTop), width: ctx.measureText(words).width, height: parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2 };
      }
      const root = document.querySelector('[contenteditable="true"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(words);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + words.length);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
      throw new Error(`"${words}" is not in the editor`);
    },
    { family, words, offset },
  );
}

/** Empty the editor with the keyboard, as a person would. */
export async function clearEditor(page: Page, family: EditorFamilyId): Promise<void> {
  await editorLocator(page, family).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
}
