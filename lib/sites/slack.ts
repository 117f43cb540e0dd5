import type { SiteAdapter } from './types';

export const slack = {
  id: 'slack',
  name: 'Slack',
  matches: ['https://app.slack.com/*'],
  // Slack's composer descends from Quill; where `.ql-editor` is absent it is treated as plain contenteditable.
  family: 'contenteditable',
  composeSelectors: [
    {
      css: '[data-qa="message_input"] .ql-editor[contenteditable="true"]',
      why: 'Channel, DM and thread composers: the Quill-descended editor inside the message input wrapper.',
      family: 'quill',
    },
    {
      css: '.ql-editor[contenteditable="true"][role="textbox"]',
      why: 'The same editor when the wrapper test id is missing (e.g. the thread pane in some builds).',
      family: 'quill',
    },
    {
      css: '[data-qa="message_input"] [contenteditable="true"], .c-texty_input [contenteditable="true"]',
      why: 'Composer builds without the ql-editor class; plain contenteditable.',
    },
    {
      css: '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
      why: 'Structural fallback: a multi-line textbox, which Slack uses only for composing.',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'button[data-qa="texty_send_button"]',
      why: 'The paper-plane send button next to the composer.',
    },
    {
      css: 'button[aria-label="Send now"], button[aria-label="Send message"]',
      why: 'Accessible names seen on the send button; used if the test id changes.',
    },
  ],
  // Slack lets people swap Enter and Ctrl/Cmd+Enter, so both may send.
  sendKeys: ['Enter', 'Mod+Enter'],
} satisfies SiteAdapter;
