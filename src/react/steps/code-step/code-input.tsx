import type { ClipboardEvent, Ref } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { codeMessages } from '../../i18n/en/code.js';
import { TextField } from '../../primitives/text-field.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';

/** The length of every code of the spec (`^[0-9]{6}$`). */
export const CODE_LENGTH = 6;

/** Separators people paste with a code ("123 456", "123-456"). */
const SEPARATORS = /[\s\-\u2010-\u2015]/g;

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

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text').replace(SEPARATORS, '');
    // `maxLength` would cut "123 456" to "123 45" before we saw it; take the paste over.
    if (/^\d+$/.test(pasted)) {
      event.preventDefault();
      accept(pasted);
    }
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
      onChange={(event) => accept(event.target.value.replace(/\D/g, ''))}
      onPaste={handlePaste}
    />
  );
}
