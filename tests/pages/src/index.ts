import { mountCkeditor5 } from './editors/ckeditor5';
import { mountContenteditable } from './editors/contenteditable';
import { mountDraftjs } from './editors/draftjs';
import { mountLexical } from './editors/lexical';
import { mountQuill } from './editors/quill';
import { mountSlate } from './editors/slate';
import { mountTextarea } from './editors/textarea';
import { mountTiptap } from './editors/tiptap';
import { mountChat, type MindfulPageApi, type MountEditor } from './shell';

// The demo page: one conversation per editor engine, the way different messengers build them.
const boxes: Array<{ family: string; title: string; mount: MountEditor; history: string }> = [
  { family: 'lexical', title: 'Lexical (like WhatsApp Web)', mount: mountLexical, history: 'I felt left out on Saturday.' },
  { family: 'slate', title: 'Slate (like Discord)', mount: mountSlate, history: 'You said you would call and you did not.' },
  { family: 'quill', title: 'Quill (like Slack)', mount: mountQuill, history: 'Can we go over what happened in the meeting?' },
  { family: 'prosemirror', title: 'TipTap / ProseMirror', mount: mountTiptap, history: 'I am still upset about the comment you made.' },
  { family: 'ckeditor5', title: 'CKEditor 5 (like Teams)', mount: mountCkeditor5, history: 'The report went out without my part.' },
  { family: 'draftjs', title: 'Draft.js (like X)', mount: mountDraftjs, history: 'That joke in front of everyone hurt.' },
  { family: 'textarea', title: 'Plain text area', mount: mountTextarea, history: 'Why did you not tell me sooner?' },
  { family: 'contenteditable', title: 'Plain editable box', mount: mountContenteditable, history: 'I need to know we are okay.' },
];

declare global {
  interface Window {
    __mindfulDemo: Record<string, MindfulPageApi>;
  }
}

async function main() {
  document.title = 'Mindful Send · demo';
  const page = document.createElement('main');
  page.className = 'page demo';
  const intro = document.createElement('header');
  intro.className = 'intro';
  const h1 = document.createElement('h1');
  h1.textContent = 'Mindful Send demo';
  const p1 = document.createElement('p');
  p1.textContent =
    'Each conversation below uses a different editor engine, like the messengers you use every day. Nothing you type leaves this page.';
  const p2 = document.createElement('p');
  p2.textContent = 'Try typing something like “you always ignore me” or “sorry if you were upset, but…” and see what Mindful Send suggests.';
  intro.append(h1, p1, p2);
  const grid = document.createElement('div');
  grid.className = 'grid';
  page.append(intro, grid);
  document.body.append(page);

  const apis: Record<string, MindfulPageApi> = {};
  for (const box of boxes) {
    apis[box.family] = await mountChat(grid, { family: box.family, title: box.title, mount: box.mount, history: [box.history] });
  }
  window.__mindfulDemo = apis;
  // The page-level view follows the box that has focus (or the first one).
  const focused = () => {
    const chat = document.activeElement?.closest<HTMLElement>('.chat');
    return apis[chat?.dataset.family ?? ''] ?? apis[boxes[0]!.family]!;
  };
  window.__mindful = {
    family: 'demo',
    modelText: () => focused().modelText(),
    get sent() {
      return Object.values(apis).flatMap((api) => api.sent);
    },
  };
  document.body.dataset.ready = 'true';
}

void main();
