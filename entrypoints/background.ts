import { createHandler } from '../lib/background/handlers';
import { createMessageListener } from '../lib/background/listener';
import { createSiteRegistrar, syncExtraScripts } from '../lib/background/sites';
import { createIdbStore } from '../lib/log/idb-store';
import { createPauseLog } from '../lib/log/pause-log';
import { getSettings, updateSettings } from '../lib/settings';

export default defineBackground(() => {
  // The only place that opens IndexedDB: content scripts would get the page's database instead.
  const log = createPauseLog(createIdbStore());
  const handle = createHandler({ log, getSettings, sites: createSiteRegistrar() });
  const self = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/') });
  browser.runtime.onMessage.addListener(createMessageListener(handle, self));

  void getSettings()
    .then(syncExtraScripts)
    .catch(() => undefined);

  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void getSettings().then(async (settings) => {
      const removed = origins.map((p) => p.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, ''));
      const extraHosts = settings.extraHosts.filter((h) => !removed.includes(h.replace(/:\d+$/, '')));
      if (extraHosts.length !== settings.extraHosts.length) {
        await updateSettings({ extraHosts });
        await syncExtraScripts({ ...settings, extraHosts });
      }
    });
  });
});
