import type { SiteAdapter } from './types';

export const discord = {
  id: 'discord',
  name: 'Discord',
  matches: ['https://discord.com/*', 'https://ptb.discord.com/*', 'https://canary.discord.com/*'],
  family: 'slate',
  composeSelectors: [
    {
      css: 'div[role="textbox"][data-slate-editor="true"][aria-label^="Message"]',
      why: 'The channel/DM composer: a Slate editor labelled "Message #channel" or "Message @user".',
    },
    {
      css: '[class*="channelTextArea"] div[role="textbox"][data-slate-editor="true"]',
      why: 'Same editor in other UI languages, found through the chat bar wrapper (class names are hashed, so only the prefix is matched).',
    },
    {
      css: 'form div[role="textbox"][data-slate-editor="true"]',
      why: 'Structural fallback: any Slate textbox inside the message form (threads, forum replies).',
    },
  ],
  sendButtonSelectors: [
    {
      css: '[class*="channelTextArea"] button[aria-label="Send Message"]',
      why: 'Optional send button (accessibility setting). Most people send with Enter only; the controller must not require a button here.',
    },
  ],
  sendKeys: ['Enter'],
} satisfies SiteAdapter;
