// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { editorOps } from '../../../lib/sites/editors';

/** A stand-in engine: reacts to the input paths the way the table says, and counts what it got. */
function fakeEngine(behaviour: { beforeinput: 'apply' | 'ignore' | 'double' | 'undone'; paste: 'apply' | 'ignore' }) {
  document.body.innerHTML = '<div data-root contenteditable="true"><p>I hear you.</p><p>you always ignore me</p></div>';
  const root = document.querySelector<HTMLElement>('[data-root]')!;
  const calls = { beforeinput: 0, paste: 0 };
  const insert = (text: string) => {
    const range = window.getSelection()!.getRangeAt(0);
    range.deleteContents();
    const node = document.createTextNode(text);
    range.insertNode(node);
  };
  root.addEventListener('beforeinput', (event) => {
    calls.beforeinput++;
    const data = (event as InputEvent).data ?? '';
    if (behaviour.beforeinput === 'ignore') return;
    event.preventDefault();
    const html = root.innerHTML;
    insert(behaviour.beforeinput === 'double' ? data + data : data);
    // The user presses Ctrl+Z a moment after the reframe landed.
    if (behaviour.beforeinput === 'undone') setTimeout(() => (root.innerHTML = html), 5);
  });
  root.addEventListener('paste', (event) => {
    calls.paste++;
    if (behaviour.paste === 'ignore') return;
    event.preventDefault();
    insert((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
  });
  return { root, calls };
}

const SPAN = { start: 12, end: 22 }; // "you always"

describe('replace through synthetic input (Slate: beforeinput, then paste)', () => {
  const cases = [
    { name: 'uses beforeinput when the engine takes it, and never pastes as well', beforeinput: 'apply', paste: 'apply', ok: true, text: 'I hear you.\nI felt ignore me', calls: { beforeinput: 1, paste: 0 } },
    { name: 'falls back to paste only when beforeinput changed nothing', beforeinput: 'ignore', paste: 'apply', ok: true, text: 'I hear you.\nI felt ignore me', calls: { beforeinput: 1, paste: 1 } },
    { name: 'stops and reports failure when the first path changed the text wrongly', beforeinput: 'double', paste: 'apply', ok: false, text: 'I hear you.\nI feltI felt ignore me', calls: { beforeinput: 1, paste: 0 } },
    { name: 'does not apply it again when the user undoes it right away', beforeinput: 'undone', paste: 'apply', ok: true, text: 'I hear you.\nyou always ignore me', calls: { beforeinput: 1, paste: 0 } },
    { name: 'reports failure when no path takes', beforeinput: 'ignore', paste: 'ignore', ok: false, text: 'I hear you.\nyou always ignore me', calls: { beforeinput: 1, paste: 1 } },
  ] as const;
  test.each(cases)('$name', async ({ beforeinput, paste, ok, text, calls }) => {
    const engine = fakeEngine({ beforeinput, paste });
    const ops = editorOps('slate');
    expect(ops.readText(engine.root)).toBe('I hear you.\nyou always ignore me');
    expect(await ops.replace(engine.root, SPAN.start, SPAN.end, 'I felt')).toBe(ok);
    expect(ops.readText(engine.root)).toBe(text);
    expect(engine.calls).toEqual(calls);
  });

  test('refuses offsets outside the text without touching it', async () => {
    const engine = fakeEngine({ beforeinput: 'apply', paste: 'apply' });
    expect(await editorOps('slate').replace(engine.root, 5, 99, 'x')).toBe(false);
    expect(engine.calls).toEqual({ beforeinput: 0, paste: 0 });
  });
});
