import type { SiteAdapter } from './types';

export const gmail = {
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  family: 'contenteditable',
  composeSelectors: [
    {
      css: 'div[role="textbox"][contenteditable="true"][aria-label="Message Body"]',
      why: 'Body of a new message, reply or forward (English UI).',
    },
    {
      css: 'div[contenteditable="true"][g_editable="true"]',
      why: 'Gmail marks its editable body with g_editable in every UI language.',
    },
    {
      css: 'div.Am.Al.editable[contenteditable="true"]',
      why: 'Obfuscated class names of the body; last specific resort, go when Gmail rotates them.',
    },
    {
      css: '[role="dialog"] div[role="textbox"][contenteditable="true"]',
      why: 'Structural fallback: a textbox inside the compose window.',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'div[role="button"][data-tooltip^="Send"]',
      why: 'The Send button; its tooltip is "Send (Ctrl-Enter)" / "Send (⌘Enter)" in English.',
    },
    {
      css: 'div[role="button"].T-I.aoO',
      why: 'The Send button by its obfuscated classes, for other UI languages. Go when Gmail rotates them.',
    },
  ],
  sendKeys: ['Mod+Enter'],
  enterIsNewline: true,
} satisfies SiteAdapter;
