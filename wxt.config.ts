import { defineConfig } from 'wxt';

// MINDFUL_E2E=1 adds the localhost origins where the demo and test pages are served.
const e2e = process.env.MINDFUL_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: () => ({
    name: 'Mindful Send',
    description: 'Pause before you send a message you might regret. Everything is checked on your device.',
    // scripting + optional host access: "Turn on for <host>" in the popup asks for one origin at a
    // time and registers the content script there. activeTab lets the popup read the current tab's
    // address to say whether Mindful Send runs on it.
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['*://*/*'],
    host_permissions: e2e ? ['http://localhost/*', 'http://127.0.0.1/*'] : [],
    browser_specific_settings: {
      gecko: { id: 'mindful-send@example.org' },
    },
  }),
});
