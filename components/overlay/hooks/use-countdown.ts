import { useCallback, useEffect, useState } from 'react';

/** Whole seconds left of a countdown that starts on mount; `skip` ends it early. */
export function useCountdown(seconds: number): { remaining: number; done: boolean; skip(): void } {
  const [remaining, setRemaining] = useState(() => Math.max(0, Math.ceil(seconds)));
  const done = remaining <= 0;
  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => setRemaining((r) => Math.max(0, r - 1)), 1000);
    return () => clearTimeout(timer);
  }, [remaining, done]);
  const skip = useCallback(() => setRemaining(0), []);
  return { remaining, done, skip };
}
