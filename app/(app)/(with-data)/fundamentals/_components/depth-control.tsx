import { depthLabels } from '@/lib/guide';

/** Depth 0 to 4 as a row of native radios: arrow keys move between levels. */
export function DepthControl({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: number;
  onChange: (depth: number) => void;
}) {
  return (
    <fieldset>
      <legend className="sr-only">{label} depth</legend>
      <div className="grid grid-cols-5 gap-1">
        {depthLabels.map((text, depth) => (
          <label
            key={depth}
            className="cursor-pointer rounded-md border border-slate-300 bg-white px-1 py-1.5 text-center text-xs has-checked:border-brand-600 has-checked:bg-brand-600 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-brand-600 sm:text-sm"
          >
            <input type="radio" name={name} value={depth} checked={value === depth} onChange={() => onChange(depth)} className="sr-only" />
            <span className="block font-semibold">{depth}</span>
            <span className="block">{text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
