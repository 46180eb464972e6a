import type { ReactNode } from 'react';

/** The ids and ARIA wiring that tie a control to its label, hint and error. */
export function controlIds(id: string, hint?: ReactNode, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return {
    hintId,
    errorId,
    aria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined },
  };
}

export const controlClass = (error?: string, extra = '') =>
  `block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 ${error ? 'border-red-500' : 'border-slate-300'} ${extra}`;

/** Label above, hint and error below: the error is announced with the field it belongs to. */
export function ControlFrame({
  id,
  label,
  hint,
  error,
  hintId,
  errorId,
  labelHidden = false,
  children,
}: {
  id: string;
  label: string;
  /** The label is for screen readers only (the surrounding section already names the field). */
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: string;
  hintId?: string;
  errorId?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelHidden ? 'sr-only' : 'block text-sm font-medium text-slate-800'}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={hintId} className="text-sm text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
