// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APOLOGY_KEY } from '../../../components/overlay/ApologyChecklist.tsx';
import { Overlay, type OverlayProps } from '../../../components/overlay/Overlay.tsx';
import { CRITICISM, NON_APOLOGY, OWNERSHIP } from './fixtures.ts';

const EDITOR = { x: 100, y: 400, width: 500, height: 80 };

function props(over: Partial<OverlayProps> = {}): OverlayProps {
  return {
    editorRect: EDITOR,
    highlights: [
      { key: 'f1', category: 'non-apology', severity: 3, rects: [{ x: 110, y: 410, width: 160, height: 18 }] },
      {
        key: 'f2',
        category: 'criticism',
        severity: 2,
        rects: [
          { x: 300, y: 410, width: 120, height: 18 },
          { x: 110, y: 430, width: 40, height: 18 },
        ],
      },
    ],
    findings: [NON_APOLOGY, CRITICISM],
    strengths: [],
    openKey: null,
    onOpen: vi.fn(),
    onApply: vi.fn(),
    onDismiss: vi.fn(),
    onDismissDraft: vi.fn(),
    onTurnOffSite: vi.fn(),
    ...over,
  };
}

/** Holds openKey in state the way the content script does. */
function Controlled(initial: Partial<OverlayProps> & { onOpenSpy?: (k: string | null) => void }) {
  const [openKey, setOpenKey] = useState<string | null>(initial.openKey ?? null);
  return (
    <Overlay
      {...props(initial)}
      openKey={openKey}
      onOpen={(k) => {
        initial.onOpenSpy?.(k);
        setOpenKey(k);
      }}
    />
  );
}

beforeEach(() => {
  window.innerWidth = 1024;
  window.innerHeight = 768;
});
afterEach(cleanup);

