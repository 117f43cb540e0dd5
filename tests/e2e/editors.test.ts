/**
 * The editor-family operations against the real engines, driven by real keyboard input in Chromium.
 * The operations bundle is injected into each test page (main world: DOM, selection and events
 * behave as in a content script's isolated world).
 */
import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EditorFamilyId } from '../../lib/sites/types';
import { serve, type StaticServer } from '../tools/serve';
import { REPO_ROOT, launchBrowser, type LaunchedBrowser } from './harness';

interface FamilyCase {
  family: EditorFamilyId;
  /** The editable root the content script would be given. */
  root: string;
}

const FAMILIES: FamilyCase[] = [
  { family: 'textarea', root: 'textarea' },
  { family: 'contenteditable', root: '.box[contenteditable="true"]' },
  { family: 'lexical', root: '[data-lexical-editor="true"]' },
  { family: 'slate', root: '[data-slate-editor="true"]' },
  { family: 'quill', root: '.ql-editor' },
  { family: 'prosemirror', root: '.ProseMirror' },
  { family: 'ckeditor5', root: '.ck-editor__editable' },
  { family: 'draftjs', root: '.public-DraftEditor-content' },
];

const LINE_1 = 'I hear you, and I am sorry.';
const LINE_2 = 'But you always ignore me when I talk.';
const SPAN = 'you always ignore me';
const REFRAME = 'I felt unheard';
// Engines group edits typed close together into one undo step (Quill and Lexical: 1 s). A reframe is
// applied after the person has read a card, so the test waits as long before replacing.
const HISTORY_GAP_MS = 1100;

