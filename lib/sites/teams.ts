import type { SiteAdapter } from './types';

export const teams = {
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  family: 'ckeditor5',
  composeSelectors: [
    {
      css: 'div[data-tid="ckeditor"][contenteditable="true"]',
      why: 'New Teams: the CKEditor 5 editable of the chat/channel composer.',
    },
    {
      css: '[data-tid="ckeditor"] [contenteditable="true"][role="textbox"]',
      why: 'Builds where the test id sits on a wrapper around the editable.',
    },
    {
      css: 'div.cke_textarea_inline[contenteditable="true"]',
      why: 'Classic Teams used CKEditor 4 inline editing, which behaves as plain contenteditable. Go when classic Teams is gone.',
      family: 'contenteditable',
    },
    {
      css: 'div[role="textbox"][contenteditable="true"].ck-editor__editable',
      why: 'Structural fallback: any CKEditor 5 editable (meeting chat, replies).',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'button[data-tid="newMessageCommands-send"]',
      why: 'The send button of the composer.',
    },
    {
      css: 'button[data-tid="sendMessageCommands-send"]',
      why: 'Test id of the same button in other Teams builds.',
    },
  ],
  // Enter sends by default; Ctrl/Cmd+Enter sends from the expanded composer.
  sendKeys: ['Enter', 'Mod+Enter'],
} satisfies SiteAdapter;
