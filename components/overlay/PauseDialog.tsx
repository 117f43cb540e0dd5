import { useId, useLayoutEffect, useRef, useState } from 'react';
import { categoryInfo } from '../../lib/checker/categories.ts';
import type { ApologyAnatomy, CategoryId, Reframe, Strength } from '../../lib/checker/types.ts';
import { FindingCard } from '../FindingCard.tsx';
import { ApologyChecklist, APOLOGY_KEY } from './ApologyChecklist.tsx';
import { useCountdown } from './hooks/use-countdown.ts';
import { useEscape } from './hooks/use-escape.ts';
import { useFocusTrap } from './hooks/use-focus-trap.ts';
import { Strengths } from './Strengths.tsx';
import type { KeyedFinding, Theme } from './types.ts';

export interface PauseDialogProps {
  findings: KeyedFinding[];
  strengths: Strength[];
  apology?: ApologyAnatomy;
  /** Length of the breathing moment, 0-10 s; 0 skips it. */
  breathSeconds: number;
  /** Defaults to the system's prefers-reduced-motion. */
  reducedMotion?: boolean;
  theme?: Theme;
  onEdit(): void;
  onSendAnyway(): void;
  /** `key` is a finding's key, or APOLOGY_KEY for the whole-message apology suggestion. */
  onApply(key: string, reframe: Reframe): void;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

function groupByCategory(findings: readonly KeyedFinding[]): [CategoryId, KeyedFinding[]][] {
  const groups = new Map<CategoryId, KeyedFinding[]>();
  for (const f of findings) {
    const list = groups.get(f.category);
    if (list) list.push(f);
    else groups.set(f.category, [f]);
  }
  return [...groups];
}

function Breath({
  seconds,
  remaining,
  animate,
  onSkip,
}: {
  seconds: number;
  remaining: number;
  animate: boolean;
  onSkip(): void;
}) {
  return (
    <div className="ms-breath" data-remaining={remaining}>
      <div
        className={`ms-breath-circle${animate ? ' ms-breath-animate' : ''}`}
        style={animate ? { animationDuration: `${seconds}s` } : undefined}
        aria-hidden="true"
      />
      <p className="ms-breath-text">
        Breathe in… and out
        {!animate && (
          <span className="ms-breath-count" aria-label={`${remaining} seconds left`}>
            {' '}
            · {remaining}
          </span>
        )}
      </p>
      <button type="button" className="ms-btn ms-btn-quiet ms-breath-skip" onClick={onSkip}>
        Skip
      </button>
    </div>
  );
}

export function PauseDialog(props: PauseDialogProps) {
  const { findings, strengths, apology, theme = 'auto' } = props;
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const seconds = Math.min(10, Math.max(0, Number.isFinite(props.breathSeconds) ? props.breathSeconds : 0));
  const breath = useCountdown(seconds);
  const [animate] = useState(() => !(props.reducedMotion ?? prefersReducedMotion()));
  // One answer per dialog: a double click or a late key press must not send twice.
  const settled = useRef(false);
  const latest = useRef(props);
  // Layout effects: the dialog opens from a key press, and the very next key (Escape, Tab) must
  // already find its listeners and focus in place, not wait for the next frame.
  useLayoutEffect(() => {
    latest.current = props;
  });

  const settle = (act: () => void) => {
    if (settled.current) return;
    settled.current = true;
    act();
  };
  const edit = () => settle(() => latest.current.onEdit());
  const sendAnyway = () => {
    if (!breath.done) return;
    settle(() => latest.current.onSendAnyway());
  };
  const apply = (key: string, reframe: Reframe) => settle(() => latest.current.onApply(key, reframe));

  useEscape(true, edit);
  useFocusTrap(dialogRef, true);

  useLayoutEffect(() => {
    const root = dialogRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const before = root?.activeElement ?? document.activeElement;
    editRef.current?.focus();
    return () => {
      // Back to where the user was (usually the draft), if the page still has it.
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const groups = groupByCategory(findings);

  return (
    <div className="ms-root ms-theme ms-dialog-layer" data-theme={theme}>
      <div className="ms-backdrop" aria-hidden="true" />
      <div
        ref={dialogRef}
        className="ms-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        onKeyDown={(event) => {
          // The Enter that tried to send may still be held: its repeats must not press the
          // focused button.
          if (event.key === 'Enter' && event.repeat) event.preventDefault();
        }}
      >
        <h2 className="ms-dialog-title" id={`${id}-title`}>
          Pause before sending?
        </h2>
        <p className="ms-dialog-intro" id={`${id}-intro`}>
          {findings.length === 1
            ? 'One part of this might land harder than you mean.'
            : 'A few parts of this might land harder than you mean.'}{' '}
          You can change it, or send it as it is.
        </p>

        {!breath.done && (
          <Breath seconds={seconds} remaining={breath.remaining} animate={animate} onSkip={breath.skip} />
        )}

        <div className="ms-dialog-body">
          <Strengths strengths={strengths} />
          {groups.map(([category, items]) => {
            const info = categoryInfo(category);
            return (
              <section className="ms-group" key={category} data-category={category} aria-labelledby={`${id}-${category}`}>
                <header className="ms-group-head">
                  <h3 className="ms-section-title" id={`${id}-${category}`}>
                    {info.label}
                  </h3>
                  <span className="ms-card-step">{info.step}</span>
                </header>
                {items.map((finding) => (
                  <FindingCard
                    key={finding.key}
                    finding={finding}
                    quote={finding.quote}
                    hideCategory
                    onApply={(reframe) => apply(finding.key, reframe)}
                  />
                ))}
              </section>
            );
          })}
          {apology && (
            <ApologyChecklist apology={apology} onApply={(reframe) => apply(APOLOGY_KEY, reframe)} />
          )}
        </div>

        <footer className="ms-dialog-actions">
          <button ref={editRef} type="button" className="ms-btn ms-btn-primary" onClick={edit}>
            Edit message
          </button>
          <button
            type="button"
            className="ms-btn"
            disabled={!breath.done}
            title={breath.done ? undefined : 'Available after the breath, or Skip'}
            onClick={sendAnyway}
          >
            Send anyway
          </button>
        </footer>
      </div>
    </div>
  );
}

export default PauseDialog;
