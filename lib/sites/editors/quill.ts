import { richOps } from './rich';

/** Quill (Slack's composer descends from it): a MutationObserver turns the browser's edits into deltas. */
export const quillOps = richOps({
  family: 'quill',
  map: {
    // Quill 2 list markers and its hidden clipboard helper.
    skip: (el) => el.classList.contains('ql-ui') || el.classList.contains('ql-clipboard'),
  },
  strategies: ['execCommand', 'paste'],
});
