import type { SiteAdapter } from './types';

export const whatsapp = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  family: 'lexical',
  composeSelectors: [
    {
      css: 'footer div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][data-tab="10"]',
      why: 'The chat composer: the Lexical box in the conversation footer (data-tab="10"); the search box uses data-tab="3". Go when WhatsApp renumbers its tab stops.',
    },
    {
      css: '[data-testid="conversation-compose-box-input"][contenteditable="true"]',
      why: 'Older builds named the composer with a test id; kept for users still served those builds.',
    },
    {
      css: '#main footer [contenteditable="true"]',
      why: 'Structural fallback: any editable box in the open conversation footer (#main is the chat pane).',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'footer button[aria-label="Send"]',
      why: 'Current send button (English UI), shown in the footer once the draft has text.',
    },
    {
      css: 'footer span[data-icon="wds-ic-send-filled"]',
      why: 'Send icon of the current design system; find.ts climbs to its button. Language-independent, so it also works in other UI languages.',
    },
    {
      css: 'footer span[data-icon="send"], footer [data-testid="send"]',
      why: 'Send icon / test id of older builds. Go once no build ships them.',
    },
  ],
  sendKeys: ['Enter'],
} satisfies SiteAdapter;
