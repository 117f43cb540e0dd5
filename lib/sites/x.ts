import type { SiteAdapter } from './types';

export const x = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  family: 'draftjs',
  composeSelectors: [
    {
      css: 'textarea[data-testid="dm-composer-textarea"]',
      why: 'The newer direct-message composer (X Chat) is a real textarea.',
      family: 'textarea',
    },
    {
      css: 'div[data-testid="dmComposerTextInput"][contenteditable="true"]',
      why: 'Older direct-message composer, a Draft.js editor.',
    },
    {
      css: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
      why: 'Post and reply composer (tweetTextarea_0, _1… for threads); Enter makes a new line there.',
      enterIsNewline: true,
    },
    {
      css: '.DraftEditor-root div.public-DraftEditor-content[contenteditable="true"]',
      why: 'Structural fallback: any Draft.js editor on the page.',
    },
  ],
  sendButtonSelectors: [
    {
      css: 'button[data-testid="dm-composer-send-button"]',
      why: 'Send button of the textarea DM composer.',
    },
    {
      css: 'button[data-testid="dmComposerSendButton"], [role="button"][data-testid="dmComposerSendButton"]',
      why: 'Send button of the older DM composer.',
    },
    {
      css: 'button[data-testid="tweetButtonInline"], button[data-testid="tweetButton"]',
      why: 'Post/Reply button of the inline composer and of the compose dialog.',
    },
  ],
  sendKeys: ['Enter', 'Mod+Enter'],
} satisfies SiteAdapter;
