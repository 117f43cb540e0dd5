import { createContext, useContext } from 'react';
import type { Analysis, AnalyzeOptions } from '../../lib/checker/types';
import type { Send } from '../../lib/messages';
import type { Settings } from '../../lib/settings/types';

/**
 * Everything the popup and dashboard need from the outside world, behind one small interface:
 * the browser implementation talks to the background and browser APIs, tests pass a fake.
 */
export interface AppClient {
  send: Send;
  settings: {
    get(): Promise<Settings>;
    update(patch: Partial<Settings>): Promise<Settings>;
    watch(cb: (settings: Settings) => void): () => void;
  };
  /** Address of the tab the popup was opened over, if the browser tells us. */
  currentTabUrl(): Promise<string | undefined>;
  /** Asks the person for access to one origin. Must be called straight from a click handler. */
  requestOrigin(origin: string): Promise<boolean>;
  openDashboard(): void;
  copyText(text: string): Promise<void>;
  /** The checker, loaded on first use so the popup opens fast. */
  loadAnalyze(): Promise<(text: string, options?: AnalyzeOptions) => Analysis>;
  /** Saves a file on the person's device (export). */
  saveFile(name: string, contents: string): void;
  now(): number;
}

export const ClientContext = createContext<AppClient | null>(null);

export function useClient(): AppClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() needs a <ClientContext.Provider>.');
  return client;
}
