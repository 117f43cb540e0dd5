/**
 * Contracts between the content script, the site adapters and the editor families.
 * Adapters draw nothing and store nothing: they find the compose box, say which editor
 * family edits it, and find the app's own send button.
 */

export type EditorFamilyId =
  | 'textarea'
  | 'contenteditable'
  | 'lexical'
  | 'slate'
  | 'quill'
  | 'prosemirror'
  | 'ckeditor5'
  | 'draftjs';

/** A CSS selector with the reason it exists (and when it can go). */
export interface Selector {
  css: string;
  why: string;
  /** Compose selectors: the engine behind boxes this selector matches, when it differs from the adapter's. */
  family?: EditorFamilyId;
  /** Compose selectors: plain Enter makes a new line in boxes this selector matches (e.g. X posts). */
  enterIsNewline?: boolean;
  /** Send selectors: accessible names the element must have (any of them, case-insensitive). */
  names?: string[];
}

export interface SiteAdapter {
  /** kebab-case id, stored in the pause log as `site`. */
  id: string;
  name: string;
  /** Match patterns for the manifest (content_scripts.matches / host_permissions). */
  matches: string[];
  /** Alternative selectors for the compose box, tried in order. */
  composeSelectors: Selector[];
  /** Alternative selectors for the app's send button, tried in order (searched near the editor first). */
  sendButtonSelectors: Selector[];
  /** The editor engine the app uses; `detectFamily` refines it per element when absent or ambiguous. */
  family?: EditorFamilyId;
  /** Keys that send in this app besides plain Enter, e.g. 'Mod+Enter' for Gmail/Outlook. */
  sendKeys: Array<'Enter' | 'Mod+Enter'>;
  /** True where plain Enter makes a new line (e-mail clients). */
  enterIsNewline?: boolean;
}

/** Operations on one family of editor. Each works only through DOM and input events,
 * since a content script cannot reach the page's JavaScript objects. */
export interface EditorOps {
  family: EditorFamilyId;
  /** The plain text of the draft, with '\n' between blocks/lines. */
  readText(root: HTMLElement): string;
  /** A DOM Range covering [start, end) of readText(root); null if the offsets do not map. */
  rangeFor(root: HTMLElement, start: number, end: number): Range | null;
  /** Replace [start, end) with `text` through the engine's accepted input path, so its model
   * stays in sync and its own undo (Ctrl+Z) reverts the change. Resolves true if the text
   * read back afterwards equals the expected text. */
  replace(root: HTMLElement, start: number, end: number, text: string): Promise<boolean>;
  /** rangeFor for many spans at once, mapping the DOM once (a long draft has many findings). */
  rangesFor?(root: HTMLElement, spans: ReadonlyArray<readonly [number, number]>): Array<Range | null>;
  /** Best-effort caret offset in readText coordinates, or null. */
  caretOffset(root: HTMLElement): number | null;
}
