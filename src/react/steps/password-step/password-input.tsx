import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { passwordMessages } from '../../i18n/en/password.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';
import { visuallyHidden } from '../shared/visually-hidden.js';
import { PasswordVisibilityIcon } from './password-visibility-icon.js';

export interface PasswordInputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** `current-password` to sign in, `new-password` to sign up: password managers fill or suggest. */
  autoComplete: 'current-password' | 'new-password';
  error: string | null;
  describedBy?: string | undefined;
  /** Bumped on each submit to hide the password again. */
  submitCount: number;
  /** The input's `name`; a confirmation field needs its own. @default 'password' */
  name?: string;
  /**
   * The toggle's name while the password is hidden and while it shows; two fields in one form need
   * two pairs. @default t('password.show') and t('password.hide')
   */
  toggleLabels?: { show: string; hide: string };
}

/**
 * A password field with a show/hide toggle inside it, at its end. The toggle's name says what it
 * does ("Show password", then "Hide password"), and a polite status says the new state, since
 * not every screen reader speaks a focused button's new name. A pointer press leaves focus, and
 * the caret, in the field; the type switch puts the caret back where it was.
 *
 * The input is uncontrolled: React mirrors a controlled input's value into its `value` attribute,
 * where a stylesheet can read it a character at a time (`input[value^="a"] { background: url(…) }`).
 * The password lives in the DOM property only; `value` from the parent is written there when it
 * differs (cleared after a refusal, kept across an expired flow).
 * @selector [data-scope="authn"][data-part="password-toggle"], and `password-toggle-status`
 */
export function PasswordInput({
  label,
  value,
  onChange,
  autoComplete,
  error,
  describedBy,
  submitCount,
  name = 'password',
  toggleLabels,
}: PasswordInputProps) {
  const t = useMessages(passwordMessages);
  const partAttributes = usePartAttributes();
  const inputId = useId();
  const [visible, setVisible] = useState(false);
  // Nothing to say until the user has used the toggle.
  const [toggled, setToggled] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<{ start: number; end: number } | null>(null);
  useLayoutEffect(() => {
    if (input.current !== null && input.current.value !== value) {
      input.current.value = value;
    }
  }, [value]);
  // A type switch may move the caret to the end: put it back while the user is typing there.
  useLayoutEffect(() => {
    const node = input.current;
    const saved = caret.current;
    caret.current = null;
    if (node !== null && saved !== null && node.ownerDocument.activeElement === node) {
      node.setSelectionRange(saved.start, saved.end);
    }
  }, [visible]);
  // Hide again on submit: a field left as type="text" may be kept in the browser's form history.
  const [hiddenAt, setHiddenAt] = useState(submitCount);
  if (hiddenAt !== submitCount) {
    setHiddenAt(submitCount);
    setVisible(false);
  }
  const toggle = () => {
    const node = input.current;
    caret.current =
      node === null || node.selectionStart === null || node.selectionEnd === null
        ? null
        : { start: node.selectionStart, end: node.selectionEnd };
    setVisible((shown) => !shown);
    setToggled(true);
  };
  const labels = toggleLabels ?? { show: t('password.show'), hide: t('password.hide') };
  return (
    <TextField
      id={inputId}
      label={label}
      name={name}
      type={visible ? 'text' : 'password'}
      autoComplete={autoComplete}
      {...VERBATIM_INPUT}
      required
      defaultValue=""
      error={error}
      describedBy={describedBy}
      inputRef={input}
      onChange={(event) => onChange(event.target.value)}
      trailing={
        <>
          <Button
            variant="link"
            part="password-toggle"
            aria-label={visible ? labels.hide : labels.show}
            aria-controls={inputId}
            // A press does not take focus from the field: the caret stays, and a phone keeps its keyboard.
            onMouseDown={(event) => event.preventDefault()}
            onClick={toggle}
          >
            <PasswordVisibilityIcon visible={visible} />
          </Button>
          <span role="status" {...visuallyHidden} {...partAttributes('password-toggle-status')}>
            {toggled ? t(visible ? 'password.shown' : 'password.hidden') : null}
          </span>
        </>
      }
    />
  );
}
