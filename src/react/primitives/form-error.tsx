import type { HTMLAttributes } from 'react';
import { usePartAttributes } from './parts.js';

export interface FormErrorProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role'> {
  /** The message; nothing is shown when empty. @default undefined */
  message?: string | null | undefined;
}

/**
 * An error about the whole form. The `role="alert"` region is always in the DOM, because screen
 * readers announce text added to an existing live region far more reliably than a new region.
 * @selector [data-scope="authn"][data-part="form-error"][data-state="visible" | "hidden"]
 */
export function FormError({ message, className, ...rest }: FormErrorProps) {
  const partAttributes = usePartAttributes();
  const visible = typeof message === 'string' && message.length > 0;
  return (
    <div tabIndex={-1} {...rest} {...partAttributes('form-error', visible ? 'visible' : 'hidden', className)} role="alert">
      {visible ? message : null}
    </div>
  );
}
