import { parseDigits } from 'libphonenumber-js/core';
import type { ClipboardEvent, Ref } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { codeMessages } from '../../i18n/en/code.js';
import { TextField } from '../../primitives/text-field.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';
import { CODE_LENGTH, pastedCodeOf } from './code-digits.js';

export interface CodeInputProps {
  value: string;
  /** Every edit, digits only. */
  onChange: (digits: string) => void;
  /** The code became complete by typing, pasting or autofill: submit it. */
  onComplete: (code: string) => void;
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * One input for the whole code, never split boxes: `one-time-code` lets iOS and Android offer the
 * code from the SMS or mail, and split boxes break that and screen-reader reading. A pasted code
 * loses its spaces and dashes; the code is submitted when its last digit arrives.
 */
export function CodeInput({ value, onChange, onComplete, error, inputRef }: CodeInputProps) {
  const t = useMessages(codeMessages);

  const accept = (digits: string) => {
    const code = digits.slice(0, CODE_LENGTH);
    onChange(code);
    // Only on the edit that completes it: re-rendering a complete code must not submit it again.
    if (code.length === CODE_LENGTH && code !== value) {
      onComplete(code);
    }
  };

  // Every paste is ours: `maxLength` would cut "123 456" to "123 45", and "Your code is 123456" to
  // "Your c", before `onChange` saw it.
  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    event.preventDefault();
    const pasted = pastedCodeOf(event.clipboardData.getData('text'));
    if (pasted.length >= CODE_LENGTH) {
      accept(pasted);
      return;
    }
    // The rest of a code goes where the caret is, beside the digits already typed.
    const { selectionStart, selectionEnd } = event.currentTarget;
    accept(value.slice(0, selectionStart ?? value.length) + pasted + value.slice(selectionEnd ?? value.length));
  };

  return (
    <TextField
      label={t('code.label')}
      description={t('code.description')}
      name="code"
      type="text"
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={CODE_LENGTH}
      autoComplete="one-time-code"
      {...VERBATIM_INPUT}
      required
      value={value}
      error={error}
      inputRef={inputRef}
      // Digits in ASCII: an Arabic-Indic, Persian or fullwidth keyboard types its own, which `\D`
      // would drop and the service's `^[0-9]{6}$` would refuse.
      onChange={(event) => accept(parseDigits(event.target.value))}
      onPaste={handlePaste}
    />
  );
}
