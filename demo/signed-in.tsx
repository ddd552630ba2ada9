import { useEffect, useState } from 'react';
import type { TokenInfo } from 'authn-flow-kit/core';
import { client } from './client.js';

interface SignedInProps {
  token: string;
  onSignOut: () => void;
}

/** Shows who is signed in, as `client/token/check` tells it, and signs out. */
export function SignedIn({ token, onSignOut }: SignedInProps) {
  const [info, setInfo] = useState<TokenInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    client.token
      .check(token, { signal: controller.signal })
      .then(setInfo)
      .catch((reason: unknown) => {
        if (!controller.signal.aborted) {
          setError(reason instanceof Error ? reason.message : 'The token could not be checked.');
        }
      });
    return () => controller.abort();
  }, [token]);
  return (
    <section className="demo-session" aria-labelledby="session-heading">
      <h2 id="session-heading">Session</h2>
      {info ? (
        <p data-testid="signed-in-as">
          Signed in as <strong>{info.email}</strong>
        </p>
      ) : error ? (
        <p role="alert">{error}</p>
      ) : (
        <p role="status">Checking your session…</p>
      )}
      <button type="button" className="demo-button" onClick={onSignOut}>
        Sign out
      </button>
    </section>
  );
}
