import { useCallback, useEffect, useId, useRef } from 'react';
import type { ApologyAnatomy, Reframe, Strength } from '../../lib/checker/types.ts';
import { Badge, BADGE_SIZE } from './Badge.tsx';
import { CardPanel } from './CardPanel.tsx';
import { badgePosition, unionBox } from './geometry.ts';
import { Highlights } from './Highlights.tsx';
import { useEscape } from './hooks/use-escape.ts';
import { useViewport } from './hooks/use-viewport.ts';
import type { Box, HighlightSpec, KeyedFinding, Theme } from './types.ts';

export type { Box, HighlightSpec, KeyedFinding, Theme } from './types.ts';

/** openKey value that opens the panel with every finding. */
export const ALL_FINDINGS = '*';

const PANEL_MIN_ROOM = 260;

export interface OverlayProps {
  /** The focused editor's box in viewport coordinates; null hides the badge and cards. */
  editorRect: Box | null;
  highlights: HighlightSpec[];
  findings: KeyedFinding[];
  strengths: Strength[];
  apology?: ApologyAnatomy;
  /** Card open for this finding key; '*' = the panel with all findings; null = closed. */
  openKey: string | null;
  theme?: Theme;
  /** Move focus into the card when it opens (set when the content script opens it from the keyboard). */
  focusOnOpen?: boolean;
  onOpen(key: string | null): void;
  onApply(key: string, reframe: Reframe): void;
  onDismiss(key: string): void;
  onDismissDraft(): void;
  onTurnOffSite(): void;
}

export function Overlay(props: OverlayProps) {
  const { editorRect, highlights, findings, openKey, theme = 'auto', onOpen } = props;
  const viewport = useViewport();
  const panelId = useId();
  const badgeRef = useRef<HTMLButtonElement>(null);
  const openedByKeyboard = useRef(false);
  const focusInCard = useRef(false);

  const showBadge = editorRect !== null && findings.length > 0;
  const openFinding =
    openKey !== null && openKey !== ALL_FINDINGS ? findings.find((f) => f.key === openKey) : undefined;
  const panelOpen = openKey === ALL_FINDINGS && showBadge;
  const cardOpen = editorRect !== null && (panelOpen || openFinding !== undefined);

  const close = useCallback(() => onOpen(null), [onOpen]);
  useEscape(cardOpen, close);

  // Focus goes back to the badge when a card that held focus closes, so keyboard users are not
  // dropped at the top of the page.
  useEffect(() => {
    if (cardOpen) return;
    if (focusInCard.current) {
      focusInCard.current = false;
      badgeRef.current?.focus();
    }
    openedByKeyboard.current = false;
  }, [cardOpen]);

  let anchor: Box | null = null;
  if (editorRect) {
    const badge = badgePosition(editorRect, BADGE_SIZE, viewport);
    const badgeBox = { x: badge.left, y: badge.top, ...BADGE_SIZE };
    const rects = openFinding ? highlights.find((h) => h.key === openFinding.key)?.rects : undefined;
    // The panel hangs just outside the editor by the badge so it does not cover the draft; a
    // very tall editor leaves no room outside, and then it hangs off the badge itself.
    const roomOutside = Math.max(editorRect.y, viewport.height - (editorRect.y + editorRect.height));
    const panelAnchor = roomOutside >= PANEL_MIN_ROOM ? editorRect : badgeBox;
    anchor = openFinding ? ((rects && unionBox(rects)) ?? badgeBox) : panelAnchor;
  }

  return (
    <div className="ms-root ms-theme" data-theme={theme}>
      <Highlights highlights={highlights} activeKey={openKey} />
      {showBadge && editorRect && (
        <Badge
          count={findings.length}
          editorRect={editorRect}
          viewport={viewport}
          expanded={panelOpen}
          panelId={panelId}
          buttonRef={badgeRef}
          onToggle={(viaKeyboard) => {
            openedByKeyboard.current = viaKeyboard;
            onOpen(panelOpen ? null : ALL_FINDINGS);
          }}
        />
      )}
      {cardOpen && anchor && (
        <CardPanel
          // A new key is a new card: remount so it re-measures and takes focus afresh.
          key={panelOpen ? ALL_FINDINGS : openFinding?.key}
          mode={panelOpen ? 'panel' : 'card'}
          id={panelOpen ? panelId : undefined}
          anchor={anchor}
          viewport={viewport}
          findings={panelOpen ? findings : openFinding ? [openFinding] : []}
          strengths={props.strengths}
          apology={props.apology}
          focusOnOpen={openedByKeyboard.current || props.focusOnOpen === true}
          onClose={close}
          onFocusInside={(inside) => {
            focusInCard.current = inside;
          }}
          onApply={props.onApply}
          onDismiss={props.onDismiss}
          onDismissDraft={props.onDismissDraft}
          onTurnOffSite={props.onTurnOffSite}
        />
      )}
    </div>
  );
}

export default Overlay;
