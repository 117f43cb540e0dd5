import { useEffect, useRef, type FocusEvent, type ReactNode } from 'react';
import type { ApologyAnatomy, Reframe, Strength } from '../../lib/checker/types.ts';
import { FindingCard } from '../FindingCard.tsx';
import { ApologyChecklist, APOLOGY_KEY } from './ApologyChecklist.tsx';
import { popoverPosition, type Size } from './geometry.ts';
import { useMeasure } from './hooks/use-measure.ts';
import { Strengths } from './Strengths.tsx';
import type { Box, KeyedFinding } from './types.ts';

const CARD_FALLBACK: Size = { width: 340, height: 220 };

interface PopoverProps {
  id?: string;
  label: string;
  anchor: Box;
  align: 'start' | 'end';
  viewport: Size;
  className: string;
  focusOnOpen: boolean;
  onClose(): void;
  onFocusInside(inside: boolean): void;
  children: ReactNode;
}

/** A floating region next to an anchor box, flipped above it when there is no room below. */
function Popover({
  id,
  label,
  anchor,
  align,
  viewport,
  className,
  focusOnOpen,
  onClose,
  onFocusInside,
  children,
}: PopoverProps) {
  const [ref, size] = useMeasure<HTMLDivElement>(CARD_FALLBACK);
  const place = popoverPosition(anchor, size, viewport, align);

  useEffect(() => {
    if (focusOnOpen) ref.current?.focus();
    // Only on open: later re-renders (scrolling moves the anchor) must not steal focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) onFocusInside(false);
  };

  return (
    <div
      id={id}
      ref={ref}
      role="region"
      aria-label={label}
      tabIndex={-1}
      className={`ms-popover ${className}`}
      data-side={place.side}
      style={{ left: place.left, top: place.top, maxHeight: place.maxHeight }}
      onFocus={() => onFocusInside(true)}
      onBlur={onBlur}
    >
      <button type="button" className="ms-close" aria-label="Close" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {children}
    </div>
  );
}

export interface CardPanelProps {
  /** 'card': one finding next to its words; 'panel': every finding, hanging off the badge. */
  mode: 'card' | 'panel';
  id?: string;
  anchor: Box;
  viewport: Size;
  findings: readonly KeyedFinding[];
  strengths: readonly Strength[];
  apology?: ApologyAnatomy;
  focusOnOpen: boolean;
  onClose(): void;
  onFocusInside(inside: boolean): void;
  onApply(key: string, reframe: Reframe): void;
  onDismiss(key: string): void;
  onDismissDraft(): void;
  onTurnOffSite(): void;
}

export function CardPanel(props: CardPanelProps) {
  const { mode, findings } = props;
  const focusOnOpenRef = useRef(props.focusOnOpen);
  const common = {
    id: props.id,
    anchor: props.anchor,
    viewport: props.viewport,
    focusOnOpen: focusOnOpenRef.current,
    onClose: props.onClose,
    onFocusInside: props.onFocusInside,
  };

  if (mode === 'card') {
    const finding = findings[0];
    if (!finding) return null;
    return (
      <Popover {...common} label="Mindful Send" align="start" className="ms-card-pop">
        <FindingCard
          finding={finding}
          quote={finding.quote}
          onApply={(reframe) => props.onApply(finding.key, reframe)}
          onDismiss={() => props.onDismiss(finding.key)}
        />
      </Popover>
    );
  }

  return (
    <Popover {...common} label="Mindful Send: what to reconsider" align="end" className="ms-panel">
      <p className="ms-panel-intro">
        {findings.length > 0
          ? 'Some words here might land harder than you mean.'
          : 'Nothing here to reconsider.'}
      </p>
      <Strengths strengths={props.strengths} />
      <div className="ms-panel-list">
        {findings.map((finding) => (
          <FindingCard
            key={finding.key}
            finding={finding}
            quote={finding.quote}
            onApply={(reframe) => props.onApply(finding.key, reframe)}
            onDismiss={() => props.onDismiss(finding.key)}
          />
        ))}
      </div>
      {props.apology && (
        <ApologyChecklist
          apology={props.apology}
          onApply={(reframe) => props.onApply(APOLOGY_KEY, reframe)}
        />
      )}
      <footer className="ms-panel-footer">
        <button type="button" className="ms-btn ms-btn-quiet" onClick={() => props.onDismissDraft()}>
          Dismiss all for this draft
        </button>
        <button type="button" className="ms-btn ms-btn-quiet" onClick={() => props.onTurnOffSite()}>
          Turn off on this site
        </button>
      </footer>
    </Popover>
  );
}
