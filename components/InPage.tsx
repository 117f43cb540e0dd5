import { useSyncExternalStore } from 'react';
import type { Reframe } from '@/lib/checker/types';
import type { InPageState } from '@/lib/content/controller';
import type { Store } from '@/lib/content/store';
import { Overlay } from './overlay/Overlay';
import { PauseDialog } from './overlay/PauseDialog';

export interface InPageActions {
  open(key: string | null): void;
  apply(key: string, reframe: Reframe): void;
  dismiss(key: string): void;
  dismissDraft(): void;
  turnOffHere(): void;
  edit(): void;
  sendAnyway(): void;
  applyFromPause(key: string, reframe: Reframe): void;
}

/** Everything Mindful Send draws on a page: the overlay over the focused draft and, at a send, the pause. */
export function InPage({ store, actions }: { store: Store<InPageState>; actions: InPageActions }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  return (
    <>
      {state.overlay && !state.dialog && (
        <Overlay
          editorRect={state.overlay.editorRect}
          highlights={state.overlay.highlights}
          findings={state.overlay.findings}
          strengths={state.overlay.strengths}
          apology={state.overlay.apology}
          openKey={state.overlay.openKey}
          focusOnOpen={state.overlay.focusOnOpen}
          onOpen={actions.open}
          onApply={actions.apply}
          onDismiss={actions.dismiss}
          onDismissDraft={actions.dismissDraft}
          onTurnOffSite={actions.turnOffHere}
        />
      )}
      {state.dialog && (
        <PauseDialog
          key={state.dialog.id}
          findings={state.dialog.findings}
          strengths={state.dialog.strengths}
          apology={state.dialog.apology}
          breathSeconds={state.dialog.breathSeconds}
          reducedMotion={state.dialog.reducedMotion}
          onEdit={actions.edit}
          onSendAnyway={actions.sendAnyway}
          onApply={actions.applyFromPause}
        />
      )}
    </>
  );
}
