import { useId } from 'react';
import type { Sensitivity } from '../../lib/checker/types';
import type { Settings } from '../../lib/settings/types';

const SENSITIVITY_TEXT: Record<Sensitivity, { label: string; hint: string }> = {
  gentle: { label: 'Gentle', hint: 'Only the strongest patterns.' },
  balanced: { label: 'Balanced', hint: 'Most patterns, few false alarms.' },
  strict: { label: 'Strict', hint: 'Everything it notices, even mild wording.' },
};

export interface SettingsFormProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  headingLevel?: 2 | 3;
}

export function SettingsForm({ settings, onChange, headingLevel = 2 }: SettingsFormProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="ms-section" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>Settings</Heading>
      <label className="ms-row">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />
        <span>Mindful Send is on</span>
      </label>
      <fieldset className="ms-fieldset">
        <legend>How much to point out</legend>
        {(Object.keys(SENSITIVITY_TEXT) as Sensitivity[]).map((s) => (
          <label className="ms-row" key={s}>
            <input
              type="radio"
              name={`${id}-sensitivity`}
              value={s}
              checked={settings.sensitivity === s}
              onChange={() => onChange({ sensitivity: s })}
            />
            <span>
              {SENSITIVITY_TEXT[s].label} <span className="ms-hint">{SENSITIVITY_TEXT[s].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="ms-field">
        <label htmlFor={`${id}-seconds`}>Pause length: {settings.pauseSeconds} s</label>
        <input
          id={`${id}-seconds`}
          type="range"
          min={0}
          max={10}
          step={1}
          value={settings.pauseSeconds}
          aria-valuetext={`${settings.pauseSeconds} seconds`}
          onChange={(e) => onChange({ pauseSeconds: Number(e.target.value) })}
        />
        <p className="ms-hint">How long the pause waits before “Send anyway” can be chosen.</p>
      </div>
      <label className="ms-row">
        <input
          type="checkbox"
          checked={settings.pauseEverySend}
          onChange={(e) => onChange({ pauseEverySend: e.target.checked })}
        />
        <span>Pause before every send, not only when something is noticed</span>
      </label>
      <label className="ms-row">
        <input
          type="checkbox"
          checked={settings.keepDrafts}
          aria-describedby={`${id}-drafts`}
          onChange={(e) => onChange({ keepDrafts: e.target.checked })}
        />
        <span>Keep my drafts in the log</span>
      </label>
      <p className="ms-hint" id={`${id}-drafts`}>
        When this is off, the log notes only what was noticed, never your words. When it is on, the text of
        each paused draft is saved too — on this device only, and you can delete it any time.
      </p>
    </section>
  );
}
