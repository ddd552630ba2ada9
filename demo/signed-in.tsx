import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { AccountSecurity, type AuthNSession } from 'authn-flow-kit';
import type { PasswordPolicyLike } from 'authn-flow-kit/core';
import { onEmulator } from './client.js';
import { fetchConfig } from './handouts.js';
import { CONFIG_QUERY } from './preset-switcher.js';

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

const LIMIT = v.nullish(v.number());
const PolicySchema = v.object({
  chars_min: LIMIT,
  chars_max: LIMIT,
  lower_min: LIMIT,
  upper_min: LIMIT,
  number_min: LIMIT,
  punct_min: LIMIT,
});

/**
 * The project's password policy, for the panel's checklist. The emulator's config in force says it
 * (the same read as the preset switcher's); a real project's is sent only inside a flow, so there the
 * panel keeps its default, Pangea's.
 */
function useProjectPasswordPolicy(): PasswordPolicyLike | undefined {
  const { data } = useQuery({ queryKey: CONFIG_QUERY, queryFn: fetchConfig, enabled: onEmulator });
  if (data === undefined || !('passwordPolicy' in data)) {
    return undefined;
  }
  const policy = v.safeParse(PolicySchema, data.passwordPolicy);
  return policy.success ? policy.output : undefined;
}

/** The signed-in page: the session card, then the account's security panel. */
export function SignedIn({ session }: SignedInProps) {
  const passwordPolicy = useProjectPasswordPolicy();
  return (
    <>
      <SessionCard session={session} />
      {/* Below the card, its width: change password, and where else this account is signed in. */}
      <AccountSecurity session={session} passwordPolicy={passwordPolicy} />
    </>
  );
}

/**
 * Who is signed in, from the session `useAuthNSession` keeps fresh, and a sign-out that revokes it.
 * A card of the flow's width, so signing in does not make the page jump.
 */
function SessionCard({ session }: SignedInProps) {
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
