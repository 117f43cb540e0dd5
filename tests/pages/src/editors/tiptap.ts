import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { MountEditor } from '../shell';

export const mountTiptap: MountEditor = (host, send) => {
  const SendOnEnter = Extension.create({
    name: 'sendOnEnter',
    priority: 1000,
    addKeyboardShortcuts() {
      return {
        Enter: () => {
          send();
          return true;
        },
      };
    },
  });
  const element = document.createElement('div');
  host.append(element);
  // Shift+Enter is StarterKit's hard break; undo is ProseMirror's history.
  const editor = new Editor({
    element,
    extensions: [StarterKit.configure({ undoRedo: { newGroupDelay: 500 } }), SendOnEnter],
    editorProps: { attributes: { 'aria-label': 'Message', role: 'textbox' } },
  });
  return {
    modelText: () => editor.getText({ blockSeparator: '\n' }),
    clear: () => {
      editor.commands.clearContent(true);
    },
    focus: () => {
      editor.commands.focus();
    },
  };
};
