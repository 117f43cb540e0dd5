import type { HighlightSpec } from './types.ts';

export interface HighlightsProps {
  highlights: readonly HighlightSpec[];
  /** The finding whose card is open; its marks are drawn a little stronger. */
  activeKey?: string | null;
}

/**
 * Soft marks under flagged words. Purely visual: the content script hit-tests the mouse itself,
 * so these never take pointer events and are hidden from assistive tech (the badge and cards
 * carry the meaning).
 */
export function Highlights({ highlights, activeKey }: HighlightsProps) {
  return (
    <div className="ms-highlights" aria-hidden="true">
      {highlights.flatMap((h) =>
        h.rects.map((r, i) => (
          <div
            key={`${h.key}:${i}`}
            className={`ms-hl ms-hl-sev-${h.severity}${h.key === activeKey ? ' ms-hl-active' : ''}`}
            data-key={h.key}
            data-category={h.category}
            style={{ left: r.x, top: r.y, width: r.width, height: r.height }}
          />
        )),
      )}
    </div>
  );
}
