import type { FlowIdentifier } from '../../../core/index.js';
import { useMessages } from '../../i18n/use-messages.js';
import { visuallyHidden } from './visually-hidden.js';

/**
 * The identifier typed on an earlier step, as the `username` field password managers look for to
 * save or fill the password under the right account. Not focusable and hidden from screen readers,
 * which already hear the identifier in the step's summary. Named for what it holds, so it never
 * shares a name with a field of the step (an email asked for beside a username).
 */
export function UsernameAnchor({ identifier }: { identifier: FlowIdentifier | undefined }) {
  const t = useMessages();
  if (identifier === undefined || identifier.value === '') {
    return null;
  }
  const { kind, value } = identifier;
  return (
    <input
      type="text"
      name="username"
      autoComplete="username"
      value={value}
      readOnly
      tabIndex={-1}
      aria-hidden="true"
      aria-label={t(kind === 'email' ? 'email.label' : 'username.label')}
      {...visuallyHidden}
    />
  );
}
