import type { Analysis, ApologyAnatomy, Finding, Reframe, Sensitivity, Severity, Strength } from '../checker/types';
import type { PauseOutcome, NewPause } from '../log/types';
import type { Settings } from '../settings/types';
import { editorOps } from '../sites/editors';
import { composeMatch, findSendButton, isSendButton, type ComposeMatch } from '../sites/find';
import type { EditorOps, SiteAdapter } from '../sites/types';
import { type Box, pointInBoxes, spansBoxes, visibleBox } from './geometry';
import { diffEdit, remapSpans } from './remap';
import { restoreSelection, saveSelection, type SavedSelection } from './selection';
import type { Store } from './store';

export type KeyedFinding = Finding & { key: string; quote?: string };

export interface Highlight {
  key: string;
  category: Finding['category'];
  severity: Severity;
  rects: Box[];
}

export interface OverlayState {
  editorRect: Box | null;
  highlights: Highlight[];
  findings: KeyedFinding[];
  strengths: Strength[];
  apology?: ApologyAnatomy;
  openKey: string | null;
  /** The card was opened from the keyboard: move focus into it (and back to the editor on close). */
  focusOnOpen: boolean;
}

export interface DialogState {
  id: number;
  findings: KeyedFinding[];
  strengths: Strength[];
  apology?: ApologyAnatomy;
  breathSeconds: number;
  reducedMotion: boolean;
}

export interface InPageState {
  overlay: OverlayState | null;
  dialog: DialogState | null;
}

export const EMPTY_STATE: InPageState = { overlay: null, dialog: null };

/** What the controller needs from the outside world; the content script entry wires the real ones. */
export interface ControllerEnv {
  adapter: SiteAdapter;
  store: Store<InPageState>;
  /** The <mindful-send-ui> host: events from inside it are ours, not the page's. */
  uiHost: HTMLElement;
  settings: () => Settings;
  /** Register a listener that is removed when the content script is invalidated. */
  listen: <K extends string>(target: EventTarget, type: K, handler: (e: Event) => void, options?: AddEventListenerOptions) => void;
  /** The checker, run by the background (off the page's main thread); null when it could not answer. */
  analyze: (text: string, sensitivity: Sensitivity) => Promise<Analysis | null>;
  recordPause: (pause: NewPause) => Promise<number | null>;
  recordOutcome: (id: number, outcome: PauseOutcome, pausedMs: number) => void;
  turnOffHere: () => void;
  isInvalid: () => boolean;
}

type SendTrigger = { kind: 'key'; mod: boolean } | { kind: 'click'; button: HTMLElement };

export const DEBOUNCE_MS = 200;
/** Above this, typing does not re-read the whole draft per keystroke to shift highlights. */
const REMAP_LIMIT = 50_000;
/** Above this, findings are listed in the badge's panel but not drawn over the words: measuring a
 * very long draft's layout would block the page for longer than a frame. */
const HIGHLIGHT_TEXT_LIMIT = 50_000;
/** Highlights are drawn for at most this many findings (nearest the caret first). */
const MAX_HIGHLIGHTS = 200;
const SHORTCUT = { key: 'm', altKey: true, shiftKey: true };
/** Quill and Lexical fold edits made within a second of each other into one undo step (ProseMirror
 * within half a second). A reframe applied sooner after typing waits out that window, so that one Ctrl+Z
 * takes back the reframe and not the words typed just before it too. */
const UNDO_MERGE_MS = 1100;

function keyOf(f: Finding): string {
  return `${f.ruleId}@${f.start}`;
}

function keyed(f: Finding, text: string): KeyedFinding {
  return { ...f, key: keyOf(f), quote: text.slice(f.start, f.end) };
}

function maxSeverity(findings: readonly Finding[]): Severity {
  let s: Severity = 1;
  for (const f of findings) if (f.severity > s) s = f.severity;
  return s;
}

