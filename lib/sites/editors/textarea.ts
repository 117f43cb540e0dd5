import type { EditorOps } from '../types';
import { sleep } from './dom-input';

type TextField = HTMLTextAreaElement | HTMLInputElement;

function asField(el: HTMLElement): TextField | null {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el : null;
}

/** `<textarea>` and text `<input>`: the value is the text; offsets are the field's own. */
export const textareaOps: EditorOps = {
  family: 'textarea',
  readText: (root) => asField(root)?.value ?? '',
  // A field's text has no DOM Range; the overlay uses `textareaRects` instead.
  rangeFor: () => null,
  async replace(root, start, end, text) {
    const field = asField(root);
    if (!field) return false;
    const before = field.value;
    if (start < 0 || end < start || end > before.length) return false;
    const expected = before.slice(0, start) + text + before.slice(end);
    if (root.ownerDocument.activeElement !== field) field.focus();
    try {
      field.setSelectionRange(start, end);
    } catch {
      return false; // input types without a text selection (email, number)
    }
    // execCommand goes through the browser's editing, so the field's own undo stack reverts it.
    if (text) root.ownerDocument.execCommand('insertText', false, text);
    else root.ownerDocument.execCommand('delete', false);
    await sleep(0);
    if (field.value === expected) return true;
    if (field.value !== before) return false;
    // Fallback without undo support (execCommand unavailable): set the value and tell the page.
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return field.value === expected;
  },
  caretOffset(root) {
    const field = asField(root);
    if (!field) return null;
    try {
      return field.selectionEnd;
    } catch {
      return null; // input types without a selection (email, number)
    }
  },
};

const MIRRORED_STYLES = [
  'boxSizing', 'width', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontFamily', 'fontSize',
  'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontFeatureSettings', 'fontKerning', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction',
  'writingMode', 'overflowWrap', 'wordBreak', 'hyphens',
] as const;

/**
 * Client rects of [start, end) of a textarea/input's value, measured on a hidden copy of the field
 * (same box, font and wrapping, same scroll) inside a shadow root outside the page's editor.
 * Rects are clipped to the field's visible box; text scrolled out of view gives none.
 */
export function textareaRects(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): DOMRect[] {
  return textareaRectsMany(el, [[start, end]])[0] ?? [];
}

interface Mirror {
  host: HTMLElement;
  mirror: HTMLDivElement;
  text: Text;
}

const mirrors = new WeakMap<Document, Mirror>();

/** One hidden measuring copy per document, kept between calls: creating and inserting a fresh one for
 * every measurement cost more than the measurement (a full style pass of the page each time). It lives
 * in a closed shadow root, so the page's own observers and styles never see its content change. */
function mirrorFor(doc: Document): Mirror {
  let m = mirrors.get(doc);
  if (m && m.host.isConnected) return m;
  const host = doc.createElement('mindful-send-mirror');
  host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;pointer-events:none;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const mirror = doc.createElement('div');
  const text = doc.createTextNode('');
  // A trailing newline needs something after it to take up a line, as in the field.
  mirror.append(text, doc.createTextNode('\u200b'));
  shadow.appendChild(mirror);
  (doc.body ?? doc.documentElement).appendChild(host);
  m = { host, mirror, text };
  mirrors.set(doc, m);
  return m;
}

/** `textareaRects` for many spans at once: the copy is laid out once (a long draft has many findings). */
export function textareaRectsMany(el: HTMLTextAreaElement | HTMLInputElement, spans: ReadonlyArray<readonly [number, number]>): DOMRect[][] {
  const doc = el.ownerDocument;
  const value = el.value;
  const valid = ([start, end]: readonly [number, number]) => start >= 0 && end >= start && end <= value.length;
  if (!spans.some(valid)) return spans.map(() => []);
  const { mirror, text: textNode } = mirrorFor(doc);
  const computed = doc.defaultView!.getComputedStyle(el);
  for (const prop of MIRRORED_STYLES) if (mirror.style[prop] !== computed[prop]) mirror.style[prop] = computed[prop];
  const box = el.getBoundingClientRect();
  const isInput = el instanceof HTMLInputElement;
  Object.assign(mirror.style, {
    position: 'fixed',
    top: `${box.top}px`,
    left: `${box.left}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    margin: '0',
    borderColor: 'transparent',
    visibility: 'hidden',
    overflow: 'hidden',
    overflowY: 'hidden',
    whiteSpace: isInput ? 'pre' : 'pre-wrap',
    overflowWrap: isInput ? 'normal' : computed.overflowWrap,
  });
  // A single-line input centres its line vertically; match with a line box as tall as the content box.
  if (isInput) {
    const padding = parseFloat(computed.paddingTop) + parseFloat(computed.paddingBottom);
    const border = parseFloat(computed.borderTopWidth) + parseFloat(computed.borderBottomWidth);
    mirror.style.lineHeight = `${box.height - padding - border}px`;
  }
  if (textNode.data !== value) textNode.data = value;
  // Scrollbars take width from the text area; keep the same content width.
  if (!isInput && el.scrollHeight > el.clientHeight) mirror.style.overflowY = 'scroll';
  mirror.scrollTop = el.scrollTop;
  mirror.scrollLeft = el.scrollLeft;
  const range = doc.createRange();
  const clip = {
    top: box.top + el.clientTop,
    left: box.left + el.clientLeft,
    bottom: box.top + el.clientTop + el.clientHeight,
    right: box.left + el.clientLeft + el.clientWidth,
  };
  return spans.map((span) => {
    if (!valid(span)) return [];
    range.setStart(textNode, span[0]);
    range.setEnd(textNode, span[1]);
    return Array.from(range.getClientRects()).filter(
      (r) => r.bottom > clip.top && r.top < clip.bottom && r.right > clip.left && r.left < clip.right,
    );
  });
}
