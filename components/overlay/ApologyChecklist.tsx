import { useId } from 'react';
import type { ApologyAnatomy, Reframe } from '../../lib/checker/types.ts';

/** Key passed to onApply for the checker's whole-message apology suggestion. */
export const APOLOGY_KEY = 'apology';

const PARTS = [
  { part: 'remorse', label: 'Saying you are sorry' },
  { part: 'action', label: 'Naming what you did' },
  { part: 'impact', label: 'How it affected them' },
] as const;

export interface ApologyChecklistProps {
  apology: ApologyAnatomy;
  /** Offered only when the checker wrote a suggestion; it replaces the whole message. */
  onApply?(reframe: Reframe): void;
  headingLevel?: 3 | 4;
}

export function apologyReframe(apology: ApologyAnatomy): Reframe | null {
  if (!apology.suggestion) return null;
  return { label: 'A fuller apology', text: apology.suggestion, whole: true };
}

export function ApologyChecklist({ apology, onApply, headingLevel = 3 }: ApologyChecklistProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const reframe = apologyReframe(apology);
  const complete = apology.remorse && apology.action && apology.impact;
  return (
    <section className="ms-apology" aria-labelledby={`${id}-title`}>
      <Heading className="ms-section-title" id={`${id}-title`}>
        {complete ? 'Your apology has all three parts' : 'A full apology has three parts'}
      </Heading>
      <ul className="ms-apology-list">
        {PARTS.map(({ part, label }) => {
          const present = apology[part];
          return (
            <li
              key={part}
              className={`ms-apology-part ${present ? 'ms-present' : 'ms-missing'}`}
              data-part={part}
              data-present={present ? 'true' : 'false'}
            >
              <span className="ms-apology-mark" aria-hidden="true">
                {present ? '✓' : '○'}
              </span>
              <span>{label}</span>
              <span className="ms-apology-state">{present ? 'there' : 'missing'}</span>
            </li>
          );
        })}
      </ul>
      {reframe && onApply && (
        <div className="ms-reframe ms-apology-suggestion">
          <div className="ms-reframe-body" id={`${id}-suggestion`}>
            <span className="ms-reframe-label">{reframe.label}</span>
            <span className="ms-reframe-text">“{reframe.text}”</span>
            <span className="ms-reframe-whole">Replaces the whole message</span>
          </div>
          <button
            type="button"
            className="ms-btn ms-btn-apply"
            aria-describedby={`${id}-suggestion`}
            onClick={() => onApply(reframe)}
          >
            Apply
          </button>
        </div>
      )}
    </section>
  );
}
