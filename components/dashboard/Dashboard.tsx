import { useCallback, useEffect, useState } from 'react';
import type { PauseStats } from '../../lib/log/pause-log';
import type { PauseRecord } from '../../lib/log/types';
import { useClient } from '../common/app-client';
import { startOfWindow } from '../common/format';
import { EMPTY_LOG_TEXT } from '../common/RecentPauses';
import { SettingsForm } from '../common/SettingsForm';
import { useSettings } from '../common/use-settings';
import { Charts } from './Charts';
import { DataTools } from './DataTools';
import { LogTable } from './LogTable';

const RANGES = [30, 90] as const;

interface Data {
  records: PauseRecord[];
  stats: PauseStats;
  since: number;
  until: number;
}

export function Dashboard() {
  const client = useClient();
  const [settings, updateSettings] = useSettings();
  const [days, setDays] = useState<(typeof RANGES)[number]>(30);
  const [data, setData] = useState<Data | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    const until = client.now();
    const since = startOfWindow(until, days);
    try {
      const [{ records }, { stats }] = await Promise.all([
        client.send({ type: 'log.query' }),
        client.send({ type: 'log.stats', since }),
      ]);
      setData({ records, stats, since, until });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [client, days]);

  useEffect(() => {
    void load();
  }, [load]);

  async function deleteOne(id: number) {
    await client.send({ type: 'log.delete', id }).catch(() => setFailed(true));
    await load();
  }

  const empty = data !== null && data.records.length === 0;

  return (
    <main className="ms-page ms-theme ms-dashboard">
      <header>
        <h1>Your patterns</h1>
        <p className="ms-hint">Everything here stays on this device. Only you can see it.</p>
      </header>

      {failed && (
        <p className="ms-alert" role="alert">
          The log could not be read just now. Reloading this page usually helps.
        </p>
      )}

      {empty && <p className="ms-empty">{EMPTY_LOG_TEXT}</p>}

      {data && !empty && (
        <section className="ms-section" aria-labelledby="charts-title">
          <div className="ms-section-head">
            <h2 id="charts-title">Over time</h2>
            <fieldset className="ms-fieldset ms-range">
              <legend className="ms-visually-hidden">Period</legend>
              {RANGES.map((r) => (
                <label key={r}>
                  <input type="radio" name="range" checked={days === r} onChange={() => setDays(r)} /> Last {r} days
                </label>
              ))}
            </fieldset>
          </div>
          <Charts stats={data.stats} since={data.since} until={data.until} days={days} />
        </section>
      )}

      {data && !empty && (
        <section className="ms-section" aria-labelledby="log-title">
          <h2 id="log-title">The full log</h2>
          <LogTable records={data.records} onDelete={(id) => void deleteOne(id)} />
        </section>
      )}

      <section className="ms-section" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <DataTools total={data?.records.length ?? 0} onChanged={() => void load()} />
      </section>

      {settings && <SettingsForm settings={settings} onChange={(p) => void updateSettings(p)} />}
    </main>
  );
}
