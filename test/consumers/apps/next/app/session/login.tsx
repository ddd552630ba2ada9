'use client';
// The hooks need a client component of the app's own: the session hook, and a callback prop.
import { AuthNFlow, AuthNProvider, useAuthNSession } from 'authn-flow-kit';

interface LoginProps {
  baseUrl: string;
  clientToken: string;
}

function SessionView() {
  const session = useAuthNSession();
  if (session.user !== null) {
    return (
      <p role="status">
        Signed in as {session.user.email}.{' '}
        <button type="button" onClick={() => void session.logout()}>
          Sign out
        </button>
      </p>
    );
  }
  return <AuthNFlow onComplete={session.setTokens} />;
}

export function Login({ baseUrl, clientToken }: LoginProps) {
  return (
    <AuthNProvider baseUrl={baseUrl} clientToken={clientToken}>
      <SessionView />
    </AuthNProvider>
  );
}