describe('badge', () => {
  it.each([
    { findings: [NON_APOLOGY], name: '1 thing to reconsider', count: '1' },
    { findings: [NON_APOLOGY, CRITICISM], name: '2 things to reconsider', count: '2' },
  ])('names the count as "$name"', ({ findings, name, count }) => {
    render(<Overlay {...props({ findings })} />);
    const status = screen.getByRole('status', { name });
    expect(status.querySelector('.ms-badge-count')?.textContent).toBe(count);
    expect(within(status).getByRole('button', { name })).toBeTruthy();
  });

  it.each([
    { why: 'no findings', over: { findings: [] } },
    { why: 'no editor', over: { editorRect: null } },
  ])('is absent with $why', ({ over }) => {
    render(<Overlay {...props(over)} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it.each([
    { where: 'inside the editor corner', editor: EDITOR, left: 100 + 500 - 44 - 6, top: 400 + 80 - 28 - 6 },
    { where: 'pulled in past the right edge', editor: { x: 900, y: 100, width: 400, height: 60 }, left: 1024 - 44 - 8, top: 100 + 60 - 28 - 6 },
    { where: 'pulled up past the bottom edge', editor: { x: 10, y: 700, width: 300, height: 200 }, left: 10 + 300 - 44 - 6, top: 768 - 28 - 8 },
  ])('sits $where', ({ editor, left, top }) => {
    render(<Overlay {...props({ editorRect: editor })} />);
    const badge = screen.getByRole('status');
    expect(badge.style.left).toBe(`${left}px`);
    expect(badge.style.top).toBe(`${top}px`);
  });

  it('toggles the panel with all findings', async () => {
    const onOpen = vi.fn();
    const { rerender } = render(<Overlay {...props({ onOpen })} />);
    const button = screen.getByRole('button', { name: /things to reconsider/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(button);
    expect(onOpen).toHaveBeenLastCalledWith('*');
    rerender(<Overlay {...props({ onOpen, openKey: '*' })} />);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(button);
    expect(onOpen).toHaveBeenLastCalledWith(null);
  });

  it('can be reached and pressed from the keyboard', async () => {
    const onOpen = vi.fn();
    render(<Overlay {...props({ onOpen })} />);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /reconsider/ }));
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('*');
  });
});

describe('highlights', () => {
  it('draws one mark per rect at the given viewport position', () => {
    const { container } = render(<Overlay {...props()} />);
    const marks = [...container.querySelectorAll<HTMLElement>('.ms-hl')];
    expect(marks.map((m) => [m.dataset.key, m.style.left, m.style.top, m.style.width, m.style.height])).toEqual([
      ['f1', '110px', '410px', '160px', '18px'],
      ['f2', '300px', '410px', '120px', '18px'],
      ['f2', '110px', '430px', '40px', '18px'],
    ]);
  });

  it('tells severities apart by class, not colour alone, and hides marks from assistive tech', () => {
    const { container } = render(<Overlay {...props()} />);
    const layer = container.querySelector('.ms-highlights')!;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(layer.querySelector('[data-key="f1"]')!.classList.contains('ms-hl-sev-3')).toBe(true);
    expect(layer.querySelector('[data-key="f2"]')!.classList.contains('ms-hl-sev-2')).toBe(true);
  });

  it('keeps drawing highlights while the editor box is unknown', () => {
    const { container } = render(<Overlay {...props({ editorRect: null })} />);
    expect(container.querySelectorAll('.ms-hl')).toHaveLength(3);
  });
});

describe('card for one finding', () => {
  it('shows its message, quoted words and reframes', () => {
    render(<Overlay {...props({ openKey: 'f1' })} />);
    const card = screen.getByRole('region', { name: /Mindful Send/ });
    expect(card.textContent).toContain(NON_APOLOGY.message);
    expect(card.textContent).toContain(`“${NON_APOLOGY.quote}”`);
    expect(within(card).getAllByRole('button', { name: 'Apply' })).toHaveLength(2);
    expect(card.textContent).not.toContain(CRITICISM.message);
  });

  it('passes the finding key and the chosen reframe to onApply', async () => {
    const onApply = vi.fn();
    render(<Overlay {...props({ openKey: 'f2', onApply })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledExactlyOnceWith('f2', CRITICISM.reframes[0]);
  });

  it('passes the finding key to onDismiss', async () => {
    const onDismiss = vi.fn();
    render(<Overlay {...props({ openKey: 'f1', onDismiss })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledExactlyOnceWith('f1');
  });

  it.each([
    { where: 'below its words when there is room', rect: { x: 110, y: 100, width: 80, height: 18 }, side: 'below', top: 100 + 18 + 6 },
    { where: 'above its words near the bottom', rect: { x: 110, y: 700, width: 80, height: 18 }, side: 'above', top: 700 - 6 - 220 },
  ])('sits $where', ({ rect, side, top }) => {
    const highlights = [{ key: 'f1', category: 'non-apology' as const, severity: 3 as const, rects: [rect] }];
    render(<Overlay {...props({ openKey: 'f1', highlights })} />);
    const card = screen.getByRole('region');
    expect(card.dataset.side).toBe(side);
    expect(card.style.top).toBe(`${top}px`);
    expect(card.style.left).toBe('110px');
  });

  it('stays inside the viewport horizontally', () => {
    const highlights = [
      { key: 'f1', category: 'non-apology' as const, severity: 3 as const, rects: [{ x: 1000, y: 100, width: 20, height: 18 }] },
    ];
    render(<Overlay {...props({ openKey: 'f1', highlights })} />);
    expect(screen.getByRole('region').style.left).toBe(`${1024 - 340 - 8}px`);
  });

  it.each([
    { how: 'Escape', act: () => userEvent.keyboard('{Escape}') },
    { how: 'the close button', act: () => userEvent.click(screen.getByRole('button', { name: 'Close' })) },
  ])('closes with $how', async ({ act: close }) => {
    const onOpen = vi.fn();
    render(<Overlay {...props({ openKey: 'f1', onOpen })} />);
    await close();
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('ignores Escape when nothing is open', async () => {
    const onOpen = vi.fn();
    render(<Overlay {...props({ onOpen })} />);
    await userEvent.keyboard('{Escape}');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('renders no card for a key that is no longer among the findings', () => {
    render(<Overlay {...props({ openKey: 'gone' })} />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('panel with all findings', () => {
  it('lists every finding with strengths and the footer actions', async () => {
    const onDismissDraft = vi.fn();
    const onTurnOffSite = vi.fn();
    render(<Overlay {...props({ openKey: '*', strengths: [OWNERSHIP], onDismissDraft, onTurnOffSite })} />);
    const panel = screen.getByRole('region', { name: /reconsider/ });
    expect(within(panel).getAllByRole('article').map((a) => a.dataset.rule)).toEqual([
      NON_APOLOGY.ruleId,
      CRITICISM.ruleId,
    ]);
    expect(panel.querySelector('[data-strength="ownership"]')).not.toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: 'Dismiss all for this draft' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Turn off on this site' }));
    expect(onDismissDraft).toHaveBeenCalledTimes(1);
    expect(onTurnOffSite).toHaveBeenCalledTimes(1);
  });

  it.each([
    { where: 'just below the editor, right edges lined up', editor: EDITOR, side: 'below', left: 600 - 340, top: 480 + 6 },
    { where: 'above the editor when the room is there', editor: { x: 100, y: 600, width: 500, height: 120 }, side: 'above', left: 600 - 340, top: 600 - 6 - 220 },
    {
      where: 'off the badge when the editor fills the screen',
      editor: { x: 0, y: 0, width: 1024, height: 768 },
      side: 'above',
      left: 1024 - 8 - 340,
      top: 768 - 8 - 28 - 6 - 220,
    },
  ])('sits $where', ({ editor, side, left, top }) => {
    render(<Overlay {...props({ openKey: '*', editorRect: editor })} />);
    const panel = screen.getByRole('region');
    expect([panel.dataset.side, panel.style.left, panel.style.top]).toEqual([side, `${left}px`, `${top}px`]);
  });

  it('shows the apology checklist and applies its suggestion to the whole message', async () => {
    const onApply = vi.fn();
    const apology = { remorse: true, action: false, impact: false, suggestion: "I'm sorry I snapped at you." };
    render(<Overlay {...props({ openKey: '*', apology, onApply })} />);
    const parts = [...document.querySelectorAll<HTMLElement>('[data-part]')];
    expect(parts.map((p) => [p.dataset.part, p.dataset.present])).toEqual([
      ['remorse', 'true'],
      ['action', 'false'],
      ['impact', 'false'],
    ]);
    const applies = screen.getAllByRole('button', { name: 'Apply' });
    await userEvent.click(applies[applies.length - 1]!);
    expect(onApply).toHaveBeenCalledExactlyOnceWith(APOLOGY_KEY, {
      label: expect.any(String),
      text: apology.suggestion,
      whole: true,
    });
  });

  it('moves focus in when opened from the keyboard and back to the badge on Escape', async () => {
    const spy = vi.fn();
    render(<Controlled onOpenSpy={spy} />);
    await userEvent.tab();
    const badge = screen.getByRole('button', { name: /reconsider/ });
    await userEvent.keyboard('{Enter}');
    const panel = screen.getByRole('region');
    expect(panel.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(spy).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.activeElement).toBe(badge);
  });

  it('leaves focus where it was when opened with the mouse', async () => {
    render(<Controlled />);
    const outside = document.createElement('textarea');
    document.body.append(outside);
    outside.focus();
    fireEvent.click(screen.getByRole('button', { name: /reconsider/ }), { detail: 1 });
    expect(screen.getByRole('region')).toBeTruthy();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('follows a resize of the viewport', () => {
    render(<Overlay {...props({ editorRect: { x: 900, y: 100, width: 400, height: 60 } })} />);
    act(() => {
      window.innerWidth = 1400;
      window.dispatchEvent(new Event('resize'));
    });
    expect(screen.getByRole('status').style.left).toBe(`${900 + 400 - 44 - 6}px`);
  });
});

describe('theme', () => {
  it.each(['light', 'dark', 'auto'] as const)('marks the root with theme %s', (theme) => {
    const { container } = render(<Overlay {...props({ theme })} />);
    expect(container.querySelector('.ms-root')!.getAttribute('data-theme')).toBe(theme);
  });
});
