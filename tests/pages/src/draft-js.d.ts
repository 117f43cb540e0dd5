// draft-js 0.11 ships no types (and @types/draft-js pins an old React); only what the test page uses.
declare module 'draft-js' {
  import type { Component, KeyboardEvent } from 'react';

  export class ContentState {
    static createFromText(text: string): ContentState;
    getPlainText(delimiter?: string): string;
  }
  export class SelectionState {}
  export class EditorState {
    static createEmpty(): EditorState;
    static createWithContent(content: ContentState): EditorState;
    static moveFocusToEnd(state: EditorState): EditorState;
    static push(state: EditorState, content: ContentState, changeType: string): EditorState;
    getCurrentContent(): ContentState;
    getSelection(): SelectionState;
  }
  export const Modifier: {
    splitBlock(content: ContentState, selection: SelectionState): ContentState;
  };
  export function getDefaultKeyBinding(event: KeyboardEvent): string | null;
  export interface EditorProps {
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
    keyBindingFn?(event: KeyboardEvent): string | null;
    handleReturn?(event: KeyboardEvent, state: EditorState): 'handled' | 'not-handled';
  }
  export class Editor extends Component<EditorProps> {
    focus(): void;
  }
}
