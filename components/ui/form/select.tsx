import type { ReactNode, SelectHTMLAttributes } from 'react';
import { ControlFrame, controlClass, controlIds } from './control';

type SelectProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  options: readonly { id: string; label: string }[];
  /** The label of an empty choice ("Not linked"); without it the empty choice is a disabled prompt. */
  emptyLabel?: string;
} & SelectHTMLAttributes<HTMLSelectElement>;

/** A labelled select, wired like Input. */
export function Select({ id, label, hint, error, options, emptyLabel, className = '', ...select }: SelectProps) {
  const { hintId, errorId, aria } = controlIds(id, hint, error);
  return (
    <ControlFrame id={id} label={label} hint={hint} error={error} hintId={hintId} errorId={errorId}>
      <select id={id} {...aria} className={controlClass(error, className)} {...select}>
        {emptyLabel !== undefined ? (
          <option value="">{emptyLabel}</option>
        ) : (
          <option value="" disabled>
            Choose…
          </option>
        )}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </ControlFrame>
  );
}
