'use client';

import { useEffect, useRef } from 'react';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Page-wide keys for rehearsing; ignored while typing. Space also stops a focused button from
 * being "clicked" by the same key, so one press is one action.
 */
export function useShortcuts(handlers: Record<string, () => void>) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const ignore = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      return e.ctrlKey || e.metaKey || e.altKey || (el && (TYPING.has(el.tagName) || el.isContentEditable));
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (ignore(e)) return;
      const key = e.key === ' ' ? 'space' : e.key.toLowerCase();
      const handler = ref.current[key];
      if (!handler) return;
      e.preventDefault();
      if (!e.repeat) handler();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && !ignore(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
