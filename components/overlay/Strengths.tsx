import type { Strength } from '../../lib/checker/types.ts';
import { strengthLines } from './strength-lines.ts';

export function Strengths({ strengths }: { strengths: readonly Strength[] }) {
  const lines = strengthLines(strengths);
  if (lines.length === 0) return null;
  return (
    <ul className="ms-strengths" aria-label="What already helps">
      {lines.map((line) => (
        <li className="ms-strength" key={line.id} data-strength={line.id}>
          <span className="ms-strength-mark" aria-hidden="true">
            ✓
          </span>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
