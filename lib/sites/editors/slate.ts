import { richOps } from './rich';

/** Slate (Discord): its model ignores execCommand (the screen would change, the model would not),
 * but slate-react handles `beforeinput` itself and flushes the DOM selection first. */
export const slateOps = richOps({
  family: 'slate',
  map: {
    // The placeholder is contenteditable=false already; this also covers older slate-react builds.
    skip: (el) => el.hasAttribute('data-slate-placeholder'),
    // A block whose text ends in a soft break ('\n') is rendered with one more '\n' so the empty
    // last line shows (slate-react's "isTrailing"); that one is not in the model.
    visibleLength(node, data) {
      const string = node.parentElement?.closest('[data-slate-string]');
      if (!string || !data.endsWith('\n') || string.lastChild !== node) return data.length;
      const block = string.closest('[data-slate-node="element"]');
      const strings = block?.querySelectorAll('[data-slate-string]');
      return strings && strings[strings.length - 1] === string ? data.length - 1 : data.length;
    },
  },
  strategies: ['beforeinput', 'paste'],
});
