import type { EngineContext } from './context.js';
import { failValidation } from './failures.js';
import type { FlowRecord, UserRecord } from './records.js';

/** The user a flow is about: the sign-up's draft until it is stored, then the stored user. */
export function flowUser(ctx: EngineContext, flow: FlowRecord): UserRecord | undefined {
  if (flow.draft) {
    return flow.draft;
  }
  return flow.userId === null ? undefined : ctx.store.getUser(flow.userId);
}

export function requireFlowUser(ctx: EngineContext, flow: FlowRecord): UserRecord {
  const user = flowUser(ctx, flow);
  if (!user) {
    failValidation([{ code: 'DoesNotExist', source: '/flow_id', detail: 'The account no longer exists' }]);
  }
  return user;
}

/** Writes the user back where it lives: into the draft, or the store. */
export function saveFlowUser(ctx: EngineContext, flow: FlowRecord, user: UserRecord): void {
  if (flow.draft) {
    flow.draft = user;
  } else {
    ctx.store.putUser(user);
  }
}

/** The email a code can go to: the account's, else one given earlier in this flow. */
export function contactEmail(flow: FlowRecord, user: UserRecord | undefined): string | null {
  return user?.email ?? flow.pendingEmail;
}

export function contactPhone(flow: FlowRecord, user: UserRecord | undefined): string | null {
  return user?.phone ?? flow.pendingPhone;
}
