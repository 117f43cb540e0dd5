import type { Sensitivity } from '../checker/types';

export interface Settings {
  /** Master switch. */
  enabled: boolean;
  sensitivity: Sensitivity;
  /** Length of the breathing moment in the pause dialog, 0-10 seconds. */
  pauseSeconds: number;
  /** Pause before every send, not only flagged ones. */
  pauseEverySend: boolean;
  /** Keep the draft text in the pause log (off by default). */
  keepDrafts: boolean;
  /** Hosts (location.host) where the user turned Mindful Send off. */
  disabledHosts: string[];
  /** Extra hosts the user turned it on for (served by the generic adapter). */
  extraHosts: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sensitivity: 'balanced',
  pauseSeconds: 3,
  pauseEverySend: false,
  keepDrafts: false,
  disabledHosts: [],
  extraHosts: [],
};
