import type { EditorOps } from '../sites/types';
import { textareaRectsMany } from '../sites/editors/textarea';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function toBox(r: DOMRect | Box): Box {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/** The part of the editor that is actually on screen: its box clipped by every scrolling ancestor and
 * the viewport, so highlights never float over a page header or outside a scrolled-away composer. */
export function visibleBox(el: Element): Box | null {
  let r = el.getBoundingClientRect();
  let left = r.left;
  let top = r.top;
  let right = r.right;
  let bottom = r.bottom;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (/(auto|scroll|hidden|clip)/.test(style.overflow + style.overflowX + style.overflowY)) {
      r = p.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
  }
  left = Math.max(left, 0);
  top = Math.max(top, 0);
  right = Math.min(right, window.innerWidth);
  bottom = Math.min(bottom, window.innerHeight);
  if (right <= left || bottom <= top) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function clip(b: Box, to: Box): Box | null {
  const x = Math.max(b.x, to.x);
  const y = Math.max(b.y, to.y);
  const r = Math.min(b.x + b.width, to.x + to.width);
  const btm = Math.min(b.y + b.height, to.y + to.height);
  return r > x && btm > y ? { x, y, width: r - x, height: btm - y } : null;
}

/** Client rects of each [start, end) span of the draft, clipped to the visible editor. A span gets none
 * when it is scrolled out of view or its offsets no longer map (the text changed under us). */
export function spansBoxes(root: HTMLElement, ops: EditorOps, spans: ReadonlyArray<readonly [number, number]>, visible: Box | null): Box[][] {
  if (!visible || spans.length === 0) return spans.map(() => []);
  let rects: Box[][];
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
    rects = textareaRectsMany(root, spans).map((rs) => rs.map(toBox));
  } else {
    const ranges = ops.rangesFor ? ops.rangesFor(root, spans) : spans.map(([s, e]) => ops.rangeFor(root, s, e));
    rects = ranges.map((range) => (range ? Array.from(range.getClientRects(), toBox) : []));
  }
  return rects.map((list) => {
    const out: Box[] = [];
    for (const r of list) {
      if (r.width < 1 || r.height < 1) continue;
      const c = clip(r, visible);
      // A wrapped span gives one rect per line; a rect wholly inside another (inline children) is a duplicate.
      if (c && !out.some((o) => o.x <= c.x && o.y <= c.y && o.x + o.width >= c.x + c.width && o.y + o.height >= c.y + c.height)) out.push(c);
    }
    return out;
  });
}

export function pointInBoxes(x: number, y: number, boxes: readonly Box[], pad = 2): boolean {
  return boxes.some((b) => x >= b.x - pad && x <= b.x + b.width + pad && y >= b.y - pad && y <= b.y + b.height + pad);
}
