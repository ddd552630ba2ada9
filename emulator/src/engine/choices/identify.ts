import type { EngineContext } from '../context.js';
import { fail, failValidation } from '../failures.js';
import type { FlowRecord, UserRecord } from '../records.js';
import { newUser } from '../users.js';

/**
 * The step after the user is named (`set_email`, `set_username`, `flow/start` with one, or a
 * provider or passkey that names them): sign-in for a known user, sign-up otherwise.
 *
 * When the flow's kinds rule the answer out, it is a ValidationError on the identifier field (our
 * choice; the spec does not say), so a UI can show it next to the field:
 * - sign-in only and the user is unknown → `DoesNotExist`;
 * - sign-up only and the user is known → `BadState`.
 * A disabled account is 403 `DisabledUser`.
 */
export function identify(
  ctx: EngineContext,
  flow: FlowRecord,
  username: string,
  source: string,
  draft: Partial<UserRecord> = {},
): void {
  const user = ctx.store.getUserByUsername(username);
  if (user) {
    signInAs(ctx, flow, user, source);
    return;
  }
  const noun = nounOf(ctx);
  if (!flow.kinds.includes('signup')) {
    failValidation([{ code: 'DoesNotExist', source, detail: `No account exists for this ${noun}` }]);
  }
  const format = ctx.config.usernameFormat;
  flow.draft = newUser(ctx, {
    username,
    email: format === 'email' ? username : null,
    phone: format === 'phone' ? username : null,
    // An invitation arrived by mail: its email is proven.
    emailVerified: flow.invitation !== null,
    ...draft,
  });
  flow.kind = 'signup';
  flow.userId = flow.draft.id;
}

/** Continues the flow as a sign-in of `user`. */
export function signInAs(ctx: EngineContext, flow: FlowRecord, user: UserRecord, source: string): void {
  if (user.disabled) {
    fail({ status: 'DisabledUser' });
  }
  if (!flow.kinds.includes('signin')) {
    failValidation([{ code: 'BadState', source, detail: `An account with this ${nounOf(ctx)} already exists` }]);
  }
  flow.kind = 'signin';
  flow.userId = user.id;
  flow.draft = null;
}

function nounOf(ctx: EngineContext): string {
  switch (ctx.config.usernameFormat) {
    case 'email':
      return 'email';
    case 'string':
      return 'username';
    case 'phone':
      return 'phone number';
    default:
      return ctx.config.usernameFormat satisfies never;
  }
}
