import { ContentState, Editor, EditorState, Modifier, getDefaultKeyBinding } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { MountEditor } from '../shell';

interface Handle {
  state: EditorState;
  set: (state: EditorState) => void;
  focus: () => void;
}

export const mountDraftjs: MountEditor = (host, send) =>
  new Promise((resolve) => {
    const handle = {} as Handle;
    function Compose() {
      const [state, setState] = useState(() => EditorState.createEmpty());
      const editorRef = useRef<Editor>(null);
      handle.state = state;
      handle.set = setState;
      handle.focus = () => editorRef.current?.focus();
      useEffect(() => resolve(api), []);
      return (
        <Editor
          ref={editorRef}
          editorState={state}
          onChange={(next) => {
            handle.state = next;
            setState(next);
          }}
          placeholder="Write a message"
          ariaLabel="Message"
          keyBindingFn={getDefaultKeyBinding}
          handleReturn={(event, current) => {
            if (event.shiftKey) {
              const content = Modifier.splitBlock(current.getCurrentContent(), current.getSelection());
              const next = EditorState.push(current, content, 'split-block');
              handle.state = next;
              setState(next);
              return 'handled';
            }
            send();
            return 'handled';
          }}
        />
      );
    }
    const api = {
      modelText: () => handle.state.getCurrentContent().getPlainText('\n'),
      clear: () => {
        const next = EditorState.moveFocusToEnd(EditorState.createWithContent(ContentState.createFromText('')));
        handle.state = next;
        // Render now: Draft reads its props when focus returns, and would bring the old content back.
        flushSync(() => handle.set(next));
      },
      focus: () => handle.focus(),
    };
    createRoot(host).render(<Compose />);
  });
