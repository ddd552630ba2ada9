import { useState, type ReactNode, type Ref } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { TextField } from '../../primitives/text-field.js';

export interface PasswordInputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** `current-password` to sign in, `new-password` to sign up: password managers fill or suggest. */
  autoComplete: 'current-password' | 'new-password';
  error: string | null;
  describedBy?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** Bumped on each submit to hide the password again. */
  submitCount: number;
  /** The input's `name`; a confirmation field needs its own. @default 'password' */
  name?: string;
  /** The show/hide toggle's fixed label; two fields in one form need two names. @default t('password.show') */
  toggleLabel?: string;
}

/**
 * A password field with a show/hide toggle. The toggle is a real button with `aria-pressed` and a
 * fixed label, so its name never contradicts its state.
 */
export function PasswordInput({
  label,
  value,
  onChange,
  autoComplete,
  error,
  describedBy,
  inputRef,
  submitCount,
  name = 'password',
  toggleLabel,
}: PasswordInputProps) {
  const t = useMessages();
  const [visible, setVisible] = useState(false);
  // Hide again on submit: a field left as type="text" may be kept in the browser's form history.
  const [hiddenAt, setHiddenAt] = useState(submitCount);
  if (hiddenAt !== submitCount) {
    setHiddenAt(submitCount);
    setVisible(false);
  }
  return (
    <TextField
      label={label}
      name={name}
      type={visible ? 'text' : 'password'}
      autoComplete={autoComplete}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      required
      value={value}
      error={error}
      describedBy={describedBy}
      inputRef={inputRef}
      onChange={(event) => onChange(event.target.value)}
      trailing={
        <Button
          variant="secondary"
          part="password-toggle"
          aria-pressed={visible}
          onClick={() => setVisible((shown) => !shown)}
        >
          {toggleLabel ?? t('password.show')}
        </Button>
      }
    />
  );
}
