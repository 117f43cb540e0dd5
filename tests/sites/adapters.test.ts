// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  adapterForUrl,
  composeMatch,
  findComposeRoot,
  findSendButton,
  isSendButton,
} from '../../lib/sites/find';
import { ADAPTERS, GENERIC } from '../../lib/sites/registry';
import type { EditorFamilyId, SiteAdapter } from '../../lib/sites/types';

// happy-dom replaces the global URL, so the fixture folder is resolved from the project root.
const FIXTURES = `${resolve('tests/fixtures/sites')}/`;

function adapterById(id: string): SiteAdapter {
  const found = [...ADAPTERS, GENERIC].find((a) => a.id === id);
  if (!found) throw new Error(`no adapter ${id}`);
  return found;
}

function load(id: string): void {
  document.body.innerHTML = readFileSync(`${FIXTURES}${id}.html`, 'utf8');
}

function marked(token: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-fixture~="${token}"]`);
  if (!el) throw new Error(`fixture has no [data-fixture~="${token}"]`);
  return el;
}

const key = (name: string, box: string) => (box ? `${name}:${box}` : name);

interface Case {
  id: string;
  /** Compose boxes in the fixture, each with its own markers ('' = unsuffixed). */
  boxes: string[];
  family: Record<string, EditorFamilyId>;
  enterIsNewline?: Record<string, boolean>;
}

const CASES: Case[] = [
  { id: 'whatsapp', boxes: [''], family: { '': 'lexical' } },
  { id: 'slack', boxes: [''], family: { '': 'quill' } },
  { id: 'discord', boxes: [''], family: { '': 'slate' } },
  { id: 'messenger', boxes: [''], family: { '': 'lexical' } },
  { id: 'gmail', boxes: [''], family: { '': 'contenteditable' }, enterIsNewline: { '': true } },
  { id: 'outlook', boxes: [''], family: { '': 'contenteditable' }, enterIsNewline: { '': true } },
  { id: 'teams', boxes: [''], family: { '': 'ckeditor5' } },
  { id: 'telegram', boxes: ['k', 'a'], family: { k: 'contenteditable', a: 'contenteditable' } },
  { id: 'linkedin', boxes: [''], family: { '': 'contenteditable' } },
  {
    id: 'x',
    boxes: ['post', 'dm'],
    family: { post: 'draftjs', dm: 'textarea' },
    enterIsNewline: { post: true, dm: false },
  },
  { id: 'generic', boxes: ['', 'note'], family: { '': 'textarea', note: 'contenteditable' } },
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each(CASES)('$id adapter on its saved page', ({ id, boxes, family, enterIsNewline }) => {
  const adapter = adapterById(id);

  it.each(boxes)('finds the compose box from an element inside it (box "%s")', (box) => {
    load(id);
    const compose = marked(key('compose', box));
    expect(findComposeRoot(adapter, marked(key('inside', box)))).toBe(compose);
    expect(findComposeRoot(adapter, compose)).toBe(compose);
  });

  it.each(boxes)('reports the editor family and Enter behaviour of the box (box "%s")', (box) => {
    load(id);
    const match = composeMatch(adapter, marked(key('inside', box)));
    expect(match?.family).toBe(family[box]);
    expect(match?.enterIsNewline).toBe(enterIsNewline?.[box] ?? false);
  });

  it('never takes a search box (or another excluded field) for a compose box', () => {
    load(id);
    const excluded = [...document.querySelectorAll<HTMLElement>('[data-fixture^="search"], [data-fixture^="never"]')];
    expect(excluded.length).toBeGreaterThan(0);
    for (const el of excluded) {
      expect(findComposeRoot(adapter, el), el.outerHTML.slice(0, 80)).toBeNull();
      for (const child of el.querySelectorAll('*')) expect(findComposeRoot(adapter, child)).toBeNull();
    }
  });

  it.each(boxes)('finds the send button that belongs to the box (box "%s")', (box) => {
    load(id);
    expect(findSendButton(adapter, marked(key('compose', box)))).toBe(marked(key('send', box)));
  });

  it.each(boxes)('counts a click on the icon inside the send button as a send, and other buttons not (box "%s")', (box) => {
    load(id);
    const compose = marked(key('compose', box));
    expect(isSendButton(adapter, compose, marked(key('send-icon', box)))).toBe(true);
    expect(isSendButton(adapter, compose, marked(key('send', box)))).toBe(true);
    const others = [...document.querySelectorAll('button, [role="button"]')].filter(
      (b) => b !== marked(key('send', box)),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(isSendButton(adapter, compose, other), other.outerHTML.slice(0, 80)).toBe(false);
  });
});

describe('compose boxes that must never count', () => {
  it('ignores an editor inside our own overlay, even behind its shadow root', () => {
    document.body.innerHTML = '<mindful-send-ui></mindful-send-ui>';
    const host = document.querySelector('mindful-send-ui')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    const inner = document.createElement('p');
    box.append(inner);
    shadow.append(box);
    expect(findComposeRoot(GENERIC, inner)).toBeNull();
    expect(findComposeRoot(GENERIC, box)).toBeNull();
  });

  it.each([
    ['a readonly textarea', '<textarea readonly data-t></textarea>'],
    ['a disabled textarea', '<textarea disabled data-t></textarea>'],
    ['a textarea labelled as search', '<textarea aria-label="Search messages" data-t></textarea>'],
    ['a contenteditable="false" block', '<div contenteditable="false"><span data-t>x</span></div>'],
    ['a plain paragraph', '<p data-t>hello</p>'],
    ['a text input (generic never reads inputs)', '<input type="text" data-t>'],
  ])('returns null for %s', (_label, html) => {
    document.body.innerHTML = html;
    expect(findComposeRoot(GENERIC, document.querySelector('[data-t]'))).toBeNull();
  });

  it.each([
    ['a Lexical box', '<div contenteditable="true" data-lexical-editor="true" data-t></div>', 'lexical'],
    ['a Quill box', '<div class="ql-editor" contenteditable="true" data-t></div>', 'quill'],
    ['a ProseMirror box', '<div class="ProseMirror" contenteditable="true" data-t></div>', 'prosemirror'],
  ])('lets the DOM name the engine of %s on other sites', (_label, html, family) => {
    document.body.innerHTML = html;
    expect(composeMatch(GENERIC, document.querySelector('[data-t]'))?.family).toBe(family);
  });

  it('returns null for no target', () => {
    expect(findComposeRoot(GENERIC, null)).toBeNull();
  });

  it('does not recognise one app\'s compose box with another app\'s adapter', () => {
    load('whatsapp');
    expect(findComposeRoot(adapterById('gmail'), marked('inside'))).toBeNull();
    expect(findComposeRoot(adapterById('discord'), marked('inside'))).toBeNull();
  });
});

describe('send buttons that must never count', () => {
  it('skips a send button that is disabled, and finds none when it is the only one', () => {
    load('teams');
    const send = marked('send') as HTMLButtonElement;
    send.disabled = true;
    expect(findSendButton(adapterById('teams'), marked('compose'))).toBeNull();
  });

  it('skips a send button inside an element hidden with display:none', () => {
    load('whatsapp');
    marked('send').parentElement!.style.display = 'none';
    expect(findSendButton(adapterById('whatsapp'), marked('compose'))).toBeNull();
  });

  it('prefers the send button nearest the editor when two compose areas are open', () => {
    load('gmail');
    const dialog = document.querySelector('[role="dialog"]')!;
    const second = dialog.cloneNode(true) as HTMLElement;
    for (const el of second.querySelectorAll('[data-fixture]')) el.setAttribute('data-fixture', 'copy');
    document.body.prepend(second);
    const secondCompose = second.querySelector<HTMLElement>('[aria-label="Message Body"]')!;
    const secondSend = second.querySelector<HTMLElement>('[data-tooltip^="Send"]')!;
    expect(findSendButton(adapterById('gmail'), secondCompose)).toBe(secondSend);
    expect(findSendButton(adapterById('gmail'), marked('compose'))).toBe(marked('send'));
    expect(isSendButton(adapterById('gmail'), marked('compose'), secondSend)).toBe(false);
  });

  it('never uses a submit button of a different form (generic)', () => {
    document.body.innerHTML =
      '<form><button type="submit">Go</button></form><div><textarea></textarea></div>';
    expect(findSendButton(GENERIC, document.querySelector('textarea')!)).toBeNull();
  });
});

describe('adapterForUrl', () => {
  it.each([
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://app.slack.com/client/T01/C02', 'slack'],
    ['https://discord.com/channels/@me/123', 'discord'],
    ['https://ptb.discord.com/channels/1/2', 'discord'],
    ['https://canary.discord.com/channels/1/2', 'discord'],
    ['https://www.messenger.com/t/100001', 'messenger'],
    ['https://www.facebook.com/messages/t/100001', 'messenger'],
    ['https://www.facebook.com/messages', 'messenger'],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', 'gmail'],
    ['https://outlook.live.com/mail/0/inbox', 'outlook'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.office365.com/mail/deeplink/compose', 'outlook'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://teams.live.com/v2/', 'teams'],
    ['https://web.telegram.org/k/#@someone', 'telegram'],
    ['https://web.telegram.org/a/#12345', 'telegram'],
    ['https://www.linkedin.com/messaging/thread/2-abc/', 'linkedin'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://x.com/messages/123-456', 'x'],
    ['https://x.com/home', 'x'],
    ['https://twitter.com/compose/post', 'x'],
  ])('maps %s to %s', (url, id) => {
    expect(adapterForUrl(url).id).toBe(id);
  });

  it.each([
    ['https://www.linkedin.com/in/someone/', 'linkedin'],
    ['https://www.facebook.com/', 'messenger'],
  ])('keeps the app\'s adapter after in-app navigation to another path: %s', (url, id) => {
    expect(adapterForUrl(url).id).toBe(id);
  });

  it.each([
    'https://example.org/forum/thread/1',
    'https://docs.google.com/document/d/1',
    'https://web.whatsapp.com.example.org/',
    'https://example.org/web.whatsapp.com/',
    'http://localhost:5173/demo.html',
    'not a url',
  ])('falls back to the generic adapter for %s', (url) => {
    expect(adapterForUrl(url)).toBe(GENERIC);
  });

  it('accepts a URL object', () => {
    expect(adapterForUrl(new URL('https://app.slack.com/client')).id).toBe('slack');
  });
});
