import type { FormEvent, RefObject } from 'react';

/** For a step's `<form>`: spread it on one, or on the kit's steps' forms. */
export interface StepFormProps {
  /** Where a failed submit looks for the first error to focus. */
  ref: RefObject<HTMLFormElement | null>;
  noValidate: true;
  'aria-busy': boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/** For a step's root when it is not a form (the focus target of its errors). */
export interface StepRootProps {
  ref: RefObject<HTMLDivElement | null>;
  'aria-busy': boolean;
}

/**
 * A button's state, as the kit's `Button` takes it: `pending` shows the call it started running,
 * `disabled` another call. A plain `<button>` reads them (`aria-disabled={pending || disabled}`).
 */
export interface StepButtonProps {
  pending?: boolean;
  disabled?: boolean;
  onClick?: () => void;
}

/** A text field of a step: its value, its error (the step's own check, else the server's), its change. */
export interface StepFieldProps {
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}
