import { useId } from 'react';
import type { AuthNSession } from 'authn-flow-kit';

interface SignedInProps {
  session: AuthNSession;
}

const STATUS_TEXT: Record<Exclude<AuthNSession['status'], 'signed-out' | 'signed-in'>, string> = {
  checking: 'Checking your session…',
  refreshing: 'Refreshing your session…',
  error: "We couldn't reach the sign-in service; we'll keep trying.",
};

/** The user's initial, for the avatar: the first letter of the email (or identity), upper case. */
function initialOf(name: string): string {
  return (Array.from(name)[0] ?? '?').toLocaleUpperCase();
}

/**
 * Who is signed in, from the session `useAuthNSession` keeps fresh, and a sign-out that revokes it.
 * A card of the flow's width, so signing in does not make the page jump.
 */
export function SignedIn({ session }: SignedInProps) {
  const headingId = useId();
  const { status, user } = session;
  const name = user ? user.email || user.identity : '';
  return (
    <section className="demo-card demo-session" aria-labelledby={headingId}>
      <div className="demo-session-who">
        <span className="demo-avatar" aria-hidden="true">
          {initialOf(name)}
        </span>
        <div className="demo-session-names">
          <h2 id={headingId}>Session</h2>
          {user ? (
            <p data-testid="signed-in-as">
              Signed in as <strong>{name}</strong>
            </p>
          ) : null}
        </div>
      </div>
      {status !== 'signed-in' && status !== 'signed-out' ? (
        <p className={`demo-status demo-status-${status}`} role={status === 'error' ? 'alert' : 'status'}>
          {STATUS_TEXT[status]}
        </p>
      ) : null}
      {user ? (
        <dl className="demo-facts">
          <div>
            <dt>User</dt>
            <dd className="demo-mono">{user.identity}</dd>
          </div>
          <div>
            <dt>Token expires</dt>
            <dd>{new Date(user.expire).toLocaleString()}</dd>
          </div>
        </dl>
      ) : null}
      <p className="demo-hint">The tokens live in memory only: a reload signs you out.</p>
      <button type="button" className="demo-button demo-button-secondary demo-wide" onClick={() => void session.logout()}>
        Sign out
      </button>
    </section>
  );
}