let server: StaticServer;
let browser: LaunchedBrowser;
let opsSource: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(REPO_ROOT, 'lib/sites/editors/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__ops',
    write: false,
    target: 'chrome120',
  });
  opsSource = bundle.outputFiles[0]!.text;
  server = await serve();
  browser = await launchBrowser({ extension: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(family: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${family}.html`);
  // Generous: on a loaded two-core machine the big engine bundles can take a while to start.
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.addScriptTag({ content: opsSource });
  return page;
}

/** Runs one operation in the page on the compose box. */
function op<T>(page: Page, c: FamilyCase, code: string, args: unknown[] = []): Promise<T> {
  return page.evaluate(
    ({ selector, family, code, args }) => {
      const root = document.querySelector<HTMLElement>(selector)!;
      const w = window as unknown as { __ops: { editorOps(f: string): unknown; detectFamily(el: HTMLElement): string } };
      const ops = w.__ops.editorOps(family);
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      return new Function('ops', 'root', 'lib', 'args', code)(ops, root, w.__ops, args);
    },
    { selector: c.root, family: c.family, code, args },
  ) as Promise<T>;
}

const modelText = (page: Page) => page.evaluate(() => window.__mindful.modelText());
const sent = (page: Page) => page.evaluate(() => window.__mindful.sent.slice());
const readText = (page: Page, c: FamilyCase) => op<string>(page, c, 'return ops.readText(root)');

async function typeDraft(page: Page, c: FamilyCase, lines: string[]) {
  await page.click(c.root);
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(line);
  }
}

describe.each(FAMILIES)('$family editor', (c) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(c.family);
  });
  afterAll(async () => {
    await page?.close();
  });

  const original = `${LINE_1}\n${LINE_2}`;
  const spanStart = original.indexOf(SPAN);
  const replaced = original.slice(0, spanStart) + REFRAME + original.slice(spanStart + SPAN.length);

  test('is recognised from its DOM markers', async () => {
    expect(await op(page, c, 'return lib.detectFamily(root)')).toBe(c.family);
  });

  test('reads a typed two-line draft exactly as the engine holds it, without sending it', async () => {
    await typeDraft(page, c, [LINE_1, LINE_2]);
    expect(await modelText(page)).toBe(original);
    expect(await readText(page, c)).toBe(original);
    expect(await sent(page)).toEqual([]);
  });

  test('maps a word in the second line to a range with rects', async () => {
    const start = original.indexOf('ignore');
    const result = await op<{ text: string | null; rects: number }>(
      page,
      c,
      `const [s, e] = args;
       if (ops.family === 'textarea') return { text: null, rects: lib.textareaRects(root, s, e).filter(r => r.width > 0).length };
       const range = ops.rangeFor(root, s, e);
       return { text: range ? range.toString() : null, rects: range ? Array.from(range.getClientRects()).filter(r => r.width > 0).length : 0 };`,
      [start, start + 'ignore'.length],
    );
    if (c.family !== 'textarea') expect(result.text).toBe('ignore');
    expect(result.rects).toBeGreaterThan(0);
  });

  test('replaces a span in the second line, caret after it, and one Ctrl+Z undoes it', async () => {
    await page.waitForTimeout(HISTORY_GAP_MS);
    const ok = await op<boolean>(page, c, 'return ops.replace(root, args[0], args[1], args[2])', [
      spanStart,
      spanStart + SPAN.length,
      REFRAME,
    ]);
    expect(ok).toBe(true);
    expect(await modelText(page)).toBe(replaced);
    expect(await readText(page, c)).toBe(replaced);
    expect(await op(page, c, 'return ops.caretOffset(root)')).toBe(spanStart + REFRAME.length);

    await page.keyboard.press('Control+z');
    await page.waitForTimeout(100);
    expect(await modelText(page)).toBe(original);
    expect(await readText(page, c)).toBe(original);
  });

  test('replaces the whole two-line draft (a whole-message reframe), and one Ctrl+Z brings both lines back', async () => {
    await page.waitForTimeout(HISTORY_GAP_MS);
    const whole = 'Can we talk tonight? I want to understand.';
    const ok = await op<boolean>(page, c, 'return ops.replace(root, 0, ops.readText(root).length, args[0])', [whole]);
    expect(ok).toBe(true);
    expect(await modelText(page)).toBe(whole);
    expect(await readText(page, c)).toBe(whole);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(100);
    expect(await modelText(page)).toBe(original);
    expect(await readText(page, c)).toBe(original);
  });

  test('focuses the box, replaces, and leaves the caret after the inserted text, so typing continues there', async () => {
    await page.waitForTimeout(HISTORY_GAP_MS);
    // As when the person clicks a reframe in the overlay: focus is no longer in the editor.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const ok = await op<boolean>(page, c, 'return ops.replace(root, args[0], args[1], args[2])', [
      spanStart,
      spanStart + SPAN.length,
      REFRAME,
    ]);
    expect(ok).toBe(true);
    await page.keyboard.type('!');
    const expected = original.slice(0, spanStart) + REFRAME + '!' + original.slice(spanStart + SPAN.length);
    expect(await modelText(page)).toBe(expected);
    expect(await readText(page, c)).toBe(expected);
    expect(await sent(page)).toEqual([]);
  });

  test('Enter sends the draft exactly once and empties the box', async () => {
    const draft = await modelText(page);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    expect(await sent(page)).toEqual([draft]);
    expect(await modelText(page)).toBe('');
    expect(await readText(page, c)).toBe('');
  });

  test('reads empty lines and a trailing new line exactly as the engine holds them; the Send button sends them', async () => {
    await typeDraft(page, c, ['one', '', 'two', '']);
    const model = await modelText(page);
    expect(model).toBe('one\n\ntwo\n');
    expect(await readText(page, c)).toBe(model);
    const start = model.indexOf('two');
    const word = await op<string | null>(page, c, 'const r = ops.rangeFor(root, args[0], args[1]); return r ? r.toString() : null', [
      start,
      start + 3,
    ]);
    if (c.family !== 'textarea') expect(word).toBe('two');
    expect(await sent(page)).toHaveLength(1);

    await page.click('button[aria-label="Send"]');
    expect((await sent(page)).slice(1)).toEqual([model]);
    expect(await modelText(page)).toBe('');
  });
});

/** Runs `code` in a fresh isolated world of the page, as a content script would (no page JS objects). */
async function inIsolatedWorld<T>(page: Page, code: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'mindful-send-test',
    });
    await cdp.send('Runtime.evaluate', { expression: opsSource, contextId: executionContextId });
    const evaluation = cdp.send('Runtime.evaluate', {
      expression: `(async () => { ${code} })()`,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = await Promise.race([
      evaluation,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the code in the isolated world did not finish within 20 s')), 20_000);
      }),
    ]).finally(() => clearTimeout(timer));
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as T;
  } finally {
    await cdp.detach();
  }
}

describe.each(FAMILIES)('$family editor, from an isolated world', (c) => {
  test('replaces a span so that the engine model holds the new text', async () => {
    const page = await openPage(c.family);
    try {
      await typeDraft(page, c, [LINE_1, LINE_2]);
      const original = `${LINE_1}\n${LINE_2}`;
      const start = original.indexOf(SPAN);
      await page.waitForTimeout(HISTORY_GAP_MS);
      const result = await inIsolatedWorld<{ pageObject: string; ok: boolean }>(
        page,
        `const root = document.querySelector(${JSON.stringify(c.root)});
         const ops = __ops.editorOps(__ops.detectFamily(root));
         return { pageObject: typeof window.__mindful, ok: await ops.replace(root, ${start}, ${start + SPAN.length}, ${JSON.stringify(REFRAME)}) };`,
      );
      // The page's own objects are out of reach there, as for a content script.
      expect(result).toEqual({ pageObject: 'undefined', ok: true });
      expect(await modelText(page)).toBe(original.slice(0, start) + REFRAME + original.slice(start + SPAN.length));
    } finally {
      await page.close();
    }
  });
});

describe('textarea rects', () => {
  test('place a word inside the field, on its line, right of the words before it', async () => {
    const page = await openPage('textarea');
    try {
      await page.click('textarea');
      await page.keyboard.type('first line');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('But you always ignore me');
      const result = await page.evaluate(() => {
        const field = document.querySelector('textarea')!;
        const lib = (window as unknown as { __ops: { textareaRects(el: HTMLTextAreaElement, s: number, e: number): DOMRect[] } }).__ops;
        const text = field.value;
        const box = field.getBoundingClientRect();
        const rectOf = (word: string) => lib.textareaRects(field, text.indexOf(word), text.indexOf(word) + word.length)[0]!;
        const [first, but, ignore] = [rectOf('first'), rectOf('But'), rectOf('ignore')];
        return {
          inside: [first, but, ignore].every((r) => r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom),
          secondLineBelow: but.top >= first.bottom - 1,
          sameLine: Math.abs(ignore.top - but.top) < 1,
          toTheRight: ignore.left > but.right,
          leftAligned: Math.abs(first.left - but.left) < 1,
          // The measuring copy may be kept for the next call, but never inside the page's compose area.
          mirrorsInComposer: document.querySelectorAll('.composer mindful-send-mirror, .chat mindful-send-mirror').length,
        };
      });
      expect(result).toEqual({ inside: true, secondLineBelow: true, sameLine: true, toTheRight: true, leftAligned: true, mirrorsInComposer: 0 });
    } finally {
      await page.close();
    }
  });
});

describe('demo page', () => {
  test('mounts one compose box per engine, each recognised as its family, with no page errors', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${server.url}/index.html`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.addScriptTag({ content: opsSource });
      const found = await page.evaluate((cases) => {
        const lib = (window as unknown as { __ops: { detectFamily(el: HTMLElement): string } }).__ops;
        return cases.map((c) => {
          const root = document.querySelector<HTMLElement>(`.chat[data-family="${c.family}"] ${c.root}`);
          return root ? lib.detectFamily(root) : null;
        });
      }, FAMILIES);
      expect(found).toEqual(FAMILIES.map((c) => c.family));
      expect(await page.locator('button[aria-label="Send"]').count()).toBe(FAMILIES.length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.each([
  { family: 'prosemirror', root: '.ProseMirror', bold: 'strong' },
  { family: 'quill', root: '.ql-editor', bold: 'strong' },
  { family: 'ckeditor5', root: '.ck-editor__editable', bold: 'strong' },
] as Array<FamilyCase & { bold: string }>)('$family formatting', (c) => {
  test('keeps a bold word next to the replaced span', async () => {
    const page = await openPage(c.family);
    try {
      await page.click(c.root);
      await page.keyboard.type('I think ');
      await page.keyboard.press('Control+b');
      await page.keyboard.type('really');
      await page.keyboard.press('Control+b');
      await page.keyboard.type(' you never listen to me');
      const text = 'I think really you never listen to me';
      expect(await modelText(page)).toBe(text);
      const start = text.indexOf('you never listen');
      await page.waitForTimeout(HISTORY_GAP_MS);
      const ok = await op<boolean>(page, c, 'return ops.replace(root, args[0], args[1], args[2])', [
        start,
        start + 'you never listen'.length,
        'I felt unheard',
      ]);
      expect(ok).toBe(true);
      expect(await modelText(page)).toBe('I think really I felt unheard to me');
      const boldTexts = await page.$$eval(`${c.root} ${c.bold}`, (els) => els.map((e) => e.textContent));
      expect(boldTexts).toEqual(['really']);
    } finally {
      await page.close();
    }
  });
});
