import { useEffect, useRef } from 'react';
import type { SignOutState, SignOutTarget } from '../../core/index.js';
import { Button } from '../primitives/button.js';
import { usePartAttributes } from '../primitives/parts.js';
import { accountMessages } from '../i18n/en/account.js';
import { translateIssue } from '../i18n/message-for-issue.js';
import { useMessages, type Translate } from '../i18n/use-messages.js';
import type { AccountSessionsApi } from './use-account-sessions.js';

/** How the list names one session: when it was signed in, else (the service sent no date) its place in the list, from 1. */
export type SessionName = { date: string } | { number: number };

export interface SignOutConfirmProps {
  api: AccountSessionsApi;
  /** The session a confirmation asks about, named as its "Sign out" named it. */
  askedName: SessionName | null;
  /** Where focus goes back to when the confirmation is cancelled or its result dismissed. */
  returnFocus: () => void;
}

/** A message about one session, with the name the list gives it: its date, else its number. */
export function sessionText(
  t: Translate,
  key: 'account.sessions.signOutLabel' | 'account.sessions.confirm.one',
  name: SessionName,
): string {
  return 'date' in name ? t(key, name) : t(`${key}Numbered`, name);
}

function questionText(t: Translate, target: SignOutTarget, name: SessionName | null): string {
  return target.kind === 'others'
    ? t('account.sessions.confirm.others')
    : sessionText(t, 'account.sessions.confirm.one', name ?? { number: 0 });
}

function resultText(t: Translate, signOut: SignOutState): string | null {
  switch (signOut.status) {
    case 'done':
      return signOut.target.kind === 'others' && signOut.count === 0
        ? t('account.sessions.noneToSignOut')
        : t('account.sessions.signedOut', { count: signOut.count });
    case 'failed': {
      const ended = signOut.count > 0 ? `${t('account.sessions.signedOut', { count: signOut.count })} ` : '';
      return `${ended}${t('account.sessions.signOutFailed')} ${translateIssue(t, signOut.issue)}`;
    }
    default:
      return null;
  }
}

/**
 * The sign-out's confirmation and its result. The confirmation stays while the sign-out runs, its
 * button pending, so focus is not lost to the page; the result's "Done" takes focus when it shows,
 * and cancelling or dismissing sends focus back to where the user asked.
 * @selector [data-scope="authn"][data-part="sign-out-confirm"][data-state="confirming" | "signing-out"]
 * @selector [data-scope="authn"][data-part="sign-out-result"][data-state="done" | "failed" | "hidden"]
 */
export function SignOutConfirm({ api, askedName, returnFocus }: SignOutConfirmProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(accountMessages);
  const { signOut } = api;
  const settled = signOut.status === 'done' || signOut.status === 'failed';
  // Back to where the user asked once a confirmation or a result closes without another one opening.
  const wasOpen = useRef(false);
  const open = signOut.status !== 'idle';
  useEffect(() => {
    if (wasOpen.current && !open) {
      returnFocus();
    }
    wasOpen.current = open;
  }, [open, returnFocus]);

  const result = resultText(t, signOut);
  return (
    <>
      {signOut.status === 'confirming' || signOut.status === 'signing-out' ? (
        <div role="group" aria-label={t('account.sessions.signOut')} {...partAttributes('sign-out-confirm', signOut.status)}>
          <p {...partAttributes('body')}>{questionText(t, signOut.target, askedName)}</p>
          <div {...partAttributes('actions')}>
            <Button
              part="confirm"
              onClick={api.confirm}
              pending={signOut.status === 'signing-out'}
              pendingLabel={t('account.sessions.signingOut')}
              autoFocus
            >
              {t('account.sessions.confirm.yes')}
            </Button>
            <Button variant="secondary" part="cancel" onClick={api.cancel} disabled={signOut.status === 'signing-out'}>
              {t('account.sessions.confirm.no')}
            </Button>
          </div>
        </div>
      ) : null}
      <div role="status" {...partAttributes('sign-out-result', settled ? signOut.status : 'hidden')}>
        {result}
      </div>
      {settled ? (
        <Button variant="link" part="dismiss" onClick={api.dismiss} autoFocus>
          {t('account.dismiss')}
        </Button>
      ) : null}
    </>
  );
}
