import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InPage } from '@/components/InPage';
import overlayCss from '@/components/overlay/overlay.css?inline';
import cardCss from '@/components/overlay/finding-card.css?inline';
import { getSettings, isActiveOn, updateSettings, watchSettings } from '../settings';
import { DEFAULT_SETTINGS, type Settings } from '../settings/types';
import { adapterForUrl, matchesPattern } from '../sites/find';
import type { Analysis, Sensitivity } from '../checker/types';
import type { NewPause, PauseOutcome } from '../log/types';
import { Controller, EMPTY_STATE, type InPageState } from './controller';
import { createShadowUi } from './shadow-ui';
import { createStore } from './store';

/** The checker runs in the background, so the content script stays small and a long draft never blocks
 * the page. The answer comes from our own background; its shape is still checked before use. */
async function analyzeInBackground(text: string, sensitivity: Sensitivity): Promise<Analysis | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'check.analyze', text, sensitivity })) as { analysis?: Analysis } | undefined;
    const a = reply?.analysis;
    return a && Array.isArray(a.findings) && Array.isArray(a.categories) && Array.isArray(a.strengths) ? a : null;
  } catch {
    return null;
  }
}

async function recordPause(pause: NewPause): Promise<number | null> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'pause.record', pause });
    const id = (reply as { id?: unknown } | undefined)?.id;
    return typeof id === 'number' ? id : null;
  } catch {
    // The log is a convenience: a missing background (extension reloading) must never block a send.
    return null;
  }
}

function recordOutcome(id: number, outcome: PauseOutcome, pausedMs: number): void {
  browser.runtime.sendMessage({ type: 'pause.outcome', id, outcome, pausedMs }).catch(() => undefined);
}

/** The messenger content script: one controller, one shadow-root UI, one MutationObserver per page. */
/** Set in this extension's isolated world: turning a site on again re-injects the script into open tabs,
 * and one page must never get two controllers (two dialogs, two sends). */
const RUNNING = Symbol.for('mindful-send.content-script');

/** Sites the manifest lists are always ours; any other site only while the user keeps it turned on. */
function listedInManifest(): boolean {
  try {
    const url = new URL(location.href);
    return (browser.runtime.getManifest().content_scripts ?? []).some((cs) => (cs.matches ?? []).some((p) => matchesPattern(p, url)));
  } catch {
    return false;
  }
}

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const scope = globalThis as unknown as Record<symbol, ContentScriptContext | undefined>;
  const previous = scope[RUNNING];
  if (previous && !previous.isInvalid) return;
  scope[RUNNING] = ctx;
  const listed = listedInManifest();
  const allowedHere = (s: Settings) => isActiveOn(s, location.host) && (listed || s.extraHosts.includes(location.host.toLowerCase()));
  let settings: Settings = DEFAULT_SETTINGS;
  try {
    settings = await getSettings();
  } catch {
    settings = DEFAULT_SETTINGS;
  }
  const adapter = adapterForUrl(location.href);
  const store = createStore<InPageState>(EMPTY_STATE);
  let controller: Controller | null = null;

  const ui = createShadowUi('mindful-send-ui', `${overlayCss}\n${cardCss}`, (container) => {
    const root = createRoot(container);
    root.render(
      <InPage
        store={store}
        actions={{
          open: (key) => controller?.open(key),
          apply: (key, reframe) => void controller?.applyReframe(key, reframe),
          dismiss: (key) => controller?.dismiss(key),
          dismissDraft: () => controller?.dismissDraft(),
          turnOffHere: () => controller?.turnOffHere(),
          edit: () => controller?.editFromPause(),
          sendAnyway: () => controller?.sendAnyway(),
          applyFromPause: (key, reframe) => void controller?.applyFromPause(key, reframe),
        }}
      />,
    );
    return () => root.unmount();
  });
  ctx.onInvalidated(() => ui.remove());

  const startController = () => {
    if (controller || !allowedHere(settings)) return;
    ui.mount();
    controller = new Controller({
      adapter,
      store,
      uiHost: ui.host,
      settings: () => settings,
      listen: (target, type, handler, options) => {
        // Listeners die with the controller (turned off here) or the content script (extension reload).
        const owner = controller;
        const wrapped = (e: Event) => {
          if (owner === controller) handler(e);
        };
        ctx.addEventListener(target as Window, type as keyof WindowEventMap, wrapped as (e: Event) => void, options);
      },
      analyze: analyzeInBackground,
      recordPause,
      recordOutcome,
      turnOffHere: () => {
        void updateSettings({ disabledHosts: [...new Set([...settings.disabledHosts, location.host])] });
      },
      isInvalid: () => ctx.isInvalid,
    });
    controller.start();
  };
  const stopController = () => {
    controller?.stop();
    controller = null;
  };

  startController();
  const unwatch = watchSettings((next) => {
    settings = next;
    if (allowedHere(settings)) {
      startController();
      controller?.onSettingsChanged();
    } else {
      stopController();
    }
  });
  ctx.onInvalidated(() => {
    unwatch();
    stopController();
  });

  // One observer for the whole page: single-page apps swap editors in and out without focus events.
  let queued = false;
  const ownNode = (n: Node) => n === ui.host || (n instanceof Element && n.localName === 'mindful-send-mirror');
  const observer = new MutationObserver((records) => {
    // Our own nodes (the UI host, the textarea measuring mirror) coming and going are not page changes:
    // reacting to them would redraw in a loop.
    if (records.every((r) => [...r.addedNodes, ...r.removedNodes].every(ownNode))) return;
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      controller?.onDomChanged();
    });
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
