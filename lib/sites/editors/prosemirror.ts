import { richOps } from './rich';

/** ProseMirror / TipTap: reads DOM changes back into its document, so execCommand works. */
export const prosemirrorOps = richOps({
  family: 'prosemirror',
  map: {
    // The separator image and trailing <br> keep an empty last line visible; they are not text.
    skip: (el) => el.classList.contains('ProseMirror-separator') || el.classList.contains('ProseMirror-widget'),
  },
  strategies: ['execCommand', 'paste'],
});
