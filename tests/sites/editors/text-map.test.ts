// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { detectFamily, editorOps } from '../../../lib/sites/editors';
import type { EditorFamilyId } from '../../../lib/sites/types';

/** Builds a DOM from trusted test markup (never page text) and returns the editable root. */
function mount(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.querySelector<HTMLElement>('[data-root]')!;
}

// Markup as each engine renders it (copied from the engines' output in Chromium, trimmed).
const SHAPES: Array<{ name: string; family: EditorFamilyId; markup: string; text: string }> = [
  {
    name: 'Lexical plain text with a line break and its managed trailing <br>',
    family: 'lexical',
    markup:
      '<div data-root contenteditable="true" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">I hear you</span><br><span data-lexical-text="true">you always</span><br><br></p></div>',
    text: 'I hear you\nyou always\n',
  },
  {
    name: 'Slate paragraphs with an empty one and the placeholder',
    family: 'slate',
    markup:
      '<div data-root contenteditable="true" data-slate-editor="true"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">one</span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span contenteditable="false" data-slate-placeholder="true">Write a message</span><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">two</span></span></span></div></div>',
    text: 'one\n\ntwo',
  },
  {
    name: 'Slate soft breaks, the last one rendered with its extra trailing \\n',
    family: 'slate',
    markup:
      '<div data-root contenteditable="true" data-slate-editor="true"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">one\n\ntwo\n\n</span></span></span></div></div>',
    text: 'one\n\ntwo\n',
  },
  {
    name: 'Quill lines with an empty line and a format cursor',
    family: 'quill',
    markup:
      '<div class="ql-container"><div data-root class="ql-editor" contenteditable="true"><p>one <strong>bold</strong><span class="ql-cursor">\uFEFF</span></p><p><br></p><p>three</p></div></div>',
    text: 'one bold\n\nthree',
  },
  {
    name: 'ProseMirror hard break at the end of a paragraph, with its separator',
    family: 'prosemirror',
    markup:
      '<div data-root class="ProseMirror" contenteditable="true"><p>one<br><img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p><p><br class="ProseMirror-trailingBreak"></p><p>two</p></div>',
    text: 'one\n\n\ntwo',
  },
  {
    name: 'CKEditor 5 soft break, filler <br> and inline filler',
    family: 'ckeditor5',
    markup:
      '<div data-root class="ck ck-content ck-editor__editable" contenteditable="true"><p>one<br>tw\u2060\u2060\u2060\u2060\u2060\u2060\u2060o</p><p><br data-cke-filler="true"></p></div>',
    text: 'one\ntwo\n',
  },
  {
    name: 'Draft.js blocks, an empty block and a soft newline rendered with its extra \\n',
    family: 'draftjs',
    markup:
      '<div class="DraftEditor-root"><div data-root class="public-DraftEditor-content" contenteditable="true"><div data-contents="true">' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">one\n\n</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">two</span></span></div></div>' +
      '</div></div></div>',
    text: 'one\n\n\ntwo',
  },
  {
    name: 'plain contenteditable with <br> lines and a div block',
    family: 'contenteditable',
    markup: '<div data-root contenteditable="true">one<br>two<div>three</div><div><br></div></div>',
    text: 'one\ntwo\nthree\n',
  },
];

describe.each(SHAPES)('$name', ({ family, markup, text }) => {
  test('is recognised as its family', () => {
    expect(detectFamily(mount(markup))).toBe(family);
  });

  test('reads the text the user sees', () => {
    expect(editorOps(family).readText(mount(markup))).toBe(text);
  });

  test('maps every non-break character back to the same character in the DOM', () => {
    const root = mount(markup);
    const ops = editorOps(family);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') continue;
      const range = ops.rangeFor(root, i, i + 1);
      expect(range?.toString().replace(/[\uFEFF\u2060]/g, ''), `offset ${i}`).toBe(text[i]);
    }
  });

  test('maps a caret placed at each character back to its offset', () => {
    const root = mount(markup);
    const ops = editorOps(family);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || text[i - 1] === '\n') continue;
      const range = ops.rangeFor(root, i, i)!;
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      expect(ops.caretOffset(root), `offset ${i}`).toBe(i);
    }
  });

  test('gives no range for offsets outside the text', () => {
    const root = mount(markup);
    const ops = editorOps(family);
    expect(ops.rangeFor(root, -1, 1)).toBeNull();
    expect(ops.rangeFor(root, 0, text.length + 1)).toBeNull();
    expect(ops.rangeFor(root, 2, 1)).toBeNull();
  });
});

describe('ranges across blocks', () => {
  test('a range over a line break starts in the first line and ends in the next', () => {
    const root = mount('<div data-root class="ql-editor" contenteditable="true"><p>one</p><p>two</p></div>');
    const range = editorOps('quill').rangeFor(root, 2, 5)!;
    expect(range.startContainer.textContent).toBe('one');
    expect(range.startOffset).toBe(2);
    expect(range.endContainer.textContent).toBe('two');
    expect(range.endOffset).toBe(1);
  });

  test('an empty line can hold a caret', () => {
    const root = mount('<div data-root class="ql-editor" contenteditable="true"><p>a</p><p><br></p><p>b</p></div>');
    const ops = editorOps('quill');
    const empty = root.children[1]!;
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(empty, 0);
    selection.addRange(range);
    expect(ops.caretOffset(root)).toBe(2);
  });
});

describe('detectFamily', () => {
  const cases: Array<{ markup: string; family: EditorFamilyId }> = [
    { markup: '<textarea data-root></textarea>', family: 'textarea' },
    { markup: '<input data-root type="text">', family: 'textarea' },
    { markup: '<div contenteditable="true" data-lexical-editor="true"><p data-root></p></div>', family: 'lexical' },
    { markup: '<div data-root contenteditable="true"><div data-contents="true"></div></div>', family: 'draftjs' },
    { markup: '<div data-root contenteditable="true" role="textbox"></div>', family: 'contenteditable' },
  ];
  test.each(cases)('recognises $family from $markup', ({ markup, family }) => {
    expect(detectFamily(mount(markup))).toBe(family);
  });
});

describe('textarea', () => {
  test('reads the value and reports the caret from the selection', () => {
    const field = mount('<textarea data-root></textarea>') as HTMLTextAreaElement;
    field.value = 'one\ntwo';
    field.setSelectionRange(5, 5);
    const ops = editorOps('textarea');
    expect(ops.readText(field)).toBe('one\ntwo');
    expect(ops.caretOffset(field)).toBe(5);
    expect(ops.rangeFor(field, 0, 3)).toBeNull();
  });

  test('leaves a field without a text selection (e-mail input) untouched', async () => {
    const field = mount('<input data-root type="email">') as HTMLInputElement;
    field.value = 'sam@example.org';
    expect(await editorOps('textarea').replace(field, 0, 3, 'al')).toBe(false);
    expect(field.value).toBe('sam@example.org');
  });
});
