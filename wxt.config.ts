import { defineConfig } from 'wxt';
import { stripDocs } from './lib/build/strip-docs';

// MINDFUL_E2E=1 adds the localhost origins where the demo and test pages are served.
const e2e = process.env.MINDFUL_E2E === '1';

// The React components render through preact/compat in the extension itself: the content script runs
// on every messenger page and must stay small (≤ 60 kB gzipped), and the popup must open with under
// 100 ms of script work (React DOM alone cost ~300 ms of compile on a cold open here; preact ~80 ms).
// Component tests render the same components with React.
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
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'popup' || e.name === 'dashboard')) return;
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
