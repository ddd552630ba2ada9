import { useCallback, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { passwordMessages } from '../../i18n/en/password.js';
import { Button } from '../../primitives/button.js';
import { TextField } from '../../primitives/text-field.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';

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

function assignRef<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === 'function') {
    ref(node);
  } else if (ref !== undefined && ref !== null) {
    ref.current = node;
  }
}

/**
 * A password field with a show/hide toggle. The toggle is a real button with `aria-pressed` and a
 * fixed label, so its name never contradicts its state.
 *
 * The input is uncontrolled: React mirrors a controlled input's value into its `value` attribute,
 * where a stylesheet can read it a character at a time (`input[value^="a"] { background: url(…) }`).
 * The password lives in the DOM property only; `value` from the parent is written there when it
 * differs (cleared after a refusal, kept across an expired flow).
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
  const t = useMessages(passwordMessages);
  const [visible, setVisible] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const setInput = useCallback(
    (node: HTMLInputElement | null) => {
      input.current = node;
      assignRef(inputRef, node);
    },
    [inputRef],
  );
  useLayoutEffect(() => {
    if (input.current !== null && input.current.value !== value) {
      input.current.value = value;
    }
  }, [value]);
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
      {...VERBATIM_INPUT}
      required
      defaultValue=""
      error={error}
      describedBy={describedBy}
      inputRef={setInput}
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
