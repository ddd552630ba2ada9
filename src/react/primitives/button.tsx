import type { MouseEvent, ReactNode } from 'react';
import { joinClassNames, useAppearance } from '../theme/appearance.js';
import type { ButtonProps } from '../theme/components.js';
import { partAttributes, partClassName } from './parts.js';
import { usePrimitiveOverride } from './primitive-override.js';

// Steps and stories import the props with the component.
export type { ButtonProps };

/**
 * A button that never loses focus when it becomes unavailable: `disabled` would drop focus to the
 * page and hide the button from screen-reader tab order mid-submit, so we use `aria-disabled`.
 * The app's `components.Button` replaces it everywhere; `classNames.button` goes on every button.
 * @selector [data-scope="authn"][data-part="button"][data-state="idle" | "pending" | "disabled"]
 */
export function Button(props: ButtonProps): ReactNode {
  return usePrimitiveOverride('Button', props) ?? <KitButton {...props} />;
}

function KitButton({
  variant = 'primary',
  part = 'button',
  pending = false,
  pendingLabel,
  disabled = false,
  type = 'button',
  onClick,
  children,
  className,
  ...rest
}: ButtonProps) {
  const { classNames } = useAppearance();
  const inactive = pending || disabled;
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (inactive) {
      // Also stops a submit button from submitting its form a second time.
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      {...partAttributes(part, pending ? 'pending' : disabled ? 'disabled' : 'idle')}
      className={joinClassNames(classNames?.button, part === 'button' ? undefined : partClassName(classNames, part), className)}
      data-variant={variant}
      type={type}
      aria-disabled={inactive || undefined}
      onClick={handleClick}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}
