import { useId } from 'react';

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  /** The choices, in order, with their labels. */
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
  /** A line under the select, which also describes it. */
  hint?: string;
}

/** A labelled native select of the demo's bar: its keyboard use and its list are the browser's own. */
export function SelectField<T extends string>({ label, value, options, onChange, disabled = false, hint }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="demo-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="demo-select"
        value={value}
        disabled={disabled}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        onChange={(event) => {
          const picked = options.find((option) => option.value === event.target.value);
          if (picked !== undefined) {
            onChange(picked.value);
          }
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint === undefined ? null : (
        <span id={`${id}-hint`} className="demo-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
