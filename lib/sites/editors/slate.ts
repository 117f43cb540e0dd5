import { richOps } from './rich';

/** Slate (Discord): its model ignores execCommand (the screen would change, the model would not),
 * but slate-react handles `beforeinput` itself and flushes the DOM selection first. */
export const slateOps = richOps({
  family: 'slate',
  map: {
    // The placeholder is contenteditable=false already; this also covers older slate-react builds.
    skip: (el) => el.hasAttribute('data-slate-placeholder'),
  },
  strategies: ['beforeinput', 'paste'],
});