export class Controller {
  private root: HTMLElement | null = null;
  private ops: EditorOps | null = null;
  private enterIsNewline = false;
  private focused = false;
  private composing = false;
  private text = '';
  private analysis: Analysis | null = null;
  private findings: KeyedFinding[] = [];
  private version = 0;
  private lastInputAt = 0;
  private analysedVersion = -1;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private layoutQueued = false;
  private dismissed = new Set<string>();
  private dismissedAll = false;
  private openKey: string | null = null;
  private openedByHover = false;
  private openedByKeyboard = false;
  private keyboardSelection: SavedSelection = null;
  private hoverClose: ReturnType<typeof setTimeout> | undefined;
  private lastBoxes = new Map<string, Box[]>();
  private resizeObserver: ResizeObserver | null = null;
  private dialog: { id: number; trigger: SendTrigger; selection: SavedSelection; openedAt: number; record: Promise<number | null>; done: boolean } | null = null;
  private dialogSeq = 0;
  /** One-shot pass for our own "Send anyway" re-dispatch: consumed by the first send event it meets. */
  private bypass: { until: number } | null = null;

  constructor(private readonly env: ControllerEnv) {}

  start(): void {
    const { listen } = this.env;
    listen(window, 'focusin', (e) => this.onFocusIn(e as FocusEvent), { capture: true });
    listen(window, 'focusout', (e) => this.onFocusOut(e as FocusEvent), { capture: true });
    listen(document, 'input', (e) => this.onInput(e), { capture: true });
    listen(document, 'compositionstart', () => (this.composing = true), { capture: true });
    listen(document, 'compositionend', (e) => {
      this.composing = false;
      this.onInput(e);
    }, { capture: true });
    listen(window, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    listen(window, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    listen(window, 'scroll', () => this.scheduleLayout(), { capture: true, passive: true });
    listen(window, 'resize', () => this.scheduleLayout(), { passive: true });
    listen(window, 'mousemove', (e) => this.onMouseMove(e as MouseEvent), { passive: true });
    const active = document.activeElement;
    if (active) this.tryAttach(active);
  }

  /** Called by the content script's one MutationObserver: editors of single-page apps come and go. */
  onDomChanged(): void {
    if (this.root && !this.root.isConnected) this.detach();
    if (!this.root && document.activeElement) this.tryAttach(document.activeElement);
    else this.scheduleLayout();
  }

  onSettingsChanged(): void {
    if (!this.root) return;
    this.analysedVersion = -1;
    this.scheduleAnalysis(0);
  }

  stop(): void {
    this.detach();
    this.env.store.set(EMPTY_STATE);
  }

  // ---- attaching to a compose box -------------------------------------------------------------

  private ours(target: EventTarget | null): boolean {
    return target instanceof Node && (target === this.env.uiHost || this.env.uiHost.contains(target));
  }

  private tryAttach(target: Element): void {
    if (this.ours(target)) return;
    const match = composeMatch(this.env.adapter, target);
    if (!match) return;
    this.focused = true;
    if (match.root !== this.root) this.attach(match);
    else this.render();
  }

  private attach(match: ComposeMatch): void {
    this.detach();
    const { root } = match;
    this.root = root;
    this.ops = editorOps(match.family);
    this.enterIsNewline = match.enterIsNewline;
    this.text = '';
    this.analysis = null;
    this.findings = [];
    this.dismissed.clear();
    this.dismissedAll = false;
    this.version++;
    this.resizeObserver = new ResizeObserver(() => this.scheduleLayout());
    this.resizeObserver.observe(root);
    this.scheduleAnalysis(0);
  }

  private detach(): void {
    clearTimeout(this.debounce);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.root = null;
    this.ops = null;
    this.findings = [];
    this.openKey = null;
    this.env.store.set((s) => ({ ...s, overlay: null }));
  }

  private onFocusIn(e: FocusEvent): void {
    if (e.target instanceof Element) this.tryAttach(e.target);
  }

  private onFocusOut(e: FocusEvent): void {
    if (!this.root || this.dialog) return;
    const next = e.relatedTarget;
    if (next instanceof Node && (this.root.contains(next) || this.ours(next))) return;
    if (this.ours(e.target)) {
      // Leaving our own card: only hide if focus is not going back to the editor.
      if (next instanceof Node && this.root.contains(next)) return;
    } else if (!(e.target instanceof Node && (e.target === this.root || this.root.contains(e.target)))) {
      return;
    }
    this.focused = false;
    this.openKey = null;
    this.render();
  }

  // ---- analysis -------------------------------------------------------------------------------

  private onInput(e: Event): void {
    const root = this.root;
    if (!root || !(e.target instanceof Node) || !(e.target === root || root.contains(e.target))) return;
    this.version++;
    this.lastInputAt = performance.now();
    if (this.composing) return;
    if (this.ops && this.text.length < REMAP_LIMIT && (this.findings.length || this.dismissed.size || this.dismissedAll)) {
      const next = this.ops.readText(root);
      if (next.trim() === '') {
        // An emptied box starts a new draft, even if typing resumes before the next analysis.
        this.dismissed.clear();
        this.dismissedAll = false;
      }
      // Shift what we already know to follow the edit, so highlights stay on their words while typing.
      const edit = diffEdit(this.text, next);
      if (edit) {
        this.findings = remapSpans(this.findings, edit).map((f) => keyed(f, next));
        this.text = next;
        this.render();
      }
    }
    this.scheduleAnalysis(DEBOUNCE_MS);
  }

  private scheduleAnalysis(delay: number): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.runAnalysis(), delay);
  }

