import { Bold, ClassicEditor, Essentials, Paragraph, type ModelElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import type { MountEditor } from '../shell';

export const mountCkeditor5: MountEditor = async (host, send) => {
  const source = document.createElement('div');
  host.append(source);
  const editor = await ClassicEditor.create(source, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold],
    toolbar: [],
    placeholder: 'Write a message',
  });
  const editable = editor.ui.getEditableElement();
  editable?.setAttribute('aria-label', 'Message');
  // CKEditor turns Enter into its own `enter` view event (from beforeinput), so that is where apps send.
  editor.editing.view.document.on(
    'enter',
    (evt, data) => {
      if (data.isSoft) return;
      data.preventDefault();
      evt.stop();
      send();
    },
    { priority: 'high' },
  );
  const root = editor.model.document.getRoot()!;
  return {
    modelText: () =>
      Array.from(root.getChildren())
        .map((block) =>
          Array.from((block as ModelElement).getChildren())
            .map((item) => (item.is('$text') ? item.data : item.is('element', 'softBreak') ? '\n' : ''))
            .join(''),
        )
        .join('\n'),
    clear: () => {
      editor.setData('');
    },
    focus: () => editor.editing.view.focus(),
  };
};
