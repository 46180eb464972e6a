'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** A native <details> menu that also closes on Escape and on a click outside it. */
export function DismissableDetails({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (restoreFocus: boolean) => {
      const el = ref.current;
      if (!el?.open) return;
      el.open = false;
      if (restoreFocus) el.querySelector('summary')?.focus();
    };
    const onClick = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) close(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(true);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <details ref={ref} className={className}>
      {children}
    </details>
  );
}
