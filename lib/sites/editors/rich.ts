import type { EditorFamilyId, EditorOps } from '../types';
import { replaceThroughInput, type Strategy } from './dom-input';
import { buildTextMap, offsetOfPoint, rangeFromMap, type TextMapOptions } from './text-map';

export interface RichFamily {
  family: EditorFamilyId;
  map?: TextMapOptions;
  strategies: Strategy[];
  settleMs?: number;
}

/** EditorOps for a contenteditable engine: one text map, the engine's own input paths. */
export function richOps(spec: RichFamily): EditorOps {
  const map = (root: HTMLElement) => buildTextMap(root, spec.map);
  const readText = (root: HTMLElement) => map(root).text;
  return {
    family: spec.family,
    readText,
    rangeFor: (root, start, end) => rangeFromMap(map(root), start, end),
    rangesFor(root, spans) {
      const m = map(root);
      return spans.map(([start, end]) => rangeFromMap(m, start, end));
    },
    replace: (root, start, end, text) =>
      replaceThroughInput({ root, start, end, text, read: readText, map, strategies: spec.strategies, settleMs: spec.settleMs }),
    caretOffset(root) {
      const selection = root.ownerDocument.defaultView?.getSelection();
      if (!selection || selection.rangeCount === 0 || !selection.focusNode) return null;
      return offsetOfPoint(map(root), selection.focusNode, selection.focusOffset);
    },
  };
}
