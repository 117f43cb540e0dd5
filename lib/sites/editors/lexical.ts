import { richOps } from './rich';

/** Lexical (WhatsApp Web, Messenger): reconciles the browser's own edits, so execCommand keeps its
 * model and history in sync; a synthetic beforeinput is the fallback it also accepts. */
export const lexicalOps = richOps({
  family: 'lexical',
  // Decorator nodes (mentions, emoji pickers) render as contenteditable=false islands, skipped by the map.
  strategies: ['execCommand', 'beforeinput'],
});
