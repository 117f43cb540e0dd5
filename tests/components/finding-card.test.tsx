// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../components/FindingCard.tsx';
import { CATEGORY_INFO } from '../../lib/checker/categories.ts';
import { CATEGORY_IDS, type Finding } from '../../lib/checker/types.ts';
import { CRITICISM, NON_APOLOGY } from './overlay/fixtures.ts';

afterEach(cleanup);

describe('FindingCard', () => {
  it('shows the category, its step of repair, the message and the quoted words', () => {
    render(<FindingCard finding={NON_APOLOGY} quote={NON_APOLOGY.quote} />);
    const card = screen.getByRole('article');
    expect(card.getAttribute('data-category')).toBe('non-apology');
    expect(screen.getByRole('heading').textContent).toBe(CATEGORY_INFO['non-apology'].label);
    expect(card.textContent).toContain(CATEGORY_INFO['non-apology'].step);
    expect(card.textContent).toContain(NON_APOLOGY.message);
    expect(card.textContent).toContain(`“${NON_APOLOGY.quote}”`);
  });

  it('offers one Apply per reframe and passes that reframe back', async () => {
    const onApply = vi.fn();
    render(<FindingCard finding={NON_APOLOGY} onApply={onApply} />);
    const buttons = screen.getAllByRole('button', { name: 'Apply' });
    expect(buttons).toHaveLength(NON_APOLOGY.reframes.length);
    await userEvent.click(buttons[1]!);
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply).toHaveBeenCalledWith(NON_APOLOGY.reframes[1]);
  });

  it('describes each Apply button with the reframe it would insert', () => {
    render(<FindingCard finding={NON_APOLOGY} onApply={() => {}} />);
    const [first] = screen.getAllByRole('button', { name: 'Apply' });
    const described = first!.getAttribute('aria-describedby');
    expect(described && document.getElementById(described)?.textContent).toContain(
      NON_APOLOGY.reframes[0]!.text,
    );
  });

  it.each([
    { name: 'no Apply without onApply', props: {}, apply: 0, dismiss: 0 },
    { name: 'Dismiss with onDismiss', props: { onDismiss: () => {} }, apply: 0, dismiss: 1 },
    { name: 'custom apply label', props: { onApply: () => {}, applyLabel: 'Copy' }, apply: 0, dismiss: 0 },
  ])('renders buttons by the callbacks given: $name', ({ props, apply, dismiss }) => {
    render(<FindingCard finding={CRITICISM} {...props} />);
    expect(screen.queryAllByRole('button', { name: 'Apply' })).toHaveLength(apply);
    expect(screen.queryAllByRole('button', { name: 'Dismiss' })).toHaveLength(dismiss);
  });

  it('uses the custom apply label for every reframe', () => {
    render(<FindingCard finding={NON_APOLOGY} onApply={() => {}} applyLabel="Copy" />);
    expect(screen.getAllByRole('button', { name: 'Copy' })).toHaveLength(NON_APOLOGY.reframes.length);
  });

  it('calls onDismiss when Dismiss is chosen', async () => {
    const onDismiss = vi.fn();
    render(<FindingCard finding={CRITICISM} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('marks a whole-message reframe as such', () => {
    const whole: Finding = { ...CRITICISM, reframes: [{ label: 'Start over', text: 'Can we talk?', whole: true }] };
    render(<FindingCard finding={whole} onApply={() => {}} />);
    expect(screen.getByRole('article').querySelector('.ms-reframe-whole')).not.toBeNull();
  });

  it('never renders page text as markup', () => {
    const quote = '<img src=x onerror="alert(1)">';
    render(<FindingCard finding={CRITICISM} quote={quote} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('article').textContent).toContain(quote);
  });
});

describe('category metadata', () => {
  it.each(CATEGORY_IDS)('%s has a label, a step of repair and a description', (id) => {
    const info = CATEGORY_INFO[id];
    expect(info.label.length).toBeGreaterThan(0);
    expect(info.step.length).toBeGreaterThan(0);
    expect(info.description.length).toBeGreaterThan(0);
  });

  it.each([
    ['blame-shifting', 'Step 1'],
    ['shared-blame', 'Step 1'],
    ['non-apology', 'Step 3'],
    ['defensiveness', 'Step 2'],
    ['minimizing', 'Step 2'],
    ['stonewalling', 'Step 4'],
    ['rushing', 'Step 6'],
  ] as const)('%s points to %s', (id, step) => {
    expect(CATEGORY_INFO[id].step.startsWith(step)).toBe(true);
  });
});
