import { useId, type ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { profileMessages } from '../../i18n/en/profile.js';
import { joinIds, usePartAttributes } from '../../primitives/parts.js';
import { PhoneField } from '../../primitives/phone-field.js';
import { TextField } from '../../primitives/text-field.js';
import {
  autocompleteOf,
  inputNameOf,
  isRequired,
  kindOf,
  labelOf,
  type ProfileFieldDefinition,
  type ProfileValue,
} from './profile-fields.js';

export interface ProfileFieldProps {
  field: ProfileFieldDefinition;
  value: ProfileValue | undefined;
  onChange: (value: ProfileValue) => void;
  /** The error to show, already translated. */
  error: string | null;
}

/** A checkbox for a `boolean` field, sent as "true" or "false". */
function CheckboxField({ field, value, onChange, error, label }: ProfileFieldProps & { label: ReactNode }) {
  const partAttributes = usePartAttributes();
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = error !== null;
  return (
    <div {...partAttributes('checkbox-field', invalid ? 'invalid' : 'valid')}>
      <input
        id={id}
        type="checkbox"
        name={inputNameOf(field)}
        checked={value?.text === 'true'}
        onChange={(event) => onChange({ text: event.target.checked ? 'true' : 'false' })}
        aria-invalid={invalid || undefined}
        aria-describedby={joinIds(invalid && errorId)}
        {...partAttributes('checkbox')}
      />
      <label htmlFor={id} {...partAttributes('label')}>
        {label}
      </label>
      {invalid ? (
        <p id={errorId} {...partAttributes('field-error')}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * One profile field, with the widget its type calls for: text, email, phone (country list and
 * E.164), date, a whole number (numeric keypad) or a checkbox.
 */
export function ProfileField(props: ProfileFieldProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(profileMessages);
  const { field, value, onChange, error } = props;
  const required = isRequired(field);
  // The server's text, rendered as text, with a visible mark when the field is required.
  const label = (
    <>
      {labelOf(field)}
      {required ? (
        // Hidden from the accessible name: `aria-required` says it to assistive technology.
        <span aria-hidden="true" {...partAttributes('required-mark')}>
          {' '}
          {t('profile.requiredMark')}
        </span>
      ) : null}
    </>
  );
  const common = { label, name: inputNameOf(field), autoComplete: autocompleteOf(field), required, error, value: value?.text ?? '' };
  const textField = {
    ...common,
    'aria-required': required || undefined,
    onChange: (event: { target: { value: string } }) => onChange({ text: event.target.value }),
  };
  const kind = kindOf(field);
  switch (kind) {
    case 'boolean':
      return <CheckboxField {...props} label={label} />;
    case 'phone':
      return <PhoneField {...common} onChange={(e164, status) => onChange({ text: e164, phoneStatus: status })} />;
    case 'email':
      return <TextField {...textField} type="email" spellCheck={false} />;
    case 'date':
      return <TextField {...textField} type="date" />;
    case 'integer':
      return <TextField {...textField} type="text" inputMode="numeric" />;
    case 'string':
      return <TextField {...textField} type="text" />;
    default:
      return kind satisfies never;
  }
}
