/**
 * The one element Mindful Send adds to a page: `<name>` with an open shadow root holding our styles and
 * a container for the UI. Written by hand rather than with WXT's createShadowRootUi, whose positioning,
 * anchoring and CSS-loading machinery we do not use and which would add weight to every messenger page.
 */
export interface ShadowUi {
  host: HTMLElement;
  container: HTMLElement;
  mount(): void;
  remove(): void;
}

/** Keys typed into our UI (a focused button in a card or the dialog) are ours: the page's own shortcuts
 * must not see them bubble up. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input'] as const;

export function createShadowUi(name: string, css: string, render: (container: HTMLElement) => () => void): ShadowUi {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The host page's inherited styles (font, colour, line height) stop at our root.
  style.textContent = `:host{all:initial!important}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  let unmount: (() => void) | null = null;
  return {
    host,
    container,
    mount() {
      if (!host.isConnected) (document.body ?? document.documentElement).append(host);
      unmount ??= render(container);
    },
    remove() {
      unmount?.();
      unmount = null;
      host.remove();
    },
  };
}
