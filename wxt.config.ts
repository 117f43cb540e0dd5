import { defineConfig } from 'wxt';

// MINDFUL_E2E=1 adds the localhost origins where the demo and test pages are served.
const e2e = process.env.MINDFUL_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: () => ({
    name: 'Mindful Send',
    description: 'Pause before you send a message you might regret. Everything is checked on your device.',
    permissions: ['storage'],
    host_permissions: e2e ? ['http://localhost/*', 'http://127.0.0.1/*'] : [],
    browser_specific_settings: {
      gecko: { id: 'mindful-send@example.org' },
    },
  }),
});
