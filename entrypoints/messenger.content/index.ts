import { contentScriptMatches } from '@/lib/sites/registry';

export default defineContentScript({
  // WXT reads `matches` by importing this file in Node at build time, so the e2e switch comes
  // from process.env there; in the page `process` does not exist and the value is unused.
  matches: contentScriptMatches(typeof process !== 'undefined' && process.env.MINDFUL_E2E === '1'),
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    // The in-page controller (editor tracking, overlay, pause dialog) is wired here by the in-page work.
    void ctx;
  },
});
