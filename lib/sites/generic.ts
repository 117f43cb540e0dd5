import type { SiteAdapter } from './types';

/** Used on hosts the user turns on themselves; knows nothing about the app, only common structure. */
export const generic = {
  id: 'generic',
  name: 'Other site',
  matches: [],
  composeSelectors: [
    {
      css: 'textarea',
      why: 'A multi-line text field is the most common message box on simple sites.',
      family: 'textarea',
    },
    {
      css: '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
      why: 'A rich-text box; detectFamily() decides which engine it is.',
    },
    {
      css: '[role="textbox"][contenteditable]',
      why: 'A box that says it is a textbox; kept last as the widest match.',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'button, [role="button"], input[type="submit"], input[type="button"]',
      why: 'A button whose accessible name says it sends.',
      names: ['send', 'send message', 'post', 'reply', 'submit'],
    },
    {
      css: 'form button[type="submit"], form input[type="submit"]',
      why: 'The submit button of the editor\'s own form (buttons in other forms are never used).',
    },
  ],
  sendKeys: ['Enter', 'Mod+Enter'],
} satisfies SiteAdapter;
