import type { SiteAdapter } from './types';

export const outlook = {
  id: 'outlook',
  name: 'Outlook',
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  // Plain contenteditable historically; newer builds use a Lexical-like editor, which detectFamily() sees in the DOM.
  family: 'contenteditable',
  composeSelectors: [
    {
      css: 'div[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
      why: 'Body of a new message or reply; the label may continue with a keyboard hint ("Message body, press Alt+F10 to exit").',
    },
    {
      css: 'div[contenteditable="true"][data-lexical-editor="true"][aria-label^="Message body"]',
      why: 'The body in builds on the newer Lexical-like editor.',
      family: 'lexical',
    },
    {
      css: '[role="main"] div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
      why: 'Structural fallback: a multi-line textbox in the reading/compose pane, in any UI language.',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'button[aria-label="Send"]',
      why: 'The Send button of the compose toolbar (English UI).',
    },
    {
      css: 'button[title^="Send"]',
      why: 'Builds where only the tooltip says "Send (Ctrl+Enter)".',
    },
  ],
  sendKeys: ['Mod+Enter'],
  enterIsNewline: true,
} satisfies SiteAdapter;
