import { defineConfig } from 'wxt';
import { stripDocs } from './lib/build/strip-docs';

// MINDFUL_E2E=1 adds the localhost origins where the demo and test pages are served.
const e2e = process.env.MINDFUL_E2E === '1';

// The content script runs on every messenger page, so it must stay small (≤ 60 kB gzipped): its
// React components are rendered by preact/compat there. Popup and dashboard keep React itself.
const preactForReact = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

export default defineConfig({
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const existing = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...preactForReact, ...existing] };
    },
  },
  vite: () => ({ plugins: [stripDocs()] }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ manifestVersion }) => ({
    name: 'Mindful Send',
    description: 'Pause before you send a message you might regret. Everything is checked on your device.',
    // scripting + optional host access: "Turn on for <host>" in the popup asks for one origin at a
    // time and registers the content script there. activeTab lets the popup read the current tab's
    // address to say whether Mindful Send runs on it.
    permissions: ['storage', 'scripting', 'activeTab'],
    // MV2 (the Firefox build) has no optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    host_permissions: e2e ? ['http://localhost/*', 'http://127.0.0.1/*'] : [],
    browser_specific_settings: {
      gecko: { id: 'mindful-send@example.org' },
    },
  }),
});
