import type { Box } from './types.ts';

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  left: number;
  top: number;
}

/** Space kept between the overlay's pieces and the viewport edges. */
export const EDGE = 8;
const GAP = 6;
const BADGE_INSET = 6;

function clamp(value: number, min: number, max: number): number {
  if (max < min) return min;
  return Math.min(Math.max(value, min), max);
}

/**
 * The badge sits inside the editor's bottom-right corner, where text rarely reaches, and is pulled
 * back into the viewport when the editor runs past an edge.
 */
export function badgePosition(editor: Box, badge: Size, viewport: Size): Point {
  const left = editor.x + editor.width - badge.width - BADGE_INSET;
  const top = editor.y + editor.height - badge.height - BADGE_INSET;
  return {
    left: clamp(left, EDGE, viewport.width - badge.width - EDGE),
    top: clamp(top, EDGE, viewport.height - badge.height - EDGE),
  };
}

/** Smallest box holding all of the rects (a phrase can wrap over several lines). */
export function unionBox(rects: readonly Box[]): Box | null {
  if (rects.length === 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const r of rects) {
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.width);
    y2 = Math.max(y2, r.y + r.height);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

export interface Placement extends Point {
  side: 'below' | 'above';
  /** Height the card may use before it has to scroll. */
  maxHeight: number;
}

/**
 * Places a popover below the anchor, or above it when there is more room there, and keeps it
 * horizontally inside the viewport. `align: 'end'` lines the right edges up (used by the panel,
 * which hangs off the badge at the editor's right corner).
 */
export function popoverPosition(
  anchor: Box,
  card: Size,
  viewport: Size,
  align: 'start' | 'end' = 'start',
): Placement {
  const spaceBelow = viewport.height - (anchor.y + anchor.height) - GAP - EDGE;
  const spaceAbove = anchor.y - GAP - EDGE;
  const below = card.height <= spaceBelow || spaceBelow >= spaceAbove;
  const maxHeight = Math.max(below ? spaceBelow : spaceAbove, 120);
  const height = Math.min(card.height, maxHeight);
  const top = below
    ? anchor.y + anchor.height + GAP
    : anchor.y - GAP - height;
  const wantedLeft = align === 'end' ? anchor.x + anchor.width - card.width : anchor.x;
  return {
    side: below ? 'below' : 'above',
    left: clamp(wantedLeft, EDGE, viewport.width - card.width - EDGE),
    top: clamp(top, EDGE, viewport.height - height - EDGE),
    maxHeight,
  };
}
