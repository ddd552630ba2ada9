// What a team writes from the README: the provider, the session hook and the flow, styled by the
// kit's stylesheet, against the emulator whose address the build was given.
import { AuthNFlow, AuthNProvider, useAuthNSession } from 'authn-flow-kit';
import { createAuthNClient } from 'authn-flow-kit/core';
import 'authn-flow-kit/styles.css';

const client = createAuthNClient({
  baseUrl: import.meta.env.VITE_AUTHN_BASE_URL,
  clientToken: import.meta.env.VITE_AUTHN_CLIENT_TOKEN,
});

function Login() {
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

export function App() {
  return (
    <main style={{ textAlign: 'center' }}>
      <AuthNProvider client={client}>
        <Login />
      </AuthNProvider>
    </main>
  );
}
