import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Editor, Node, Transforms, createEditor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import type { MountEditor } from '../shell';

const initialValue: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];

export const mountSlate: MountEditor = (host, send) => {
  const editor = withHistory(withReact(createEditor()));
  function Compose() {
    const value = useMemo(() => initialValue, []);
    return (
      <Slate editor={editor} initialValue={value}>
        <Editable
          className="box"
          aria-label="Message"
          placeholder="Write a message"
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            event.preventDefault();
            // Like Discord: a message is one block, Shift+Enter a soft line break inside it.
            if (event.shiftKey) Editor.insertText(editor, '\n');
            else send();
          }}
        />
      </Slate>
    );
  }
  const root = createRoot(host);
  flushSync(() => root.render(<Compose />));
  return {
    modelText: () => editor.children.map((block) => Node.string(block)).join('\n'),
    clear: () => {
      Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
      editor.history = { undos: [], redos: [] };
    },
    focus: () => ReactEditor.focus(editor),
  };
};