  private async runAnalysis(): Promise<void> {
    const root = this.root;
    const ops = this.ops;
    if (!root || !ops || this.env.isInvalid()) return;
    if (this.composing) return;
    const version = this.version;
    const text = ops.readText(root);
    const result = await this.env.analyze(text, this.env.settings().sensitivity);
    // A newer keystroke has its own analysis coming; an older answer would draw stale highlights.
    if (!result || this.root !== root || this.version !== version) return;
    this.accept(text, result, version);
  }

  private accept(text: string, analysis: Analysis, version: number): void {
    if (text.trim() === '') {
      // A cleared box is a new draft: what was dismissed for the old one no longer applies.
      this.dismissed.clear();
      this.dismissedAll = false;
    }
    this.text = text;
    this.analysis = analysis;
    this.analysedVersion = version;
    this.findings = this.visibleFindings(text, analysis.findings);
    if (this.openKey && this.openKey !== '*' && !this.findings.some((f) => f.key === this.openKey)) this.openKey = null;
    this.render();
  }

  private dismissKey(text: string, f: Finding): string {
    return `${f.ruleId}|${text.slice(f.start, f.end).toLowerCase()}`;
  }

  private visibleFindings(text: string, findings: readonly Finding[]): KeyedFinding[] {
    if (this.dismissedAll) return [];
    return findings.filter((f) => !this.dismissed.has(this.dismissKey(text, f))).map((f) => keyed(f, text));
  }

  // ---- drawing --------------------------------------------------------------------------------

  private scheduleLayout(): void {
    if (this.layoutQueued || !this.root) return;
    this.layoutQueued = true;
    requestAnimationFrame(() => {
      this.layoutQueued = false;
      this.render();
    });
  }

  private render(): void {
    const root = this.root;
    const ops = this.ops;
    if (!root || !ops || !this.focused || this.findings.length === 0) {
      this.lastBoxes.clear();
      this.env.store.set((s) => (s.overlay === null ? s : { ...s, overlay: null }));
      return;
    }
    const visible = visibleBox(root);
    let drawn = this.text.length > HIGHLIGHT_TEXT_LIMIT ? [] : this.findings;
    if (drawn.length > MAX_HIGHLIGHTS) {
      const caret = ops.caretOffset(root) ?? 0;
      drawn = [...drawn].sort((a, b) => Math.abs(a.start - caret) - Math.abs(b.start - caret)).slice(0, MAX_HIGHLIGHTS);
    }
    this.lastBoxes.clear();
    const highlights: Highlight[] = [];
    const boxes = spansBoxes(root, ops, drawn.map((f) => [f.start, f.end] as const), visible);
    for (const [i, f] of drawn.entries()) {
      const rects = boxes[i]!;
      this.lastBoxes.set(f.key, rects);
      if (rects.length) highlights.push({ key: f.key, category: f.category, severity: f.severity, rects });
    }
    const overlay: OverlayState = {
      editorRect: visible,
      highlights,
      findings: this.findings,
      strengths: this.analysis?.strengths ?? [],
      openKey: this.openKey,
      focusOnOpen: this.openedByKeyboard,
    };
    if (this.analysis?.apology) overlay.apology = this.analysis.apology;
    this.env.store.set((s) => ({ ...s, overlay }));
  }

