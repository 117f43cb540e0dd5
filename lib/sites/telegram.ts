import type { SiteAdapter } from './types';

export const telegram = {
  id: 'telegram',
  name: 'Telegram Web',
  matches: ['https://web.telegram.org/*'],
  family: 'contenteditable',
  composeSelectors: [
    {
      css: '.input-message-input[contenteditable="true"]',
      why: 'Telegram Web K (/k/): the message input of the chat bar.',
    },
    {
      css: '#editable-message-text[contenteditable="true"]',
      why: 'Telegram Web A (/a/): the message input of the composer.',
    },
    {
      css: '.chat-input [contenteditable="true"], .Composer [contenteditable="true"]',
      why: 'Structural fallback: any editable box inside the K chat bar or the A composer.',
    },
  ],
  sendButtonSelectors: [
    {
      css: '.chat-input button.btn-send',
      why: 'Web K send button (it also records voice when the draft is empty).',
    },
    {
      css: '.Composer button.Button.send',
      why: 'Web A send button.',
    },
  ],
  // Telegram can be set to send with Ctrl/Cmd+Enter instead of Enter.
  sendKeys: ['Enter', 'Mod+Enter'],
} satisfies SiteAdapter;
