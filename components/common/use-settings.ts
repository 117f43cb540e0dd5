import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../lib/settings/types';
import { useClient } from './app-client';

/** Current settings (null while loading), kept fresh when another page changes them. */
export function useSettings(): [Settings | null, (patch: Partial<Settings>) => Promise<void>] {
  const client = useClient();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void client.settings.get().then((s) => live && setSettings(s));
    const unwatch = client.settings.watch((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, [client]);
  const update = useCallback(
    async (patch: Partial<Settings>) => {
      setSettings((s) => (s ? { ...s, ...patch } : s));
      setSettings(await client.settings.update(patch));
    },
    [client],
  );
  return [settings, update];
}
