import type { UseFormRegisterReturn } from 'react-hook-form';

type Option = { id: string; label: string; hint?: string };

/** A group of checkboxes drawn as chips; keyboard use is the native checkbox's. */
export function CheckChips({
  legend,
  options,
  registration,
  error,
  describedBy,
}: {
  legend: string;
  options: readonly Option[];
  registration: UseFormRegisterReturn;
  error?: string;
  describedBy?: string;
}) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="mb-2 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.id}
            title={o.hint}
            className="cursor-pointer rounded-full border border-slate-300 bg-white px-3 py-1 text-sm has-checked:border-brand-600 has-checked:bg-brand-100 has-checked:text-brand-900 has-focus-visible:outline-2 has-focus-visible:outline-brand-600"
          >
            <input type="checkbox" value={o.id} className="sr-only" {...registration} />
            {o.label}
          </label>
        ))}
      </div>
      {error && <p className="mt-1 text-sm text-red-700">{error}</p>}
    </fieldset>
  );
}
