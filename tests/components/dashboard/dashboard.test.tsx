// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientContext } from '../../../components/common/app-client';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { localDay } from '../../../lib/log/days';
import { pause } from '../../log/helpers';
import { createFakeClient, type FakeOptions } from '../popup/fake-client';

afterEach(cleanup);

const NOW = new Date(2026, 0, 31, 18, 0).getTime();
const at = (day: number, hour: number) => new Date(2026, 0, day, hour, 10).getTime();

const PAUSES = [
  pause({ at: at(30, 22), categories: ['contempt'], outcome: 'sent-anyway' }),
  pause({ at: at(30, 22) + 60_000, categories: ['contempt', 'criticism'], outcome: 'edited', site: 'slack', host: 'app.slack.com' }),
  pause({ at: at(12, 9), categories: ['excuse'], outcome: 'applied-reframe' }),
  // Outside the 30-day window, inside 90 days.
  pause({ at: new Date(2025, 11, 1, 9).getTime(), categories: ['rushing'], outcome: 'edited' }),
];

async function renderDashboard(options: FakeOptions = {}) {
  const fake = await createFakeClient({ now: NOW, ...options });
  render(
    <ClientContext.Provider value={fake.client}>
      <Dashboard />
    </ClientContext.Provider>,
  );
  await screen.findByRole('heading', { name: 'Settings' });
  return fake;
}

const chart = (id: string) => document.querySelector(`[data-chart="${id}"]`) as HTMLElement;
const bars = (id: string): Record<string, number> =>
  Object.fromEntries(
    [...chart(id).querySelectorAll('rect[data-key]')].map((r) => [r.getAttribute('data-key') ?? '', Number(r.getAttribute('data-value'))]),
  );

describe('dashboard', () => {
  it('shows a kind empty state and no charts when the log is empty', async () => {
    await renderDashboard();
    await screen.findByText(/No pauses yet/);
    expect(document.querySelector('[data-chart]')).toBeNull();
    expect(screen.getByText('Import a JSON file')).toBeTruthy();
  });

  it('draws every chart from the log, each with a name and a table', async () => {
    await renderDashboard({ pauses: PAUSES });
    await waitFor(() => expect(chart('per-day')).toBeTruthy());

    const perDay = bars('per-day');
    expect(Object.keys(perDay)).toHaveLength(30);
    expect(perDay[localDay(at(30, 22))]).toBe(2);
    expect(perDay[localDay(at(12, 9))]).toBe(1);
    expect(Object.values(perDay).reduce((a, b) => a + b, 0)).toBe(3);

    expect(bars('categories')).toEqual({ contempt: 2, criticism: 1, excuse: 1 });
    expect(bars('outcomes')).toEqual({ edited: 1, 'applied-reframe': 1, 'sent-anyway': 1, abandoned: 0 });
    expect(bars('hours')['22']).toBe(2);
    expect(bars('hours')['9']).toBe(1);
    expect(bars('sites')).toEqual({ whatsapp: 2, slack: 1 });

    for (const id of ['per-day', 'categories', 'outcomes', 'hours', 'sites']) {
      const svg = chart(id).querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-labelledby')).toBeTruthy();
      expect(chart(id).querySelectorAll('tbody tr').length).toBe(chart(id).querySelectorAll('rect[data-key]').length);
    }
  });

  it('widens to 90 days on request', async () => {
    await renderDashboard({ pauses: PAUSES });
    fireEvent.click(await screen.findByRole('radio', { name: /Last 90 days/ }));
    await waitFor(() => expect(Object.keys(bars('per-day'))).toHaveLength(90));
    expect(bars('categories')).toMatchObject({ rushing: 1 });
  });

  it('lists the full log and filters it', async () => {
    await renderDashboard({ pauses: PAUSES });
    const table = await screen.findByRole('table', { name: /pause log/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    fireEvent.change(screen.getByLabelText('Pattern'), { target: { value: 'contempt' } });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 2));
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'edited' } });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 1));
  });

  it('deletes one pause', async () => {
    const fake = await renderDashboard({ pauses: PAUSES });
    const table = await screen.findByRole('table', { name: /pause log/ });
    const first = within(table).getAllByRole('row')[1]!;
    const id = Number(first.getAttribute('data-pause-id'));
    fireEvent.click(within(first).getByRole('button', { name: /Delete the pause from/ }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 3));
    expect((await fake.log.query()).map((r) => r.id)).not.toContain(id);
  });

  it('deletes everything only after confirming', async () => {
    const fake = await renderDashboard({ pauses: PAUSES });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(await fake.log.query()).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText(/No pauses yet/);
    expect(await fake.log.query()).toHaveLength(0);
  });

  it('exports the log as a JSON file', async () => {
    const fake = await renderDashboard({ pauses: PAUSES });
    fireEvent.click(await screen.findByRole('button', { name: 'Export as JSON' }));
    await screen.findByText(/Saved 4 pauses/);
    expect(fake.saved).toHaveLength(1);
    expect(fake.saved[0]!.name).toBe('mindful-send-log-2026-01-31.json');
    expect(JSON.parse(fake.saved[0]!.contents).records).toHaveLength(4);
  });

  const importFile = (contents: string) => {
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([contents], 'log.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  };

  it.each([
    ['text that is not JSON', '{ not json', /not a JSON file/],
    ['JSON that is not an export', '{"hello": 1}', /not a Mindful Send export/],
    ['an export with one bad record', JSON.stringify({ format: 'mindful-send.pause-log', schema: 2, exportedAt: 0, records: [{ ...pause(), schema: 2 }, { ...pause(), outcome: 'vanished', schema: 2 }] }), /Record 2/],
  ])('explains a bad import (%s) and keeps every pause', async (_label, contents, message) => {
    const fake = await renderDashboard({ pauses: PAUSES });
    const before = await fake.log.query();
    await screen.findByRole('table', { name: /pause log/ });
    importFile(contents);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/nothing was changed/i);
    expect(await fake.log.query()).toEqual(before);
    expect(within(screen.getByRole('table', { name: /pause log/ })).getAllByRole('row')).toHaveLength(1 + 4);
  });

  it('imports a good file and shows the new pauses', async () => {
    await renderDashboard();
    await screen.findByText(/No pauses yet/);
    importFile(JSON.stringify({ format: 'mindful-send.pause-log', schema: 2, exportedAt: 0, records: PAUSES.map((p, i) => ({ ...p, id: i + 1, schema: 2 })) }));
    await screen.findByText(/Imported 4 pauses/);
    const table = await screen.findByRole('table', { name: /pause log/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
  });
});
