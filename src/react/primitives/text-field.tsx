import { useId, type ReactNode } from 'react';
import type { TextFieldProps } from '../theme/components.js';
import { joinIds, usePartAttributes } from './parts.js';
import { usePrimitiveOverride } from './primitive-override.js';

// Steps and stories import the props with the component.
export type { TextFieldProps };

/**
 * A labelled input with its description and error wired for assistive technology.
 * @selector [data-scope="authn"][data-part="field"][data-state="valid" | "invalid"]
 * Inner parts: `label`, `control`, `input`, `description`, `field-error`. The app's
 * `components.TextField` replaces it everywhere.
 */
export function TextField(props: TextFieldProps): ReactNode {
  return usePrimitiveOverride('TextField', props) ?? <KitTextField {...props} />;
}

function KitTextField({
  label,
  description,
  error,
  describedBy,
  trailing,
  inputRef,
  id,
  className,
  ...inputProps
}: TextFieldProps) {
  const partAttributes = usePartAttributes();
  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const invalid = typeof error === 'string' && error.length > 0;
  const state = invalid ? 'invalid' : 'valid';
  return (
    <div {...partAttributes('field', state, className)}>
      <label htmlFor={inputId} {...partAttributes('label')}>
        {label}
      </label>
      <div {...partAttributes('control')}>
        <input
          {...inputProps}
          {...partAttributes('input', state)}
          ref={inputRef}
          id={inputId}
          aria-invalid={invalid || undefined}
          aria-describedby={joinIds(invalid && errorId, description !== undefined && descriptionId, describedBy)}
        />
        {trailing}
      </div>
      {description !== undefined ? (
        <p id={descriptionId} {...partAttributes('description')}>
          {description}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} {...partAttributes('field-error')}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
