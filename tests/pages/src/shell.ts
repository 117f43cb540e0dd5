import './shell.css';

/** What a compose box built on one engine gives the page around it. */
export interface ComposeBox {
  /** The engine's own model text, read through its API, '\n' between paragraphs. */
  modelText(): string;
  /** Empties the editor after a send. */
  clear(): void;
  focus(): void;
}

/** Mounts an engine into `host`; the engine calls `send()` on plain Enter, the way its apps do. */
export type MountEditor = (host: HTMLElement, send: () => void) => ComposeBox | Promise<ComposeBox>;

export interface MindfulPageApi {
  modelText(): string;
  sent: string[];
  family: string;
}

declare global {
  interface Window {
    __mindful: MindfulPageApi;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface ChatOptions {
  family: string;
  title: string;
  mount: MountEditor;
  /** Messages already in the conversation. */
  history?: string[];
}

/** One conversation: message list, one compose box and a Send button. */
export async function mountChat(parent: HTMLElement, opts: ChatOptions): Promise<MindfulPageApi> {
  const chat = el('section', 'chat');
  chat.dataset.family = opts.family;
  chat.setAttribute('aria-label', opts.title);
  const heading = el('h2', 'chat-title', opts.title);
  const list = el('ol', 'messages');
  list.setAttribute('aria-label', 'Messages');
  for (const text of opts.history ?? []) list.append(el('li', 'message theirs', text));
  const composer = el('div', 'composer');
  const editorHost = el('div', 'editor-host');
  const button = el('button', 'send', 'Send');
  button.type = 'button';
  button.setAttribute('aria-label', 'Send');
  composer.append(editorHost, button);
  chat.append(heading, list, composer);
  parent.append(chat);

  const sent: string[] = [];
  let box: ComposeBox | null = null;
  const send = () => {
    if (!box) return;
    const text = box.modelText();
    if (!text.trim()) return;
    sent.push(text);
    list.append(el('li', 'message mine', text));
    list.scrollTop = list.scrollHeight;
    box.clear();
    box.focus();
  };
  box = await opts.mount(editorHost, send);
  button.addEventListener('click', send);
  const api: MindfulPageApi = { modelText: () => box!.modelText(), sent, family: opts.family };
  return api;
}

/** A test page: one chat, exposed as `window.__mindful`. */
export async function messengerPage(family: string, mount: MountEditor): Promise<void> {
  document.title = `${family} · Mindful Send test page`;
  const main = el('main', 'page single');
  document.body.append(main);
  window.__mindful = await mountChat(main, {
    family,
    title: `Chat with Sam (${family})`,
    mount,
    history: ['Hey, can we talk about yesterday?'],
  });
  document.body.dataset.ready = 'true';
}
