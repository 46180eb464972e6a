'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** A start/stop stopwatch in whole seconds that survives re-renders. */
export function useTimer() {
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const startedAt = useRef<number | null>(null);
  const base = useRef(0);

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setElapsed(base.current + Math.floor((Date.now() - startedAt.current!) / 1000)), 250);
    return () => clearInterval(id);
  }, [running]);

  const toggle = useCallback(() => {
    if (running) {
      base.current += Math.floor((Date.now() - startedAt.current!) / 1000);
      setElapsed(base.current);
      setRunning(false);
    } else {
      startedAt.current = Date.now();
      setRunning(true);
    }
  }, [running]);

  const reset = useCallback(() => {
    base.current = 0;
    startedAt.current = null;
    setElapsed(0);
    setRunning(false);
  }, []);

  return { running, elapsed, toggle, reset };
}
