import { useState } from 'react';
import { isActiveOn, withHostDisabled } from '../../lib/settings';
import type { Settings } from '../../lib/settings/types';
import { adapterForUrl } from '../../lib/sites/find';
import { GENERIC } from '../../lib/sites/registry';
import { useClient } from '../common/app-client';

export interface SiteStatusProps {
  url: string | undefined;
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

function pageOf(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

export function SiteStatus({ url, settings, onChange }: SiteStatusProps) {
  const client = useClient();
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const page = pageOf(url);

  if (!page) {
    return <p className="ms-hint">Open a messenger in this tab to see Mindful Send here.</p>;
  }
  const host = page.host;
  const adapter = adapterForUrl(page);
  const known = adapter.id !== GENERIC.id;
  const extra = settings.extraHosts.includes(host);
  const active = isActiveOn(settings, host);

  const switchFor = (label: string) => (
    <label className="ms-row">
      <input
        type="checkbox"
        role="switch"
        checked={active}
        disabled={!settings.enabled}
        onChange={(e) => onChange(withHostDisabled(settings, host, !e.target.checked))}
      />
      <span>{label}</span>
    </label>
  );

  function turnOn() {
    // The permission prompt must come straight from the click, before anything is awaited.
    const asked = client.requestOrigin(page!.origin);
    setBusy(true);
    void asked
      .then(async (granted) => {
        if (!granted) {
          setNote({ text: 'No access was given, so nothing changed.' });
          return;
        }
        const res = await client.send({ type: 'sites.enable', origin: page!.origin });
        setNote(
          res.ok
            ? { text: `Mindful Send now works on ${host}.` }
            : { text: res.error ?? 'That did not work. Please try again.', error: true },
        );
      })
      .catch(() => setNote({ text: 'That did not work. Please try again.', error: true }))
      .finally(() => setBusy(false));
  }

  function turnOff() {
    setBusy(true);
    void client
      .send({ type: 'sites.disable', origin: page!.origin })
      .then(() => setNote({ text: `Mindful Send no longer runs on ${host}.` }))
      .catch(() => setNote({ text: 'That did not work. Please try again.', error: true }))
      .finally(() => setBusy(false));
  }

  return (
    <div>
      {known ? (
        <>
          <p>
            <strong>{adapter.name}</strong>{' '}
            <span className="ms-meta">({host})</span>
          </p>
          {switchFor(`On for ${host}`)}
        </>
      ) : extra ? (
        <>
          <p>You turned Mindful Send on for {host}.</p>
          {switchFor(`On for ${host}`)}
          <button type="button" onClick={turnOff} disabled={busy}>
            Stop using it on {host}
          </button>
        </>
      ) : (
        <>
          <p>{host} is not a messenger Mindful Send knows. You can still turn it on here.</p>
          <button type="button" className="ms-primary" onClick={turnOn} disabled={busy}>
            Turn on for {host}
          </button>
        </>
      )}
      {!settings.enabled && <p className="ms-hint">Mindful Send is switched off everywhere (see Settings).</p>}
      {note && (
        <p className={note.error ? 'ms-alert' : 'ms-ok'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </div>
  );
}
