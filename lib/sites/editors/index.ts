import type { EditorFamilyId, EditorOps } from '../types';
import { ckeditor5Ops } from './ckeditor5';
import { contenteditableOps } from './contenteditable';
import { draftjsOps } from './draftjs';
import { lexicalOps } from './lexical';
import { prosemirrorOps } from './prosemirror';
import { quillOps } from './quill';
import { slateOps } from './slate';
import { textareaOps } from './textarea';

export { textareaRects } from './textarea';

const OPS: Record<EditorFamilyId, EditorOps> = {
  textarea: textareaOps,
  contenteditable: contenteditableOps,
  lexical: lexicalOps,
  slate: slateOps,
  quill: quillOps,
  prosemirror: prosemirrorOps,
  ckeditor5: ckeditor5Ops,
  draftjs: draftjsOps,
};

export function editorOps(family: EditorFamilyId): EditorOps {
  return OPS[family];
}

/** DOM markers each engine puts on (or around) its editable root, checked on the element and its ancestors. */
const MARKERS: Array<{ family: EditorFamilyId; css: string; why: string }> = [
  { family: 'lexical', css: '[data-lexical-editor="true"]', why: 'Lexical sets it on every root it manages' },
  { family: 'slate', css: '[data-slate-editor="true"]', why: 'slate-react Editable sets it on its root' },
  { family: 'quill', css: '.ql-editor', why: 'Quill 1 and 2 give the editable root this class' },
  { family: 'prosemirror', css: '.ProseMirror', why: 'ProseMirror EditorView (and TipTap) class on the root' },
  { family: 'ckeditor5', css: '.ck-editor__editable', why: 'CKEditor 5 editable root (classic, inline, balloon)' },
  { family: 'draftjs', css: '.public-DraftEditor-content', why: 'Draft.js editable root' },
  { family: 'draftjs', css: '[data-contents="true"]', why: 'Draft.js block container, kept when class names are minified' },
];

export function detectFamily(el: HTMLElement): EditorFamilyId {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'textarea';
  for (const marker of MARKERS) {
    if (el.closest(marker.css)) return marker.family;
  }
  // Draft.js: the editable root holds the data-contents container.
  if (el.querySelector(':scope > [data-contents="true"]')) return 'draftjs';
  return 'contenteditable';
}
