import { useEffect, useState } from 'react';
import type { Size } from '../geometry.ts';

function read(): Size {
  return { width: window.innerWidth, height: window.innerHeight };
}

/** The layout viewport's size, kept current on resize. */
export function useViewport(): Size {
  const [size, setSize] = useState(read);
  useEffect(() => {
    const update = () =>
      setSize((prev) => {
        const next = read();
        return prev.width === next.width && prev.height === next.height ? prev : next;
      });
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return size;
}
