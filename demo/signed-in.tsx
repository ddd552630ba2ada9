import type { AuthNSession } from 'authn-flow-kit';

interface SignedInProps {
  session: AuthNSession;
}

const STATUS_TEXT: Record<Exclude<AuthNSession['status'], 'signed-out' | 'signed-in'>, string> = {
  checking: 'Checking your session…',
  refreshing: 'Refreshing your session…',
  error: "We couldn't reach the sign-in service; we'll keep trying.",
};

/** Who is signed in, from the session `useAuthNSession` keeps fresh, and a sign-out that revokes it. */
export function SignedIn({ session }: SignedInProps) {
  const { status, user } = session;
  return (
    <section className="demo-session" aria-labelledby="session-heading">
      <h2 id="session-heading">Session</h2>
      {user ? (
        <p data-testid="signed-in-as">
          Signed in as <strong>{user.email || user.identity}</strong>
        </p>
      ) : null}
      {status !== 'signed-in' && status !== 'signed-out' ? (
        <p role={status === 'error' ? 'alert' : 'status'}>{STATUS_TEXT[status]}</p>
      ) : null}
      {user ? (
        <p className="demo-expiry">Session token expires {new Date(user.expire).toLocaleString()}.</p>
      ) : null}
      <button type="button" className="demo-button" onClick={() => void session.logout()}>
        Sign out
      </button>
    </section>
  );
}
