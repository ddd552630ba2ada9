import { useId } from 'react';
import type { SignOutTarget } from '../../core/index.js';
import { Button } from '../primitives/button.js';
import { FormError } from '../primitives/form-error.js';
import { Heading } from '../primitives/heading.js';
import { usePartAttributes } from '../primitives/parts.js';
import { accountMessages } from '../i18n/en/account.js';
import { translateIssue } from '../i18n/message-for-issue.js';
import { issueOfError } from './issue-of-error.js';
import { useLocale, useMessages, type Translate } from '../i18n/use-messages.js';
import type { AccountSession, AccountSessionsApi } from './use-account-sessions.js';

export interface SessionListProps {
  api: AccountSessionsApi;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/** A time as the user's locale writes it, to the second (two sessions rarely start in the same one); `''` when unreadable. */
function useDateFormat(): (iso: string) => string {
  const { locale } = useLocale();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return (iso) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? '' : format.format(time);
  };
}

function confirmText(t: Translate, target: SignOutTarget, started: string): string {
  return target.kind === 'others' ? t('account.sessions.confirm.others') : t('account.sessions.confirm.one', { date: started });
}

/**
 * The user's sessions, this device's first and marked, each other one with its own "Sign out";
 * "Sign out of all other sessions" below. Nothing is ended before the user confirms, and the
 * result says what happened and that it cannot be undone.
 * @selector [data-scope="authn"][data-part="sessions"][data-state="loading" | "ready" | "failed"]
 * @selector [data-scope="authn"][data-part="session"][data-state="current" | "other"]
 * @selector [data-scope="authn"][data-part="sign-out-confirm"], [data-part="sign-out-result"][data-state="done" | "failed"]
 */
export function SessionList({ api, headingLevel }: SessionListProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(accountMessages);
  const dateOf = useDateFormat();
  const headingId = useId();
  const { signOut } = api;
  const busy = signOut.status === 'signing-out';
  const startedOf = (id: string) => dateOf(api.sessions.find((session) => session.id === id)?.createdAt ?? '');

  const item = (session: AccountSession) => {
    const started = dateOf(session.createdAt);
    const expires = dateOf(session.expiresAt);
    const target: SignOutTarget = { kind: 'session', sessionId: session.id };
    const pending = busy && signOut.target.kind === 'session' && signOut.target.sessionId === session.id;
    return (
      <li key={session.id} {...partAttributes('session', session.current ? 'current' : 'other')}>
        <p {...partAttributes('session-name')}>
          {session.current ? t('account.sessions.current') : t('account.sessions.other')}
          {session.email === '' ? null : <span {...partAttributes('session-email')}> · {session.email}</span>}
        </p>
        {started === '' ? null : <p {...partAttributes('hint')}>{t('account.sessions.started', { date: started })}</p>}
        {expires === '' ? null : <p {...partAttributes('hint')}>{t('account.sessions.expires', { date: expires })}</p>}
        {session.current ? null : (
          <Button
            variant="secondary"
            part="session-sign-out"
            pending={pending}
            disabled={busy && !pending}
            pendingLabel={t('account.sessions.signingOut')}
            aria-label={started === '' ? undefined : t('account.sessions.signOutLabel', { date: started })}
            onClick={() => api.request(target)}
          >
            {t('account.sessions.signOut')}
          </Button>
        )}
      </li>
    );
  };

  return (
    <section aria-labelledby={headingId} aria-busy={api.status === 'loading' || busy} {...partAttributes('sessions', api.status)}>
      <Heading level={headingLevel} id={headingId}>
        {t('account.sessions.heading')}
      </Heading>
      {api.status === 'loading' ? (
        <p role="status" {...partAttributes('loading-label')}>
          {t('account.sessions.loading')}
        </p>
      ) : null}
      {api.status === 'failed' ? (
        <div {...partAttributes('sessions-error')}>
          <FormError message={`${t('account.sessions.loadFailed')} ${errorText(t, api)}`} />
          <Button variant="secondary" part="retry" onClick={api.retry}>
            {t('account.sessions.retry')}
          </Button>
        </div>
      ) : null}
      {api.sessions.length > 0 ? <ul {...partAttributes('session-list')}>{api.sessions.map(item)}</ul> : null}
      {api.hasMore ? (
        <Button variant="link" part="more-sessions" pending={api.loadingMore} pendingLabel={t('account.sessions.morePending')} onClick={api.loadMore}>
          {t('account.sessions.more')}
        </Button>
      ) : null}
      {api.status === 'ready' && !api.hasOthers && !api.hasMore ? <p {...partAttributes('hint')}>{t('account.sessions.onlyThis')}</p> : null}
      {signOut.status === 'confirming' ? (
        <div role="alertdialog" aria-modal="false" aria-label={t('account.sessions.signOut')} {...partAttributes('sign-out-confirm')}>
          <p {...partAttributes('body')}>{confirmText(t, signOut.target, signOut.target.kind === 'session' ? startedOf(signOut.target.sessionId) : '')}</p>
          <div {...partAttributes('actions')}>
            <Button variant="primary" part="confirm" onClick={api.confirm} autoFocus>
              {t('account.sessions.confirm.yes')}
            </Button>
            <Button variant="secondary" part="cancel" onClick={api.cancel}>
              {t('account.sessions.confirm.no')}
            </Button>
          </div>
        </div>
      ) : null}
      <div role="status" {...partAttributes('sign-out-result', signOut.status === 'done' || signOut.status === 'failed' ? signOut.status : 'hidden')}>
        {signOut.status === 'done'
          ? signOut.target.kind === 'others' && signOut.count === 0
            ? t('account.sessions.noneToSignOut')
            : t('account.sessions.signedOut', { count: signOut.count })
          : signOut.status === 'failed'
            ? `${signOut.count > 0 ? `${t('account.sessions.signedOut', { count: signOut.count })} ` : ''}${t('account.sessions.signOutFailed')} ${translateIssue(t, signOut.issue)}`
            : null}
      </div>
      {signOut.status === 'done' || signOut.status === 'failed' ? (
        <Button variant="link" part="dismiss" onClick={api.dismiss}>
          {t('account.dismiss')}
        </Button>
      ) : null}
      {api.hasOthers ? (
        <Button
          variant="secondary"
          part="sign-out-others"
          pending={busy && signOut.target.kind === 'others'}
          disabled={busy && signOut.target.kind !== 'others'}
          pendingLabel={t('account.sessions.signingOut')}
          onClick={() => api.request({ kind: 'others' })}
        >
          {t('account.sessions.signOutOthers')}
        </Button>
      ) : null}
    </section>
  );
}

function errorText(t: Translate, api: AccountSessionsApi): string {
  return api.error === null ? '' : translateIssue(t, issueOfError(api.error));
}
