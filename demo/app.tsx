import { useState } from 'react';
import { AuthNFlow, type FlowCompleteResult } from 'authn-flow-kit';
import { client } from './client.js';
import { SignedIn } from './signed-in.js';

export function App() {
  // Tokens live in memory only: the demo asks for no storage.
  const [tokens, setTokens] = useState<FlowCompleteResult | null>(null);
  return (
    <main className="demo">
      <h1 className="demo-title">authn-flow-kit demo</h1>
      {tokens?.active_token ? (
        <SignedIn token={tokens.active_token.token} onSignOut={() => setTokens(null)} />
      ) : (
        <AuthNFlow client={client} cbUri={window.location.origin} onComplete={setTokens} />
      )}
    </main>
  );
}
