/**
 * Hidden from sight but present for password managers and assistive technology: an attribute that
 * styles.css hides (`[data-visually-hidden]`), not an inline `style`, because a strict CSP
 * (`style-src 'self'`) blocks `style` attributes in server-rendered markup. Apps that render the
 * kit's steps without styles.css copy that one rule (docs/theming.md).
 */
export const visuallyHidden = { 'data-visually-hidden': true } as const;
