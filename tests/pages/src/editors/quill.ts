import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import type { MountEditor } from '../shell';

export const mountQuill: MountEditor = (host, send) => {
  const container = document.createElement('div');
  host.append(container);
  const quill = new Quill(container, {
    theme: 'snow',
    placeholder: 'Write a message',
    modules: {
      toolbar: false,
      history: { delay: 1000, maxStack: 100, userOnly: true },
      keyboard: {
        bindings: {
          // Runs before Quill's own Enter handler; Shift+Enter falls through to it (a new line).
          send: {
            key: 'Enter',
            shiftKey: false,
            handler: () => {
              send();
              return false;
            },
          },
        },
      },
    },
  });
  quill.root.setAttribute('aria-label', 'Message');
  return {
    // getText() always ends with the document's final '\n'.
    modelText: () => quill.getText().replace(/\n$/, ''),
    clear: () => {
      quill.setText('', 'api');
      quill.history.clear();
    },
    focus: () => quill.focus(),
  };
};