  // ---- cards ----------------------------------------------------------------------------------

  open(key: string | null, how: 'hover' | 'keyboard' | 'pointer' = 'pointer'): void {
    if (key === null && this.openedByKeyboard && this.root) {
      // Opened from the editor with the keyboard: closing returns there, caret where it was.
      const root = this.root;
      const selection = this.keyboardSelection;
      queueMicrotask(() => restoreSelection(root, selection));
    }
    if (how === 'keyboard' && this.root) this.keyboardSelection = saveSelection(this.root);
    this.openKey = key;
    this.openedByHover = how === 'hover' && key !== null;
    this.openedByKeyboard = how === 'keyboard' && key !== null;
    this.render();
  }

  private onMouseMove(e: MouseEvent): void {
    if (!this.root || this.dialog || this.lastBoxes.size === 0) return;
    if (this.ours(e.target)) {
      clearTimeout(this.hoverClose);
      return;
    }
    for (const [key, boxes] of this.lastBoxes) {
      if (pointInBoxes(e.clientX, e.clientY, boxes)) {
        clearTimeout(this.hoverClose);
        if (this.openKey !== key && (this.openKey === null || this.openedByHover)) this.open(key, 'hover');
        return;
      }
    }
    if (this.openedByHover && this.openKey !== null) {
      clearTimeout(this.hoverClose);
      this.hoverClose = setTimeout(() => {
        if (this.openedByHover) this.open(null);
      }, 400);
    }
  }

  async applyReframe(key: string, reframe: Reframe): Promise<boolean> {
    const root = this.root;
    const ops = this.ops;
    const f = this.findings.find((x) => x.key === key);
    if (!root || !ops) return false;
    const wait = this.lastInputAt + UNDO_MERGE_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (this.root !== root) return false;
    const current = ops.readText(root);
    let start: number;
    let end: number;
    if (reframe.whole || !f) {
      start = 0;
      end = current.length;
    } else {
      // The finding must still describe the words on screen; otherwise applying would alter other text.
      if (current.slice(f.start, f.end) !== this.text.slice(f.start, f.end) || current !== this.text) return false;
      start = f.start;
      end = f.end;
    }
    this.openKey = null;
    root.focus({ preventScroll: true });
    const ok = await ops.replace(root, start, end, reframe.text);
    this.version++;
    this.scheduleAnalysis(0);
    return ok;
  }

  dismiss(key: string): void {
    const f = this.findings.find((x) => x.key === key);
    if (f) this.dismissed.add(this.dismissKey(this.text, f));
    this.findings = this.findings.filter((x) => x.key !== key);
    if (this.openKey === key) this.openKey = null;
    this.render();
  }

  dismissDraft(): void {
    this.dismissedAll = true;
    this.findings = [];
    this.openKey = null;
    this.render();
    this.root?.focus({ preventScroll: true });
  }

  turnOffHere(): void {
    this.env.turnOffHere();
    this.stop();
  }

  // ---- sending --------------------------------------------------------------------------------

  private inRoot(target: EventTarget | null): boolean {
    const root = this.root;
    return !!root && target instanceof Node && (target === root || root.contains(target));
  }

