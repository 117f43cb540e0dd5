import type { SiteAdapter } from './types';

export const linkedin = {
  id: 'linkedin',
  name: 'LinkedIn',
  // The messaging overlay opens over the feed too; SPA navigation keeps the script alive elsewhere on the site.
  matches: ['https://www.linkedin.com/messaging*', 'https://www.linkedin.com/feed*'],
  family: 'contenteditable',
  composeSelectors: [
    {
      css: 'div.msg-form__contenteditable[contenteditable="true"]',
      why: 'The message box of the messaging page and of the overlay bubbles.',
    },
    {
      css: '.msg-form div[role="textbox"][contenteditable="true"]',
      why: 'Structural fallback: a textbox inside a messaging form.',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'button.msg-form__send-button',
      why: 'The Send button of the messaging form.',
    },
    {
      css: '.msg-form button.msg-form__send-btn, .msg-form button[type="submit"]',
      why: 'Variant class of the same button, and the form\'s submit button.',
    },
  ],
  // LinkedIn lets people choose between Enter and Ctrl/Cmd+Enter to send.
  sendKeys: ['Enter', 'Mod+Enter'],
} satisfies SiteAdapter;
