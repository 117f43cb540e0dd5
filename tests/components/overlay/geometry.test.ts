import { describe, expect, it } from 'vitest';
import { badgePosition, popoverPosition, unionBox } from '../../../components/overlay/geometry.ts';

const VIEW = { width: 800, height: 600 };
const CARD = { width: 300, height: 200 };

describe('badgePosition', () => {
  it.each([
    { where: 'inside the bottom-right corner', editor: { x: 100, y: 100, width: 400, height: 100 }, at: { left: 100 + 400 - 40 - 6, top: 100 + 100 - 20 - 6 } },
    { where: 'clamped left of the right edge', editor: { x: 700, y: 100, width: 400, height: 100 }, at: { left: 800 - 40 - 8, top: 174 } },
    { where: 'clamped above the bottom edge', editor: { x: 0, y: 500, width: 300, height: 400 }, at: { left: 254, top: 600 - 20 - 8 } },
    { where: 'clamped below the top edge', editor: { x: 0, y: -300, width: 300, height: 100 }, at: { left: 254, top: 8 } },
  ])('places the badge $where', ({ editor, at }) => {
    expect(badgePosition(editor, { width: 40, height: 20 }, VIEW)).toEqual(at);
  });
});

describe('popoverPosition', () => {
  it.each([
    { why: 'room below', anchor: { x: 50, y: 100, width: 80, height: 20 }, side: 'below', top: 126, left: 50 },
    { why: 'no room below', anchor: { x: 50, y: 500, width: 80, height: 20 }, side: 'above', top: 294, left: 50 },
    { why: 'too far right', anchor: { x: 700, y: 100, width: 80, height: 20 }, side: 'below', top: 126, left: 800 - 300 - 8 },
  ])('flips and clamps with $why', ({ anchor, side, top, left }) => {
    expect(popoverPosition(anchor, CARD, VIEW)).toMatchObject({ side, top, left });
  });

  it('lines up right edges for end alignment', () => {
    expect(popoverPosition({ x: 400, y: 100, width: 350, height: 20 }, CARD, VIEW, 'end').left).toBe(450);
  });

  it('caps the height at the room on the chosen side', () => {
    const place = popoverPosition({ x: 0, y: 280, width: 10, height: 20 }, { width: 300, height: 900 }, VIEW);
    expect(place.maxHeight).toBe(600 - 300 - 6 - 8);
    expect(place.top + Math.min(900, place.maxHeight)).toBeLessThanOrEqual(600 - 8);
  });
});

describe('unionBox', () => {
  it.each([
    { rects: [], box: null },
    { rects: [{ x: 10, y: 10, width: 5, height: 5 }], box: { x: 10, y: 10, width: 5, height: 5 } },
    {
      rects: [
        { x: 300, y: 10, width: 100, height: 18 },
        { x: 20, y: 30, width: 50, height: 18 },
      ],
      box: { x: 20, y: 10, width: 380, height: 38 },
    },
  ])('bounds $rects.length rects', ({ rects, box }) => {
    expect(unionBox(rects)).toEqual(box);
  });
});
