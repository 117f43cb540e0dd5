import type { SiteAdapter } from './types';
import { discord } from './discord';
import { generic } from './generic';
import { gmail } from './gmail';
import { linkedin } from './linkedin';
import { messenger } from './messenger';
import { outlook } from './outlook';
import { slack } from './slack';
import { teams } from './teams';
import { telegram } from './telegram';
import { whatsapp } from './whatsapp';
import { x } from './x';

/** Every messenger adapter, in the order adapterForUrl tries them. */
export const ADAPTERS: readonly SiteAdapter[] = [
  whatsapp,
  slack,
  discord,
  messenger,
  gmail,
  outlook,
  teams,
  telegram,
  linkedin,
  x,
];

export const GENERIC: SiteAdapter = generic;

/** Where the demo and test pages are served in the e2e build. */
export const E2E_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

/** The content script's `matches`: every adapter's patterns, plus the local test origins in the e2e build. */
export function contentScriptMatches(e2e: boolean): string[] {
  const all = new Set<string>();
  for (const adapter of ADAPTERS) for (const pattern of adapter.matches) all.add(pattern);
  if (e2e) for (const pattern of E2E_MATCHES) all.add(pattern);
  return [...all];
}
