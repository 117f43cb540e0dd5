/**
 * The popup over the real pause log: empty at first, then the pauses the content script recorded
 * through the extension's own message path, still there after the browser restarts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../tools/serve';
import { launchBrowser } from './harness';
import { clearEditor, modelText, openPage, ui } from './page-helpers';

let server: Awaited<ReturnType<typeof serve>>;
let profile: string;

beforeAll(async () => {
  server = await serve();
  profile = mkdtempSync(path.join(tmpdir(), 'mindful-popup-'));
});

afterAll(async () => {
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('heading', { name: 'Settings' }).waitFor({ timeout: 10_000 });
  return popup;
}

const latest = (popup: Page) => popup.getByRole('region', { name: 'Latest pauses' });

async function pauseAndChoose(page: Page, text: string, choice: 'Edit message' | 'Send anyway') {
  await clearEditor(page, 'textarea');
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page), { timeout: 5000 }).toBe(text);
  await page.keyboard.press('Enter');
  const dialog = ui(page).getByRole('dialog', { name: /Pause/ });
  await dialog.waitFor({ timeout: 5000 });
  await dialog.getByRole('button', { name: choice }).click({ timeout: 15_000 });
  await dialog.waitFor({ state: 'detached', timeout: 5000 });
}

describe('popup with the real pause log', () => {
  it('shows the empty state, then the pauses made on a page, and keeps them after a restart', async () => {
    let extensionId: string;
    const first = await launchBrowser({ userDataDir: profile });
    try {
      extensionId = first.extensionId!;
      const popup = await openPopup(first.context, extensionId);
      await latest(popup).getByText(/No pauses yet/).waitFor({ timeout: 5000 });
      // A shorter pause through the popup's own setting, so "Send anyway" is ready at once.
      await popup.getByLabel(/Pause length/).fill('0');
      await expect.poll(() => popup.getByLabel(/Pause length/).inputValue()).toBe('0');

      const page = await openPage(first.context, server.url, 'textarea');
      await pauseAndChoose(page, "I'm sorry you feel that way", 'Edit message');
      await pauseAndChoose(page, 'You always ignore me, whatever', 'Send anyway');

      await popup.reload();
      const items = latest(popup).getByRole('listitem');
      await expect.poll(() => items.count(), { timeout: 5000 }).toBe(2);
      // Newest first.
      await expect.poll(() => items.nth(0).textContent()).toMatch(/Sent anyway/);
      expect(await items.nth(1).textContent()).toMatch(/Edited/);
      expect(await items.nth(1).locator('[data-category="non-apology"]').count()).toBe(1);
      expect(await popup.getByTestId('week-total').textContent()).toBe('2');
    } finally {
      await first.close();
    }

    const second = await launchBrowser({ userDataDir: profile });
    try {
      expect(second.extensionId).toBe(extensionId);
      const popup = await openPopup(second.context, second.extensionId!);
      const items = latest(popup).getByRole('listitem');
      await expect.poll(() => items.count(), { timeout: 5000 }).toBe(2);
      expect(await popup.getByLabel(/Pause length/).inputValue()).toBe('0');

      // The dashboard reads the same log.
      const dashboard = await second.context.newPage();
      await dashboard.goto(`chrome-extension://${second.extensionId}/dashboard.html`);
      const table = dashboard.getByRole('table', { name: /pause log/ });
      await expect.poll(() => table.getByRole('row').count(), { timeout: 5000 }).toBe(3);
      expect(await dashboard.locator('[data-chart="per-day"] svg[role="img"]').count()).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('registers the content script for a site turned on, and removes it when turned off', async () => {
    const b = await launchBrowser({ userDataDir: profile });
    try {
      const popup = await openPopup(b.context, b.extensionId!);
      // The e2e build already holds access to the local test origin, so no prompt is needed here;
      // the popup asks for it with permissions.request() on a real site.
      const origin = new URL(server.url).origin;
      const state = () =>
        popup.evaluate(async () => {
          const c = (globalThis as any).chrome;
          const scripts = await c.scripting.getRegisteredContentScripts();
          const { settings } = await c.storage.local.get('settings');
          return { scripts: scripts.map((x: any) => ({ id: x.id, matches: x.matches, js: x.js })), extraHosts: settings?.extraHosts ?? [] };
        });
      const send = (msg: unknown) => popup.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg);

      expect(await send({ type: 'sites.enable', origin })).toEqual({ ok: true });
      const host = new URL(origin).host;
      expect(await state()).toEqual({
        scripts: [{ id: `mindful-extra:${host}`, matches: [`http://${new URL(origin).hostname}/*`], js: ['content-scripts/messenger.js'] }],
        extraHosts: [host],
      });

      expect(await send({ type: 'sites.disable', origin })).toEqual({ ok: true });
      expect(await state()).toEqual({ scripts: [], extraHosts: [] });
    } finally {
      await b.close();
    }
  });

  it('gives web pages no messaging channel to the extension', async () => {
    const b = await launchBrowser({ userDataDir: profile });
    try {
      const page = await openPage(b.context, server.url, 'textarea');
      // chrome.runtime is not exposed to pages without externally_connectable; a page has no way in.
      const reachable = await page.evaluate(() => typeof (globalThis as any).chrome?.runtime?.sendMessage === 'function');
      expect(reachable).toBe(false);
    } finally {
      await b.close();
    }
  });
});
