import { useEffect, useId, useRef, useState } from 'react';
import type { Analysis, AnalyzeOptions, Reframe, Sensitivity } from '../../lib/checker/types';
import { FindingCard } from '../FindingCard';
import { ApologyChecklist } from '../overlay/ApologyChecklist';
import { Strengths } from '../overlay/Strengths';
import { useClient } from '../common/app-client';
import { plural } from '../common/format';

type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

/** A scratch pad: type or paste a message and see what the checker says, on this device. */
export function TryReframe({ sensitivity }: { sensitivity: Sensitivity }) {
  const client = useClient();
  const id = useId();
  const [text, setText] = useState('');
  const [analyze, setAnalyze] = useState<Analyze | null>(null);
  const [copied, setCopied] = useState('');
  const loading = useRef(false);

  useEffect(() => {
    if (!text || analyze || loading.current) return;
    loading.current = true;
    void client.loadAnalyze().then((fn) => setAnalyze(() => fn));
  }, [text, analyze, client]);

  const analysis = text.trim() && analyze ? analyze(text, { sensitivity }) : null;

  function apply(start: number, end: number, reframe: Reframe) {
    setText(reframe.whole ? reframe.text : text.slice(0, start) + reframe.text + text.slice(end));
    setCopied('');
  }

  return (
    <div>
      <label htmlFor={`${id}-text`}>Write or paste a message</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setCopied('');
        }}
      />
      <div aria-live="polite">
        {analysis && (
          <p data-testid="try-summary">
            {analysis.findings.length
              ? `${plural(analysis.findings.length, 'thing', 'things')} to reconsider`
              : 'Nothing to reconsider here.'}
          </p>
        )}
      </div>
      {analysis && (
        <>
          {analysis.findings.map((f) => (
            <FindingCard
              key={`${f.ruleId}-${f.start}`}
              finding={f}
              quote={text.slice(f.start, f.end)}
              headingLevel={3}
              applyLabel="Use this"
              onApply={(r) => apply(f.start, f.end, r)}
            />
          ))}
          {analysis.strengths.length > 0 && <Strengths strengths={analysis.strengths} />}
          {analysis.apology && (
            <ApologyChecklist apology={analysis.apology} headingLevel={3} onApply={(r) => apply(0, text.length, r)} />
          )}
        </>
      )}
      {text.trim() && (
        <p className="ms-row">
          <button
            type="button"
            onClick={() => {
              void client
                .copyText(text)
                .then(() => setCopied('Copied.'))
                .catch(() => setCopied('Copying did not work here; select the text and copy it yourself.'));
            }}
          >
            Copy message
          </button>
          <span role="status">{copied}</span>
        </p>
      )}
    </div>
  );
}
