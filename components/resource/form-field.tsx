import type { FieldErrors, FieldValues, UseFormRegister } from 'react-hook-form';
import { CheckChips } from '@/components/ui/check-chips';
import { Input } from '@/components/ui/form/input';
import { Select } from '@/components/ui/form/select';
import { Textarea } from '@/components/ui/form/textarea';
import type { FieldSpec } from './field-spec';

const emptyTo = (empty: unknown) => (v: unknown) => (v === '' ? empty : v);

/** Renders one FieldSpec with its label, hint and the error beside it. */
export function FormField({
  spec,
  idPrefix,
  register,
  errors,
}: {
  spec: FieldSpec;
  idPrefix: string;
  register: UseFormRegister<FieldValues>;
  errors: FieldErrors<FieldValues>;
}) {
  const id = `${idPrefix}-${spec.name}`;
  const error = errors[spec.name]?.message as string | undefined;
  const describedBy = [spec.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };

  if (spec.kind === 'chips') {
    return <CheckChips legend={spec.label} options={spec.options} registration={register(spec.name)} error={error} />;
  }
  if (spec.kind === 'checkbox') {
    return (
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1 size-4" {...common} {...register(spec.name)} />
        <span>
          <span className="font-medium">{spec.label}</span>
          {spec.hint && <span className="block text-sm text-slate-600">{spec.hint}</span>}
        </span>
      </label>
    );
  }

  if (spec.kind === 'textarea') {
    return (
      <Textarea
        id={id}
        label={spec.label}
        hint={spec.hint}
        error={error}
        rows={spec.rows ?? 3}
        placeholder={spec.placeholder}
        {...register(spec.name)}
      />
    );
  }
  if (spec.kind === 'select') {
    return (
      <Select
        id={id}
        label={spec.label}
        hint={spec.hint}
        error={error}
        options={spec.options}
        emptyLabel={spec.nullable}
        {...register(spec.name, { setValueAs: emptyTo(spec.nullable !== undefined ? null : undefined) })}
      />
    );
  }
  // Number, text and date fields share one Input; only their attributes and parsing differ.
  const inputProps =
    spec.kind === 'number'
      ? {
          type: 'number',
          step: 'any',
          inputMode: 'decimal' as const,
          ...register(spec.name, { setValueAs: (v) => (v === '' || v === null ? (spec.nullable ? null : undefined) : Number(v)) }),
        }
      : {
          type: spec.kind,
          placeholder: spec.placeholder,
          list: spec.kind === 'text' && spec.list ? `${id}-list` : undefined,
          ...register(spec.name, { setValueAs: spec.nullable ? emptyTo(null) : undefined }),
        };
  return (
    <>
      <Input id={id} label={spec.label} hint={spec.hint} error={error} {...inputProps} />
      {spec.kind === 'text' && spec.list && (
        <datalist id={`${id}-list`}>
          {spec.list.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      )}
    </>
  );
}