  private takeBypass(): boolean {
    if (this.bypass && Date.now() <= this.bypass.until) {
      this.bypass = null;
      return true;
    }
    this.bypass = null;
    return false;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (this.dialog) return;
    if (e.key.toLowerCase() === SHORTCUT.key && e.altKey === SHORTCUT.altKey && e.shiftKey === SHORTCUT.shiftKey && !e.ctrlKey && !e.metaKey && this.inRoot(e.target)) {
      if (this.findings.length) {
        e.preventDefault();
        e.stopPropagation();
        const caret = this.ops && this.root ? this.ops.caretOffset(this.root) : null;
        const at = caret === null ? undefined : this.findings.find((f) => f.start <= caret && caret <= f.end);
        this.open(at ? at.key : '*', 'keyboard');
      }
      return;
    }
    if (e.key === 'Escape' && this.openKey !== null && this.inRoot(e.target)) {
      this.open(null);
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing || e.keyCode === 229 || this.composing) return;
    if (!this.inRoot(e.target)) return;
    const mod = e.ctrlKey || e.metaKey;
    const adapter = this.env.adapter;
    const sends = mod ? adapter.sendKeys.includes('Mod+Enter') : adapter.sendKeys.includes('Enter') && !this.enterIsNewline;
    if (!sends) return;
    this.gateSend(e, { kind: 'key', mod });
  }

  private onClick(e: MouseEvent): void {
    if (this.dialog || !this.root || !(e.target instanceof Element) || this.ours(e.target)) return;
    if (!isSendButton(this.env.adapter, this.root, e.target)) return;
    const button = (findSendButton(this.env.adapter, this.root) ?? e.target) as HTMLElement;
    this.gateSend(e, { kind: 'click', button: button.contains(e.target) ? button : (e.target as HTMLElement) });
  }

  private pending: { text: string; analysis: Analysis } | null = null;
  /** A send is held while the background checks a draft typed since the last analysis. */
  private deciding = false;

  /** Let a send through, hold it for a pause, or hold it until the draft is checked. */
  private gateSend(e: Event, trigger: SendTrigger): void {
    if (this.takeBypass()) return;
    const decision = this.deciding ? 'wait' : this.decide(this.analysis && this.analysedVersion === this.version ? { text: this.text, analysis: this.analysis } : null);
    if (decision === 'send') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (decision === 'pause') this.openPause(trigger);
    else if (decision === 'unknown') void this.decideLater(trigger);
  }

  /** With a current analysis the answer is immediate; without one it is 'unknown'. */
  private decide(current: { text: string; analysis: Analysis } | null): 'send' | 'pause' | 'unknown' {
    if (!current) return 'unknown';
    if (current.text.trim() === '') return 'send';
    const findings = this.dismissedAll ? [] : current.analysis.findings.filter((f) => !this.dismissed.has(this.dismissKey(current.text, f)));
    if (findings.length === 0 && !this.env.settings().pauseEverySend) return 'send';
    this.pending = { text: current.text, analysis: { ...current.analysis, findings } };
    return 'pause';
  }

  /** The send key came before the draft's last words were checked (a fast typist, a paste then Enter):
   * the send is held, the draft checked now, and then either paused or sent through the app's own path. */
  private async decideLater(trigger: SendTrigger): Promise<void> {
    const root = this.root;
    const ops = this.ops;
    if (!root || !ops) return;
    this.deciding = true;
    try {
      const version = this.version;
      const text = ops.readText(root);
      const analysis = await this.env.analyze(text, this.env.settings().sensitivity);
      // The person typed on, or left this box: the send they asked for was of another text. Do nothing.
      if (this.root !== root || this.version !== version || this.dialog) return;
      if (analysis) this.accept(text, analysis, version);
      // If the checker could not answer, never stand between someone and their message.
      const decision = analysis ? this.decide({ text, analysis }) : 'send';
      if (decision === 'pause') this.openPause(trigger);
      else this.dispatchSend(trigger);
    } finally {
      this.deciding = false;
    }
  }

