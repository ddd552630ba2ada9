import { useState } from 'react';
import { AuthNFlow, AuthNProvider, useAuthNSession } from 'authn-flow-kit';
import { client } from './client.js';
import { SignedIn } from './signed-in.js';

export function App() {
  return (
    <main className="demo">
      <h1 className="demo-title">authn-flow-kit demo</h1>
      <AuthNProvider client={client}>
        <Session />
      </AuthNProvider>
    </main>
  );
}

function Session() {
  // No storage adapter: the tokens live in memory only, so a reload signs you out. An app that
  // wants sessions to survive reloads passes `storage` (and accepts that script on the page can read it).
  const session = useAuthNSession();
  // An invitee's link carries `?invitation=pmi_…` (on the emulator, `POST /__emulator/invitations`
  // mails one to the outbox): the flow starts as that person's sign-up. Read once, as the prop is.
  const [invitation] = useState(() => new URLSearchParams(window.location.search).get('invitation') ?? undefined);
  if (session.status === 'signed-out') {
    // Returns come back to this page's origin (the default `cbUri`); an identity provider's own
    // sign-in lands here with `?saml_idp_initiated_ticket=`, which the kit reads by itself.
    return (
      <>
        {session.logoutError !== null ? (
          <p className="demo-notice" role="alert">
            You're signed out on this device, but the sign-in service could not be reached to end the session
            there. It ends on its own when it expires.
          </p>
        ) : null}
        <AuthNFlow invitation={invitation} onComplete={session.setTokens} />
      </>
    );
  }
  return <SignedIn session={session} />;
}
