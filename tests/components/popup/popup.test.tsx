// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientContext } from '../../../components/common/app-client';
import { Popup } from '../../../components/popup/Popup';
import { pause } from '../../log/helpers';
import { createFakeClient, type FakeOptions } from './fake-client';

afterEach(cleanup);

const NOW = new Date(2026, 0, 8, 12, 0).getTime();
const DAY = 86_400_000;

async function renderPopup(options: FakeOptions = {}) {
  const fake = await createFakeClient({ now: NOW, ...options });
  render(
    <ClientContext.Provider value={fake.client}>
      <Popup />
    </ClientContext.Provider>,
  );
  await screen.findByRole('heading', { name: 'Settings' });
  return fake;
}

const latest = () => screen.getByRole('region', { name: 'Latest pauses' });

describe('popup', () => {
  it('shows a kind empty state when the log is empty', async () => {
    await renderPopup({ url: 'https://web.whatsapp.com/' });
    await waitFor(() => expect(within(latest()).getByText(/No pauses yet/)).toBeTruthy());
    expect(screen.queryByRole('region', { name: 'This week' })).toBeNull();
  });

  it('lists the latest pauses, newest first, and counts this week', async () => {
    await renderPopup({
      pauses: [
        pause({ at: NOW - 2 * DAY, categories: ['excuse'], outcome: 'edited' }),
        pause({ at: NOW - DAY, site: 'slack', host: 'app.slack.com', categories: ['contempt', 'criticism'], outcome: 'sent-anyway' }),
        pause({ at: NOW - 30 * DAY, categories: ['rushing'] }),
      ],
    });
    const items = await within(latest()).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map((li) => li.querySelector('[data-category]')?.getAttribute('data-category'))).toEqual([
      'contempt',
      'excuse',
      'rushing',
    ]);
    expect(items[0]?.textContent).toContain('Slack');
    expect(items[0]?.textContent).toContain('Sent anyway');
    const week = screen.getByRole('region', { name: 'This week' });
    // The 30-day-old pause is not this week.
    expect(within(week).getByTestId('week-total').textContent).toBe('2');
  });

  it.each([
    ['a known messenger', 'https://web.whatsapp.com/', /WhatsApp/],
    ['a page that is not a messenger', 'https://news.example.org/story', /not a messenger/],
    ['a browser page', 'chrome://settings', /Open a messenger/],
    ['no tab address', undefined, /Open a messenger/],
  ])('says where it stands on %s', async (_label, url, text) => {
    await renderPopup({ url });
    const site = screen.getByRole('region', { name: 'This site' });
    await waitFor(() => expect(site.textContent).toMatch(text));
  });

  it('turns itself off for the current messenger with the switch', async () => {
    const fake = await renderPopup({ url: 'https://web.whatsapp.com/' });
    const toggle = await screen.findByRole('switch', { name: 'On for web.whatsapp.com' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.settings().disabledHosts).toEqual(['web.whatsapp.com']));
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false);
  });

  it('shows the switch as off on a site the user turned off', async () => {
    await renderPopup({ url: 'https://app.slack.com/client', settings: { disabledHosts: ['app.slack.com'] } });
    expect(((await screen.findByRole('switch')) as HTMLInputElement).checked).toBe(false);
  });

  it.each([
    [true, ['permission https://chat.example.org', 'sites.enable https://chat.example.org'], /now works on chat\.example\.org/],
    [false, ['permission https://chat.example.org'], /No access was given/],
  ])('asks for access before turning on a new site (granted: %s)', async (grant, calls, message) => {
    const fake = await renderPopup({ url: 'https://chat.example.org/room/1', grant });
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on for chat.example.org' }));
    await screen.findByText(message);
    expect(fake.calls).toEqual(calls);
  });

  it('turns a site it was turned on for back off', async () => {
    const fake = await renderPopup({ url: 'https://chat.example.org/', settings: { extraHosts: ['chat.example.org'] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Stop using it on chat.example.org' }));
    await screen.findByText(/no longer runs on chat\.example\.org/);
    expect(fake.calls).toEqual(['sites.disable https://chat.example.org']);
  });

  it('opens the dashboard from the link', async () => {
    const fake = await renderPopup();
    fireEvent.click(screen.getByRole('link', { name: 'Open your patterns' }));
    expect(fake.calls).toContain('open dashboard');
  });

  it.each([
    ['pause length', () => fireEvent.change(screen.getByLabelText(/Pause length/), { target: { value: '7' } }), { pauseSeconds: 7 }],
    ['sensitivity', () => fireEvent.click(screen.getByRole('radio', { name: /Strict/ })), { sensitivity: 'strict' }],
    ['keep drafts', () => fireEvent.click(screen.getByRole('checkbox', { name: 'Keep my drafts in the log' })), { keepDrafts: true }],
    ['pause every send', () => fireEvent.click(screen.getByRole('checkbox', { name: /every send/ })), { pauseEverySend: true }],
  ])('saves the %s setting', async (_label, act, expected) => {
    const fake = await renderPopup();
    act();
    await waitFor(() => expect(fake.settings()).toMatchObject(expected));
  });

  it('keeps drafts off by default and says what the setting means', async () => {
    await renderPopup();
    const box = screen.getByRole('checkbox', { name: 'Keep my drafts in the log' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
  });
});

describe('try a reframe', () => {
  const typeDraft = async (text: string) => {
    fireEvent.change(screen.getByLabelText('Write or paste a message'), { target: { value: text } });
    return screen.findByTestId('try-summary');
  };

  it('shows findings with reframes for a flagged message', async () => {
    await renderPopup();
    const summary = await typeDraft("I'm sorry you feel that way.");
    expect(summary.textContent).toMatch(/^\d+ things? to reconsider$/);
    const cards = document.querySelectorAll('article[data-category]');
    expect([...cards].map((c) => c.getAttribute('data-category'))).toContain('non-apology');
    expect(screen.getAllByRole('button', { name: 'Use this' }).length).toBeGreaterThan(0);
  });

  it('says nothing is wrong with a clean message', async () => {
    await renderPopup();
    const summary = await typeDraft("Sorry I'm late, the train was delayed.");
    expect(summary.textContent).toBe('Nothing to reconsider here.');
    expect(document.querySelectorAll('article[data-category]')).toHaveLength(0);
  });

  it('puts a reframe into the message and copies the result', async () => {
    const fake = await renderPopup();
    const draft = 'You always ignore me.';
    await typeDraft(draft);
    const box = screen.getByLabelText('Write or paste a message') as HTMLTextAreaElement;
    fireEvent.click(screen.getAllByRole('button', { name: 'Use this' })[0]!);
    await waitFor(() => expect(box.value).not.toBe(draft));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy message' })));
    expect(fake.copied).toEqual([box.value]);
    expect(screen.getByText('Copied.')).toBeTruthy();
  });

  it('shows the apology checklist when the message apologises', async () => {
    await renderPopup();
    await typeDraft("I'm sorry I forgot your birthday, but work has been crazy.");
    await waitFor(() => expect(document.body.textContent).toMatch(/Naming what you did/));
  });
});
