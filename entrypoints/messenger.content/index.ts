import { runContentScript } from '@/lib/content/mount';
import { contentScriptMatches } from '@/lib/sites/registry';

export default defineContentScript({
  // WXT reads `matches` by importing this file in Node at build time, so the e2e switch comes
  // from process.env there; in the page `process` does not exist and the value is unused.
  matches: contentScriptMatches(typeof process !== 'undefined' && process.env.MINDFUL_E2E === '1'),
  runAt: 'document_idle',
  allFrames: false,
  // Styles go into the shadow root as text (see lib/content/mount.tsx): nothing is fetched or injected into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    void runContentScript(ctx);
  },
});
