import { richOps } from './rich';

/** CKEditor 5 (Teams): ignores execCommand, takes text from `beforeinput` (queued, flushed within
 * about 50 ms) and from paste. */
export const ckeditor5Ops = richOps({
  family: 'ckeditor5',
  map: {
    // UI elements (e.g. widget handles) are contenteditable=false; fake-selection containers are off-screen copies.
    skip: (el) => el.classList.contains('ck-fake-selection-container') || el.hasAttribute('data-cke-ignore-events'),
  },
  strategies: ['beforeinput', 'paste'],
  settleMs: 500,
});
