import type { SiteAdapter } from './types';

export const messenger = {
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages*'],
  family: 'lexical',
  composeSelectors: [
    {
      css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Message"]',
      why: 'The thread composer: a Lexical box labelled "Message" (English UI).',
    },
    {
      css: 'div[contenteditable="true"][data-lexical-editor="true"][aria-placeholder^="Aa"], div[contenteditable="true"][data-lexical-editor="true"][aria-label="Aa"]',
      why: 'Builds where the composer is labelled by its "Aa" placeholder instead.',
    },
    {
      css: '[role="main"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      why: 'Structural fallback: a Lexical textbox inside the conversation pane, in any UI language.',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'div[role="button"][aria-label="Press enter to send"], div[role="button"][aria-label="Press Enter to send"]',
      why: 'The send arrow, labelled with its keyboard hint; appears once the draft has text. Both capitalisations are seen in the wild.',
    },
    {
      css: 'div[role="button"][aria-label="Send"], button[aria-label="Send"]',
      why: 'Other builds label the same button just "Send".',
    },
  ],
  sendKeys: ['Enter'],
} satisfies SiteAdapter;
