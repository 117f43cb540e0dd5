/**
 * Pure DOM helpers that pair a page with its adapter, find the compose box around an event
 * target, and find the app's own send button. They draw nothing and store nothing.
 */
import { detectFamily } from './editors';
import { ADAPTERS, GENERIC } from './registry';
import type { EditorFamilyId, Selector, SiteAdapter } from './types';

/** The host element of our own overlay; nothing inside it is ever a compose box or a send button. */
export const UI_HOST_TAG = 'mindful-send-ui';

// ---------------------------------------------------------------------------------------------
// URLs and match patterns

const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:\d+)?(\/.*)$/;

/** True when `pattern` follows the WebExtension match-pattern grammar (or is <all_urls>). */
export function isValidMatchPattern(pattern: string): boolean {
  return pattern === '<all_urls>' || PATTERN.test(pattern);
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${body}$`);
}

function hostMatches(patternHost: string, host: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === patternHost;
}

/** Does `url` match the match pattern? Path and query are matched together, as browsers do. */
export function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):$/.test(url.protocol);
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host, port, path] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (!hostMatches(host ?? '', url.hostname)) return false;
  if (port && url.port !== port.slice(1)) return false;
  return globToRegExp(path ?? '/*').test(url.pathname + url.search);
}

function hostOf(pattern: string): string | null {
  const m = PATTERN.exec(pattern);
  return m?.[2] ?? null;
}

/**
 * The adapter for a page. Exact pattern matches win; otherwise an adapter whose patterns name the
 * same host (single-page apps keep the script alive when they navigate to another path, e.g.
 * LinkedIn from the feed to a profile with the messaging overlay open). Generic when none fits.
 */
export function adapterForUrl(url: string | URL): SiteAdapter {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return GENERIC;
  }
  for (const adapter of ADAPTERS) {
    if (adapter.matches.some((p) => matchesPattern(p, parsed))) return adapter;
  }
  for (const adapter of ADAPTERS) {
    if (adapter.matches.some((p) => { const h = hostOf(p); return h !== null && !h.includes('*') && h === parsed.hostname; })) {
      return adapter;
    }
  }
  return GENERIC;
}

// ---------------------------------------------------------------------------------------------
// Compose box

/** Parent across shadow-root boundaries. */
function parentAcross(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function isInsideUi(el: Element): boolean {
  for (let n: Element | null = el; n; n = parentAcross(n)) {
    if (n.localName === UI_HOST_TAG) return true;
  }
  return false;
}

function isEditableValue(value: string | null): boolean {
  return value !== null && value !== 'false';
}

/** The outermost contenteditable element around `el` (the editor root), or null. */
function editingHost(el: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n instanceof HTMLElement && isEditableValue(n.getAttribute('contenteditable'))) host = n;
  }
  return host;
}

const BLOCKED_INPUT_TYPES = new Set(['password', 'email', 'search', 'url', 'tel', 'number', 'hidden', 'checkbox', 'radio', 'file']);

function looksLikeSearch(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'searchbox') return true;
  for (const attr of ['aria-label', 'aria-placeholder', 'placeholder', 'title']) {
    if (/search/i.test(el.getAttribute(attr) ?? '')) return true;
  }
  if (el.closest('[role="search"], search')) return true;
  return false;
}

/** Elements that can never hold a draft we should read. */
function isExcluded(root: HTMLElement): boolean {
  if (isInsideUi(root)) return true;
  if (root instanceof HTMLInputElement && BLOCKED_INPUT_TYPES.has(root.type)) return true;
  if ((root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) && (root.readOnly || root.disabled)) {
    return true;
  }
  return looksLikeSearch(root);
}

function safeMatches(el: Element, css: string): boolean {
  try {
    return el.closest(css) !== null;
  } catch {
    return false;
  }
}

export interface ComposeMatch {
  /** The element whose text is the draft: the contenteditable host or the textarea. */
  root: HTMLElement;
  /** The selector that recognised it. */
  selector: Selector;
  /** The engine to use: the selector's; else an engine seen in the DOM; else the adapter's; else plain contenteditable. */
  family: EditorFamilyId;
  /** True where plain Enter makes a new line in this box. */
  enterIsNewline: boolean;
}

function familyFor(adapter: SiteAdapter, selector: Selector, root: HTMLElement): EditorFamilyId {
  if (selector.family) return selector.family;
  const seen = detectFamily(root);
  // DOM markers are direct evidence (e.g. Slack builds with .ql-editor, Outlook on Lexical); plain
  // contenteditable only means no marker was found, so the adapter's knowledge comes first then.
  if (seen !== 'contenteditable') return seen;
  return adapter.family ?? 'contenteditable';
}

/** Like findComposeRoot, but also says which selector matched and what that implies. */
export function composeMatch(adapter: SiteAdapter, target: Element | null): ComposeMatch | null {
  if (!target) return null;
  let root: HTMLElement | null = null;
  let viaInput = false;
  if (target instanceof HTMLTextAreaElement) root = target;
  else if (target instanceof HTMLInputElement) {
    root = target;
    viaInput = true;
  } else root = editingHost(target);
  if (!root || isExcluded(root)) return null;
  for (const selector of adapter.composeSelectors) {
    // An <input> only counts when the adapter's own selector names it, never through a fallback.
    if (viaInput && !root.matches(selector.css)) continue;
    if (safeMatches(root, selector.css)) {
      return {
        root,
        selector,
        family: familyFor(adapter, selector, root),
        enterIsNewline: selector.enterIsNewline ?? adapter.enterIsNewline ?? false,
      };
    }
  }
  return null;
}

/** The editor root around `target` if it is a compose box of this adapter, else null. */
export function findComposeRoot(adapter: SiteAdapter, target: Element | null): HTMLElement | null {
  return composeMatch(adapter, target)?.root ?? null;
}

// ---------------------------------------------------------------------------------------------
// Send button

function isHidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && el.isConnected) {
    try {
      if (!check.call(el)) return true;
    } catch {
      // fall through to the manual walk
    }
  }
  const view = el.ownerDocument.defaultView;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n instanceof HTMLElement && n.hidden) return true;
    if (n.getAttribute('aria-hidden') === 'true') return true;
    const style = view?.getComputedStyle(n);
    if (style && (style.display === 'none' || (n === el && style.visibility === 'hidden'))) return true;
  }
  return false;
}

function isDisabled(el: Element): boolean {
  if ((el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.disabled) return true;
  return el.getAttribute('aria-disabled') === 'true';
}

/** Accessible name, close enough for matching button labels. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    if (text) return text;
  }
  if (el instanceof HTMLInputElement) return (el.value || el.getAttribute('title') || '').trim();
  const text = el.textContent?.replace(/\s+/g, ' ').trim();
  if (text) return text;
  return el.getAttribute('title')?.trim() ?? '';
}

/** The clickable element for a match: icons climb to their button. */
function clickableFor(el: Element): HTMLElement | null {
  const button = el.closest('button, [role="button"], input[type="submit"], input[type="button"]');
  const found = button ?? el;
  return found instanceof HTMLElement ? found : null;
}

function usable(root: HTMLElement, selector: Selector, el: Element): HTMLElement | null {
  const button = clickableFor(el);
  if (!button || button === root || root.contains(button) || button.contains(root)) return null;
  if (isInsideUi(button) || isHidden(button) || isDisabled(button)) return null;
  // A button inside another form belongs to that form, not to this editor.
  const form = button.closest('form');
  if (form && !form.contains(root)) return null;
  if (selector.names) {
    const name = accessibleName(button).toLowerCase();
    if (!selector.names.some((n) => n.toLowerCase() === name)) return null;
  }
  return button;
}

/** All usable send buttons at the nearest scope around the editor that has any. */
function sendButtonsFor(adapter: SiteAdapter, root: HTMLElement): HTMLElement[] {
  for (let scope: Element | null = root.parentElement; scope; scope = scope.parentElement) {
    const found: HTMLElement[] = [];
    for (const selector of adapter.sendButtonSelectors) {
      let matches: NodeListOf<Element>;
      try {
        matches = scope.querySelectorAll(selector.css);
      } catch {
        continue;
      }
      for (const el of matches) {
        const button = usable(root, selector, el);
        if (button && !found.includes(button)) found.push(button);
      }
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** The app's send button for this editor: nearest first, visible and enabled; null if none. */
export function findSendButton(adapter: SiteAdapter, root: HTMLElement): HTMLElement | null {
  return sendButtonsFor(adapter, root)[0] ?? null;
}

/** Does a click on `el` (or an svg/span inside it) press this editor's send button? */
export function isSendButton(adapter: SiteAdapter, root: HTMLElement, el: Element | null): boolean {
  if (!el) return false;
  return sendButtonsFor(adapter, root).some((button) => button === el || button.contains(el));
}
