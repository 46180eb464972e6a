import type { InputHTMLAttributes, ReactNode } from 'react';
import { ControlFrame, controlClass, controlIds } from './control';

type InputProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  labelHidden?: boolean;
} & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input whose error sits right under it and is announced with the field. */
export function Input({ id, label, hint, error, labelHidden, className = '', ...input }: InputProps) {
  const { hintId, errorId, aria } = controlIds(id, hint, error);
  return (
    <ControlFrame id={id} label={label} hint={hint} error={error} hintId={hintId} errorId={errorId} labelHidden={labelHidden}>
      <input id={id} {...aria} className={controlClass(error, className)} {...input} />
    </ControlFrame>
  );
}
