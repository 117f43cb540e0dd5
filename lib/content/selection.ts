/** Where the caret was, so that "Edit message" and "Send anyway" give the editor back exactly as it was. */
export type SavedSelection =
  | { kind: 'field'; start: number; end: number; direction: 'forward' | 'backward' | 'none' }
  | { kind: 'range'; range: Range }
  | null;

export function saveSelection(root: HTMLElement): SavedSelection {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
    return { kind: 'field', start: root.selectionStart ?? 0, end: root.selectionEnd ?? 0, direction: root.selectionDirection ?? 'none' };
  }
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? { kind: 'range', range: range.cloneRange() } : null;
}

/** Focus the editor and put the caret back. A range whose nodes the editor has since replaced is
 * left alone: the editor's own idea of the caret is better than a stale one. */
export function restoreSelection(root: HTMLElement, saved: SavedSelection): void {
  root.focus({ preventScroll: true });
  if (!saved) return;
  if (saved.kind === 'field') {
    if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
      root.setSelectionRange(saved.start, saved.end, saved.direction);
    }
    return;
  }
  const { range } = saved;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
  const sel = root.ownerDocument.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}
