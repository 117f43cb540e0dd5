import { useId } from 'react';
import { categoryInfo } from '../lib/checker/categories.ts';
import type { Finding, Reframe } from '../lib/checker/types.ts';

/**
 * Styles live in components/overlay/finding-card.css; each host imports it (the content script
 * into its shadow root, the popup into its page) so no card CSS leaks into a messenger's page.
 */
export interface FindingCardProps {
  finding: Finding;
  onApply?(reframe: Reframe): void;
  /** Text of each reframe's button; "Apply" unless the host does something else (e.g. "Copy"). */
  applyLabel?: string;
  onDismiss?(): void;
  /** The flagged words, shown quoted. The card cannot recover them from offsets alone. */
  quote?: string;
  /** Heading level of the category label, so the card fits the host's outline. Default 3. */
  headingLevel?: 2 | 3 | 4;
  /** Hide the category heading when the host already groups cards under it. */
  hideCategory?: boolean;
}

export function FindingCard({
  finding,
  onApply,
  applyLabel = 'Apply',
  onDismiss,
  quote,
  headingLevel = 3,
  hideCategory = false,
}: FindingCardProps) {
  const id = useId();
  const info = categoryInfo(finding.category);
  const Heading = `h${headingLevel}` as const;
  const trimmedQuote = quote?.trim();
  return (
    <article
      className={`ms-card ms-sev-${finding.severity}`}
      data-category={finding.category}
      data-rule={finding.ruleId}
      aria-labelledby={hideCategory ? undefined : `${id}-title`}
      aria-label={hideCategory ? info.label : undefined}
    >
      {!hideCategory && (
        <header className="ms-card-head">
          <Heading className="ms-card-title" id={`${id}-title`}>
            {info.label}
          </Heading>
          <span className="ms-card-step">{info.step}</span>
        </header>
      )}
      {trimmedQuote && (
        <blockquote className="ms-card-quote" aria-label="Flagged words">
          “{trimmedQuote}”
        </blockquote>
      )}
      <p className="ms-card-message">{finding.message}</p>
      {finding.reframes.length > 0 && (
        <div className="ms-card-reframes">
          <p className="ms-card-try">You could say instead:</p>
          <ul className="ms-reframe-list">
            {finding.reframes.map((reframe, i) => {
              const textId = `${id}-reframe-${i}`;
              return (
                <li className="ms-reframe" key={`${i}-${reframe.label}`}>
                  <div className="ms-reframe-body" id={textId}>
                    <span className="ms-reframe-label">{reframe.label}</span>
                    <span className="ms-reframe-text">“{reframe.text}”</span>
                    {reframe.whole && (
                      <span className="ms-reframe-whole">Replaces the whole message</span>
                    )}
                  </div>
                  {onApply && (
                    <button
                      type="button"
                      className="ms-btn ms-btn-apply"
                      aria-describedby={textId}
                      onClick={() => onApply(reframe)}
                    >
                      {applyLabel}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {onDismiss && (
        <div className="ms-card-actions">
          <button type="button" className="ms-btn ms-btn-quiet" onClick={() => onDismiss()}>
            Dismiss
          </button>
        </div>
      )}
    </article>
  );
}

export default FindingCard;
