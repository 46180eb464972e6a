import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { ControlFrame, controlClass, controlIds } from './control';

type TextareaProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  labelHidden?: boolean;
} & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line field, wired like Input. */
export function Textarea({ id, label, hint, error, labelHidden, className = '', rows = 3, ...textarea }: TextareaProps) {
  const { hintId, errorId, aria } = controlIds(id, hint, error);
  return (
    <ControlFrame id={id} label={label} hint={hint} error={error} hintId={hintId} errorId={errorId} labelHidden={labelHidden}>
      <textarea id={id} rows={rows} {...aria} className={controlClass(error, className)} {...textarea} />
    </ControlFrame>
  );
}
