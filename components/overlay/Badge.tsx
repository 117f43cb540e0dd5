import type { Ref } from 'react';
import { badgePosition, type Size } from './geometry.ts';
import type { Box } from './types.ts';

export const BADGE_SIZE: Size = { width: 44, height: 28 };

export function countPhrase(count: number): string {
  return count === 1 ? '1 thing to reconsider' : `${count} things to reconsider`;
}

export interface BadgeProps {
  count: number;
  editorRect: Box;
  viewport: Size;
  expanded: boolean;
  /** `viaKeyboard` lets the overlay move focus into the panel only when the user is on the keyboard. */
  onToggle(viaKeyboard: boolean): void;
  buttonRef?: Ref<HTMLButtonElement>;
  panelId?: string;
}

function LeafIcon() {
  return (
    <svg className="ms-badge-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M13.5 2.5C7 2.5 3 5.5 3 10c0 1.2.4 2.3 1 3.1.6-2.6 2.5-5 5.5-6.6-2.4 1.9-3.9 4.1-4.4 6.8.6.3 1.3.4 2 .4 4.3 0 6.4-4 6.4-11.2Z"
        fill="currentColor"
      />
    </svg>
  );
}

export function Badge({ count, editorRect, viewport, expanded, onToggle, buttonRef, panelId }: BadgeProps) {
  const { left, top } = badgePosition(editorRect, BADGE_SIZE, viewport);
  const phrase = countPhrase(count);
  return (
    <div className="ms-badge" role="status" aria-label={phrase} style={{ left, top }}>
      <button
        ref={buttonRef}
        type="button"
        className="ms-badge-btn"
        aria-expanded={expanded}
        aria-controls={expanded ? panelId : undefined}
        title="Some words here might land harder than you mean."
        // detail is 0 when Enter or Space pressed the button rather than a pointer.
        onClick={(event) => onToggle(event.detail === 0)}
      >
        <LeafIcon />
        <span className="ms-badge-count" aria-hidden="true">
          {count}
        </span>
        <span className="ms-visually-hidden">{phrase}</span>
      </button>
    </div>
  );
}
