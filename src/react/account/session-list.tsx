import { useId, useRef, useState } from 'react';
import type { SignOutTarget } from '../../core/index.js';
import { Button } from '../primitives/button.js';
import { FormError } from '../primitives/form-error.js';
import { Heading } from '../primitives/heading.js';
import { usePartAttributes } from '../primitives/parts.js';
import { accountMessages } from '../i18n/en/account.js';
import { translateIssue } from '../i18n/message-for-issue.js';
import { issueOfError } from './issue-of-error.js';
import { useLocale, useMessages, type Translate } from '../i18n/use-messages.js';
import { SignOutConfirm, sessionText, type SessionName } from './sign-out-confirm.js';
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
  // The asked session as its button named it: the question names it the same way even if the list changes meanwhile.
  const [askedName, setAskedName] = useState<SessionName | null>(null);
  // The button that asked, else (it left with its session) "Sign out of all other sessions", else the heading.
  const asked = useRef<HTMLElement | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const returnFocus = () => {
    const find = (selector: string) => rootRef.current?.querySelector<HTMLElement>(selector) ?? null;
    const target = asked.current?.isConnected ? asked.current : (find('[data-part="sign-out-others"]') ?? find('[data-part="heading"]'));
    target?.focus();
  };
  const request = (target: SignOutTarget, button: HTMLElement, name: SessionName | null) => {
    asked.current = button;
    setAskedName(name);
    api.request(target);
  };

  const item = (session: AccountSession, index: number) => {
    const started = dateOf(session.createdAt);
    const expires = dateOf(session.expiresAt);
    // Without a start date, the place in the list (as a screen reader counts its items) tells sessions apart.
    const name: SessionName = started === '' ? { number: index + 1 } : { date: started };
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
            // Named by when it was signed in, else by its place in the list: never just "Sign out".
            // While pending the button reads "Signing out…": a name that differs from what it shows fails WCAG 2.5.3.
            aria-label={pending ? undefined : sessionText(t, 'account.sessions.signOutLabel', name)}
            onClick={(event) => request(target, event.currentTarget, name)}
          >
            {t('account.sessions.signOut')}
          </Button>
        )}
      </li>
    );
  };

  return (
    <section ref={rootRef} aria-labelledby={headingId} aria-busy={api.status === 'loading' || busy} {...partAttributes('sessions', api.status)}>
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
          <Button variant="secondary" part="retry" onClick={api.retry} pending={api.retrying} pendingLabel={t('account.sessions.loading')}>
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
      <SignOutConfirm api={api} askedName={askedName} returnFocus={returnFocus} />
      {api.hasOthers ? (
        <Button
          variant="secondary"
          part="sign-out-others"
          pending={busy && signOut.target.kind === 'others'}
          disabled={busy && signOut.target.kind !== 'others'}
          pendingLabel={t('account.sessions.signingOut')}
          onClick={(event) => request({ kind: 'others' }, event.currentTarget, null)}
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
