import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages';
import { getSettings, updateSettings, watchSettings } from '../../lib/settings';
import { originPattern } from '../../lib/background/sites';
import type { AppClient } from './app-client';

/** The real AppClient for extension pages. */
export function createBrowserClient(): AppClient {
  return {
    send: sendMessage,
    settings: { get: getSettings, update: updateSettings, watch: watchSettings },
    async currentTabUrl() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.url;
    },
    requestOrigin(origin) {
      return browser.permissions.request({ origins: [originPattern(origin)] });
    },
    openDashboard() {
      void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    },
    copyText(text) {
      return navigator.clipboard.writeText(text);
    },
    async loadAnalyze() {
      return (await import('../../lib/checker')).analyze;
    },
    saveFile(name, contents) {
      const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    now: () => Date.now(),
  };
}
