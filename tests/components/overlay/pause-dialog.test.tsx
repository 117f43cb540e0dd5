// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APOLOGY_KEY } from '../../../components/overlay/ApologyChecklist.tsx';
import { PauseDialog, type PauseDialogProps } from '../../../components/overlay/PauseDialog.tsx';
import type { ApologyAnatomy } from '../../../lib/checker/types.ts';
import { CRITICISM, NON_APOLOGY, OWNERSHIP } from './fixtures.ts';

function props(over: Partial<PauseDialogProps> = {}): PauseDialogProps {
  return {
    findings: [NON_APOLOGY, CRITICISM],
    strengths: [],
    breathSeconds: 0,
    reducedMotion: true,
    onEdit: vi.fn(),
    onSendAnyway: vi.fn(),
    onApply: vi.fn(),
    ...over,
  };
}

const sendAnyway = () => screen.getByRole('button', { name: 'Send anyway' }) as HTMLButtonElement;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PauseDialog', () => {
  it('is a modal dialog named for the pause', () => {
    render(<PauseDialog {...props()} />);
    const dialog = screen.getByRole('dialog', { name: /Pause/ });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByRole('button', { name: 'Edit message' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Send anyway' })).toBeTruthy();
  });

  it('focuses "Edit message" when it opens', () => {
    render(<PauseDialog {...props()} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit message' }));
  });

  it('returns focus to where it was when it closes', () => {
    const editor = document.createElement('textarea');
    document.body.append(editor);
    editor.focus();
    const { unmount } = render(<PauseDialog {...props()} />);
    expect(document.activeElement).not.toBe(editor);
    unmount();
    expect(document.activeElement).toBe(editor);
    editor.remove();
  });

  it.each([
    { repeat: true, prevented: true },
    { repeat: false, prevented: false },
  ])('holds back a repeated Enter from the key that opened it (repeat: $repeat)', ({ repeat, prevented }) => {
    render(<PauseDialog {...props()} />);
    const edit = screen.getByRole('button', { name: 'Edit message' });
    const notCancelled = fireEvent.keyDown(edit, { key: 'Enter', repeat });
    expect(!notCancelled).toBe(prevented);
  });

  it.each([
    { how: 'Escape', act: () => userEvent.keyboard('{Escape}') },
    { how: 'the Edit message button', act: () => userEvent.click(screen.getByRole('button', { name: 'Edit message' })) },
  ])('calls onEdit once on $how', async ({ act: choose }) => {
    const p = props();
    render(<PauseDialog {...p} />);
    await choose();
    expect(p.onEdit).toHaveBeenCalledTimes(1);
    expect(p.onSendAnyway).not.toHaveBeenCalled();
  });

  it('keeps Tab and Shift+Tab cycling inside the dialog', async () => {
    render(<PauseDialog {...props({ findings: [CRITICISM] })} />);
    const dialog = screen.getByRole('dialog');
    const buttons = within(dialog).getAllByRole('button');
    // Apply comes first in the document, then the two actions.
    expect(buttons.map((b) => b.textContent)).toEqual(['Apply', 'Edit message', 'Send anyway']);
    const [apply, edit, send] = buttons;
    expect(document.activeElement).toBe(edit);
    await userEvent.tab();
    expect(document.activeElement).toBe(send);
    await userEvent.tab();
    expect(document.activeElement).toBe(apply);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(send);
    for (let i = 0; i < 6; i++) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('pulls focus back in when it has wandered out', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    render(<PauseDialog {...props()} />);
    outside.focus();
    await userEvent.tab();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    outside.remove();
  });

  describe('breathing moment', () => {
    it('holds Send anyway until the breath is over', () => {
      vi.useFakeTimers();
      const p = props({ breathSeconds: 3 });
      render(<PauseDialog {...p} />);
      expect(sendAnyway().disabled).toBe(true);
      fireEvent.click(sendAnyway());
      expect(p.onSendAnyway).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(2000));
      expect(sendAnyway().disabled).toBe(true);
      act(() => vi.advanceTimersByTime(1000));
      expect(sendAnyway().disabled).toBe(false);
      expect(document.querySelector('.ms-breath')).toBeNull();
    });

    it('counts down in whole seconds with reduced motion', () => {
      vi.useFakeTimers();
      render(<PauseDialog {...props({ breathSeconds: 3 })} />);
      const breath = () => document.querySelector<HTMLElement>('.ms-breath')!;
      expect(breath().dataset.remaining).toBe('3');
      act(() => vi.advanceTimersByTime(1000));
      expect(breath().dataset.remaining).toBe('2');
      expect(breath().querySelector('.ms-breath-count')!.textContent).toContain('2');
    });

    it('enables Send anyway after Skip', async () => {
      const p = props({ breathSeconds: 10 });
      render(<PauseDialog {...p} />);
      expect(sendAnyway().disabled).toBe(true);
      await userEvent.click(screen.getByRole('button', { name: 'Skip' }));
      expect(sendAnyway().disabled).toBe(false);
      await userEvent.click(sendAnyway());
      expect(p.onSendAnyway).toHaveBeenCalledTimes(1);
    });

    it('is skipped entirely at 0 seconds', () => {
      render(<PauseDialog {...props({ breathSeconds: 0 })} />);
      expect(sendAnyway().disabled).toBe(false);
      expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
      expect(document.querySelector('.ms-breath')).toBeNull();
    });

    it.each([
      { reducedMotion: false, animated: true },
      { reducedMotion: true, animated: false },
    ])('animates the circle only without reduced motion ($reducedMotion)', ({ reducedMotion, animated }) => {
      render(<PauseDialog {...props({ breathSeconds: 4, reducedMotion })} />);
      expect(document.querySelector('.ms-breath-animate') !== null).toBe(animated);
      expect(document.querySelector('.ms-breath-count') !== null).toBe(!animated);
    });

    it('lets Edit and Apply through during the breath', async () => {
      const p = props({ breathSeconds: 10 });
      render(<PauseDialog {...p} />);
      const [apply] = screen.getAllByRole('button', { name: 'Apply' });
      expect((apply as HTMLButtonElement).disabled).toBe(false);
      expect((screen.getByRole('button', { name: 'Edit message' }) as HTMLButtonElement).disabled).toBe(false);
      await userEvent.click(apply!);
      expect(p.onApply).toHaveBeenCalledTimes(1);
    });
  });

  describe('one answer per dialog', () => {
    it('sends once on a double click', async () => {
      const p = props();
      render(<PauseDialog {...p} />);
      await userEvent.dblClick(sendAnyway());
      fireEvent.click(sendAnyway());
      expect(p.onSendAnyway).toHaveBeenCalledTimes(1);
    });

    it.each([
      { first: 'Send anyway', then: 'Escape' },
      { first: 'Edit message', then: 'Send anyway' },
      { first: 'Apply', then: 'Send anyway' },
    ])('ignores $then after $first', async ({ first, then }) => {
      const p = props();
      render(<PauseDialog {...p} />);
      const press = async (what: string) =>
        what === 'Escape'
          ? userEvent.keyboard('{Escape}')
          : userEvent.click(screen.getAllByRole('button', { name: what })[0]!);
      await press(first);
      await press(then);
      const calls = [p.onEdit, p.onSendAnyway, p.onApply].map((fn) => (fn as ReturnType<typeof vi.fn>).mock.calls.length);
      expect(calls.reduce((a, b) => a + b, 0)).toBe(1);
    });
  });

  it('passes the finding key and reframe to onApply', async () => {
    const p = props();
    render(<PauseDialog {...p} />);
    const group = document.querySelector<HTMLElement>('[data-category="criticism"]')!;
    await userEvent.click(within(group).getByRole('button', { name: 'Apply' }));
    expect(p.onApply).toHaveBeenCalledExactlyOnceWith('f2', CRITICISM.reframes[0]);
  });

  it('groups findings by category with the step of repair and the quoted words', () => {
    const second = { ...NON_APOLOGY, key: 'f3', ruleId: 'non-apology.if', quote: 'sorry if' };
    render(<PauseDialog {...props({ findings: [NON_APOLOGY, CRITICISM, second] })} />);
    const groups = [...document.querySelectorAll<HTMLElement>('section[data-category]')];
    expect(groups.map((g) => [g.dataset.category, g.querySelectorAll('article').length])).toEqual([
      ['non-apology', 2],
      ['criticism', 1],
    ]);
    expect(groups[0]!.textContent).toContain('Step 3');
    expect(groups[0]!.textContent).toContain(`“${NON_APOLOGY.quote}”`);
    expect(groups[0]!.textContent).toContain('“sorry if”');
  });

  it('shows strengths noticed', () => {
    render(<PauseDialog {...props({ strengths: [OWNERSHIP, OWNERSHIP] })} />);
    expect(document.querySelectorAll('[data-strength="ownership"]')).toHaveLength(1);
  });

  describe('apology checklist', () => {
    it.each<{ apology: ApologyAnatomy; present: string[] }>([
      { apology: { remorse: true, action: false, impact: false }, present: ['remorse'] },
      { apology: { remorse: true, action: true, impact: false }, present: ['remorse', 'action'] },
      { apology: { remorse: true, action: true, impact: true }, present: ['remorse', 'action', 'impact'] },
    ])('marks $present as present and the rest missing', ({ apology, present }) => {
      render(<PauseDialog {...props({ apology })} />);
      const parts = [...document.querySelectorAll<HTMLElement>('[data-part]')];
      expect(parts.map((p) => p.dataset.part)).toEqual(['remorse', 'action', 'impact']);
      expect(parts.filter((p) => p.dataset.present === 'true').map((p) => p.dataset.part)).toEqual(present);
      expect(parts.filter((p) => p.classList.contains('ms-missing'))).toHaveLength(3 - present.length);
    });

    it('is absent when the draft does not apologise', () => {
      render(<PauseDialog {...props()} />);
      expect(document.querySelector('[data-part]')).toBeNull();
    });

    it('offers the suggestion as a whole-message Apply', async () => {
      const p = props({
        findings: [CRITICISM],
        apology: { remorse: true, action: false, impact: false, suggestion: "I'm sorry I yelled. It scared you." },
      });
      render(<PauseDialog {...p} />);
      const applies = screen.getAllByRole('button', { name: 'Apply' });
      expect(applies).toHaveLength(2);
      await userEvent.click(applies[1]!);
      expect(p.onApply).toHaveBeenCalledExactlyOnceWith(APOLOGY_KEY, {
        label: expect.any(String),
        text: "I'm sorry I yelled. It scared you.",
        whole: true,
      });
    });

    it('offers no Apply when there is no suggestion', () => {
      render(<PauseDialog {...props({ findings: [], apology: { remorse: true, action: true, impact: true } })} />);
      expect(screen.queryAllByRole('button', { name: 'Apply' })).toHaveLength(0);
    });
  });
});
