import type { FieldErrors, FieldValues, UseFormRegister } from 'react-hook-form';
import { CheckChips } from '@/components/ui/check-chips';
import type { FieldSpec } from './field-spec';

const inputClass = (error?: string) =>
  `block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm ${error ? 'border-red-500' : 'border-slate-300'}`;

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

  let control;
  if (spec.kind === 'textarea') {
    control = (
      <textarea rows={spec.rows ?? 3} placeholder={spec.placeholder} className={inputClass(error)} {...common} {...register(spec.name)} />
    );
  } else if (spec.kind === 'select') {
    control = (
      <select
        className={inputClass(error)}
        {...common}
        {...register(spec.name, { setValueAs: emptyTo(spec.nullable !== undefined ? null : undefined) })}
      >
        {spec.nullable !== undefined ? (
          <option value="">{spec.nullable}</option>
        ) : (
          <option value="" disabled>
            Choose…
          </option>
        )}
        {spec.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'number') {
    control = (
      <input
        type="number"
        step="any"
        inputMode="decimal"
        className={inputClass(error)}
        {...common}
        {...register(spec.name, { setValueAs: (v) => (v === '' || v === null ? (spec.nullable ? null : undefined) : Number(v)) })}
      />
    );
  } else {
    control = (
      <>
        <input
          type={spec.kind}
          placeholder={spec.placeholder}
          list={spec.kind === 'text' && spec.list ? `${id}-list` : undefined}
          className={inputClass(error)}
          {...common}
          {...register(spec.name, { setValueAs: spec.nullable ? emptyTo(null) : undefined })}
        />
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

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {spec.label}
      </label>
      {spec.hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {spec.hint}
        </p>
      )}
      {control}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
