import { useCallback, useEffect, useState } from 'react';

/**
 * Whole seconds left of a countdown that starts on mount; `skip` ends it early. Measured against
 * the clock rather than counted ticks, so a throttled background tab still ends on time.
 */
export function useCountdown(seconds: number): { remaining: number; done: boolean; skip(): void } {
  const total = Math.max(0, Math.ceil(seconds));
  const [remaining, setRemaining] = useState(total);
  const done = remaining <= 0;
  useEffect(() => {
    if (total === 0) return;
    const end = Date.now() + total * 1000;
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setRemaining((r) => Math.min(r, left));
      if (left === 0) clearInterval(timer);
    }, 200);
    return () => clearInterval(timer);
  }, [total]);
  const skip = useCallback(() => setRemaining(0), []);
  return { remaining, done, skip };
}
