import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import {
  $createParagraphNode,
  $getRoot,
  CLEAR_HISTORY_COMMAND,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
} from 'lexical';
import type { MountEditor } from '../shell';

export const mountLexical: MountEditor = (host, send) => {
  const root = document.createElement('div');
  root.className = 'box';
  root.contentEditable = 'true';
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-label', 'Message');
  host.append(root);
  const editor = createEditor({
    namespace: 'compose',
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), 1000);
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (!event || event.shiftKey) return false;
      event.preventDefault();
      send();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
  return {
    modelText: () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((block) => block.getTextContent())
          .join('\n'),
      ),
    clear: () => {
      editor.update(
        () => {
          const rootNode = $getRoot();
          rootNode.clear();
          rootNode.append($createParagraphNode());
        },
        { discrete: true },
      );
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
    },
    focus: () => editor.focus(),
  };
};
