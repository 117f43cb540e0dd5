import { useEffect, useState } from 'react';
import type { PauseStats } from '../../lib/log/pause-log';
import type { PauseRecord } from '../../lib/log/types';
import { useClient } from '../common/app-client';
import { startOfWindow } from '../common/format';
import { RecentPauses } from '../common/RecentPauses';
import { SettingsForm } from '../common/SettingsForm';
import { useSettings } from '../common/use-settings';
import { SiteStatus } from './SiteStatus';
import { TryReframe } from './TryReframe';
import { WeekSummary } from './WeekSummary';

export const RECENT_LIMIT = 5;

interface Overview {
  records: PauseRecord[];
  stats: PauseStats;
}

export function Popup() {
  const client = useClient();
  const [settings, updateSettings] = useSettings();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [failed, setFailed] = useState(false);
  const [url, setUrl] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    // One round-trip to the background for everything the log shows.
    client
      .send({ type: 'log.overview', limit: RECENT_LIMIT, since: startOfWindow(client.now(), 7) })
      .then((o) => live && setOverview(o))
      .catch(() => live && setFailed(true));
    client
      .currentTabUrl()
      .then((u) => live && setUrl(u))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client]);

  return (
    <main className="ms-page ms-theme ms-popup">
      <header className="ms-popup-head">
        <h1>Mindful Send</h1>
        <a
          href="/dashboard.html"
          onClick={(e) => {
            e.preventDefault();
            client.openDashboard();
          }}
        >
          Open your patterns
        </a>
      </header>

      <section className="ms-section" aria-labelledby="site-title">
        <h2 id="site-title">This site</h2>
        {settings && <SiteStatus url={url} settings={settings} onChange={(p) => void updateSettings(p)} />}
      </section>

      <section className="ms-section" aria-labelledby="try-title">
        <h2 id="try-title">Try a reframe</h2>
        <TryReframe sensitivity={settings?.sensitivity ?? 'balanced'} />
      </section>

      <section className="ms-section" aria-labelledby="recent-title" aria-busy={!overview && !failed}>
        <h2 id="recent-title">Latest pauses</h2>
        {failed ? (
          <p className="ms-alert" role="alert">
            The log could not be read just now. Closing and reopening this window usually helps.
          </p>
        ) : overview ? (
          <RecentPauses records={overview.records} now={client.now()} />
        ) : (
          <p className="ms-hint">Loading…</p>
        )}
      </section>

      {overview && overview.stats.total + overview.records.length > 0 && (
        <section className="ms-section" aria-labelledby="week-title">
          <h2 id="week-title">This week</h2>
          <WeekSummary stats={overview.stats} />
        </section>
      )}

      {settings && <SettingsForm settings={settings} onChange={(p) => void updateSettings(p)} />}
    </main>
  );
}