  private openPause(trigger: SendTrigger): void {
    const root = this.root;
    const pending = this.pending;
    if (!root || !pending || this.dialog) return;
    const settings = this.env.settings();
    const { text, analysis } = pending;
    this.accept(text, analysis, this.version);
    const findings = analysis.findings.map((f) => keyed(f, text));
    const pause: NewPause = {
      at: Date.now(),
      site: this.env.adapter.id,
      host: location.host,
      categories: [...new Set(findings.map((f) => f.category))].sort(),
      ruleIds: [...new Set(findings.map((f) => f.ruleId))].sort(),
      severity: maxSeverity(findings),
      // Stays 'abandoned' if the tab closes with the dialog open; updated when the user decides.
      outcome: 'abandoned',
      pausedMs: 0,
      chars: text.length,
    };
    if (settings.keepDrafts) pause.text = text;
    const id = ++this.dialogSeq;
    this.dialog = { id, trigger, selection: saveSelection(root), openedAt: performance.now(), record: this.env.recordPause(pause), done: false };
    this.openKey = null;
    const dialog: DialogState = {
      id,
      findings,
      strengths: analysis.strengths,
      breathSeconds: Math.max(0, Math.min(10, settings.pauseSeconds)),
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
    if (analysis.apology) dialog.apology = analysis.apology;
    this.env.store.set((s) => ({ ...s, dialog }));
  }

  private closePause(outcome: PauseOutcome): { trigger: SendTrigger; selection: SavedSelection } | null {
    const d = this.dialog;
    if (!d || d.done) return null;
    d.done = true;
    this.dialog = null;
    const pausedMs = Math.round(performance.now() - d.openedAt);
    void d.record.then((recordId) => {
      if (recordId !== null) this.env.recordOutcome(recordId, outcome, pausedMs);
    });
    this.env.store.set((s) => ({ ...s, dialog: null }));
    return { trigger: d.trigger, selection: d.selection };
  }

  /** "Edit message" or Escape: nothing is sent, the draft and the caret are as they were. */
  editFromPause(): void {
    const closed = this.closePause('edited');
    if (closed && this.root) restoreSelection(this.root, closed.selection);
  }

  /** "Apply" in the dialog: the draft changes, focus returns to the editor, nothing is sent. */
  async applyFromPause(key: string, reframe: Reframe): Promise<void> {
    const closed = this.closePause('applied-reframe');
    if (!closed || !this.root) return;
    restoreSelection(this.root, closed.selection);
    await this.applyReframe(key, reframe);
  }

  /** "Send anyway": the app's own send path, exactly once, the text unchanged. */
  sendAnyway(): void {
    const closed = this.closePause('sent-anyway');
    const root = this.root;
    if (!closed || !root) return;
    restoreSelection(root, closed.selection);
    this.dispatchSend(closed.trigger);
  }

  /** Sends through the app's own path once: the button that was clicked, or the key that was pressed. */
  private dispatchSend(trigger: SendTrigger): void {
    const root = this.root;
    if (!root) return;
    this.bypass = { until: Date.now() + 2000 };
    const family = this.ops?.family;
    if (trigger.kind === 'click' && trigger.button.isConnected) {
      trigger.button.click();
    } else {
      const button = findSendButton(this.env.adapter, root);
      // CKEditor 5 sends from beforeinput, which a script-made key cannot start: use the app's button.
      if (family === 'ckeditor5' && button) {
        button.click();
      } else {
        const mod = trigger.kind === 'key' && trigger.mod;
        const target = (document.activeElement && root.contains(document.activeElement) ? document.activeElement : root) as HTMLElement;
        const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true, ctrlKey: mod && !/Mac/.test(navigator.platform), metaKey: mod && /Mac/.test(navigator.platform) } as KeyboardEventInit;
        const before = this.ops?.readText(root);
        const handled = !target.dispatchEvent(new KeyboardEvent('keydown', init));
        target.dispatchEvent(new KeyboardEvent('keyup', init));
        // Nobody took the key (an app that only sends from its button) and the draft is still there:
        // fall back to the button once. An app that handled the key calls preventDefault or clears the
        // draft, so this never sends twice.
        if (!handled && button && this.ops?.readText(root) === before) {
          this.bypass = { until: Date.now() + 2000 };
          button.click();
        }
      }
    }
    this.bypass = null;
  }
}
