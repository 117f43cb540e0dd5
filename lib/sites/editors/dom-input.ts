/**
 * The input paths a content script has into an editor it cannot reach by script:
 * the selection, `execCommand`, and synthetic `beforeinput` / paste events.
 */
import { rangeFromMap, type TextMap } from './text-map';

export type Strategy = 'execCommand' | 'beforeinput' | 'paste';

export function selectRange(range: Range): void {
  const selection = range.startContainer.ownerDocument?.defaultView?.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for the `selectionchange` the engine listens to, so its model selection matches ours. */
export function selectionSettled(doc: Document, timeoutMs = 60): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // One more task: engines handle selectionchange in their own (sometimes deferred) handlers.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

export async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() >= until) return false;
    await sleep(16);
  }
}

function dataTransferOf(text: string): DataTransfer {
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  return dt;
}

/** Applies one strategy to the current selection. */
export function applyStrategy(target: HTMLElement, strategy: Strategy, text: string): void {
  const doc = target.ownerDocument;
  if (strategy === 'execCommand') {
    // Deprecated but still the only way to make the browser itself edit (and fire trusted-like events).
    // An empty replacement is a delete.
    if (text) doc.execCommand('insertText', false, text);
    else doc.execCommand('delete', false);
    return;
  }
  if (strategy === 'beforeinput') {
    const init: InputEventInit = text
      ? { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true }
      : { inputType: 'deleteContentBackward', bubbles: true, cancelable: true, composed: true };
    target.dispatchEvent(new InputEvent('beforeinput', init));
    return;
  }
  target.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: dataTransferOf(text), bubbles: true, cancelable: true, composed: true }),
  );
}

export interface ReplaceSpec {
  root: HTMLElement;
  start: number;
  end: number;
  text: string;
  read: (root: HTMLElement) => string;
  map: (root: HTMLElement) => TextMap;
  /** Tried in order; a later one only when the text did not change at all. */
  strategies: Strategy[];
  /** How long an engine may take to apply the change (CKEditor flushes its typing queue after 50 ms). */
  settleMs?: number;
}

/**
 * Selects [start, end), applies the first strategy, reads back. Falls back to the next strategy
 * only when nothing changed, so a strategy that did work is never applied twice.
 */
export async function replaceThroughInput(spec: ReplaceSpec): Promise<boolean> {
  const { root, start, end, text, read, map, strategies } = spec;
  const before = read(root);
  if (start < 0 || end < start || end > before.length) return false;
  const expected = before.slice(0, start) + text + before.slice(end);
  const doc = root.ownerDocument;
  for (const strategy of strategies) {
    if (doc.activeElement !== root && !root.contains(doc.activeElement)) root.focus();
    const range = rangeFromMap(map(root), start, end);
    if (!range) return false;
    const settled = selectionSettled(doc);
    selectRange(range);
    await settled;
    applyStrategy(root, strategy, text);
    const changed = await waitUntil(() => read(root) !== before, spec.settleMs ?? 300);
    // Engines re-render after their model changes; give the DOM a frame to catch up.
    await sleep(20);
    const now = read(root);
    if (now === expected) return true;
    // Once the text changed, this strategy worked: if it reads as before again, the user already took
    // it back (Ctrl+Z right after Apply), and trying the next strategy would apply the reframe twice.
    if (changed && now === before) return true;
    if (now !== before) return false;
  }
  return false;
}
