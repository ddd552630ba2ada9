import { useMessages } from '../../i18n/use-messages.js';
import { visuallyHidden } from './visually-hidden.js';

/**
 * The identifier typed on an earlier step, as the `username` field password managers look for to
 * save or fill the password under the right account. Not focusable and hidden from screen readers,
 * which already hear the identifier in the step's summary.
 */
export function UsernameAnchor({ value }: { value: string }) {
  const t = useMessages();
  if (value === '') {
    return null;
  }
  return (
    <input
      type="text"
      name="username"
      autoComplete="username"
      value={value}
      readOnly
      tabIndex={-1}
      aria-hidden="true"
      aria-label={t('email.label')}
      style={visuallyHidden}
    />
  );
}
