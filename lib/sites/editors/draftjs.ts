import { richOps } from './rich';

/** Draft.js (X): its paste handler edits the EditorState directly (one undo step, any selection).
 * execCommand is not first: over a selection spanning blocks Draft lets the browser edit the DOM
 * natively and its model keeps the old text while the screen shows the new. */
export const draftjsOps = richOps({
  family: 'draftjs',
  map: {
    // Draft renders a text ending in '\n' (a soft newline) with one extra '\n' so the empty line shows.
    visibleLength(node, data) {
      const leaf = node.parentElement;
      if (!data.endsWith('\n') || !leaf?.hasAttribute('data-text')) return data.length;
      const block = leaf.closest('[data-block="true"]');
      const leaves = block?.querySelectorAll('[data-text="true"]');
      return leaves && leaves[leaves.length - 1] === leaf ? data.length - 1 : data.length;
    },
  },
  strategies: ['paste', 'execCommand'],
});
