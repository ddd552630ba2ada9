import { identify, signInAs } from '../choices/identify.js';
import { requireUsername } from '../choices/set-username.js';
import type { EngineContext, RequestInfo } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { housekeep } from '../housekeeping.js';
import { newId } from '../ids.js';
import { isLocalOrigin } from '../local-origin.js';
import type { FlowKind, FlowRecord } from '../records.js';
import { requireRegisteredRedirect } from '../redirect-uris.js';
import { EmailSchema, StartFlowBodySchema, type StartFlowBody } from '../request-schemas.js';
import { openSamlIdpTicket } from '../saml-idp.js';
import { normalizeEmail } from '../users.js';
import { parseOrFail } from '../validation.js';
import type { Answer, WireFlowResult } from '../wire-types.js';
import { commitFlow } from './commit.js';

/**
 * `flow/start`. With an identifier (`email`, `username`) or an `invitation` the flow names its
 * user at once; otherwise it asks for one. A `saml_idp_initiated_ticket` makes its provider's
 * `saml` choice IdP-initiated (saml-idp.ts). `cb_uri` must be a registered redirect URI.
 */
export async function startFlow(ctx: EngineContext, body: unknown, request: RequestInfo): Promise<Answer<WireFlowResult>> {
  const input = parseOrFail(StartFlowBodySchema, body);
  if (input.cb_uri !== undefined) {
    requireRegisteredRedirect(ctx.config, input.cb_uri, '/cb_uri');
  }
  if (input.invitation !== undefined && input.saml_idp_initiated_ticket !== undefined) {
    failValidation([
      { code: 'MutuallyExclusive', source: '', detail: 'Send an invitation or a saml_idp_initiated_ticket, not both' },
    ]);
  }
  housekeep(ctx);
  const now = ctx.now();
  const invitationEmail = input.invitation === undefined ? undefined : openInvitation(ctx, input.invitation);
  const samlIdp =
    input.saml_idp_initiated_ticket === undefined ? null : openSamlIdpTicket(ctx, input.saml_idp_initiated_ticket);
  const flow: FlowRecord = {
    id: newId('pfl', ctx.random),
    version: 0,
    createdAt: now,
    expiresAt: now + ctx.config.flowLifetimeSeconds * 1000,
    cbUri: input.cb_uri ?? null,
    clientId: input.client_id ?? null,
    origin: isLocalOrigin(request.origin) ? request.origin : null,
    apiBase: request.baseUrl,
    kinds: invitationEmail === undefined ? allowedKinds(ctx, input.flow_types) : invitationKinds(input.flow_types),
    kind: null,
    invitation: invitationEmail === undefined ? null : (input.invitation ?? null),
    userId: null,
    draft: null,
    pendingEmail: null,
    pendingPhone: null,
    proof: null,
    provisionalVerified: false,
    captchaPassed: false,
    profileDone: false,
    secondaryDone: false,
    consent: null,
    mustSetPassword: false,
    stage: '',
    sends: {},
    totpEnrollment: null,
    passkey: null,
    providerStates: {},
    samlIdp,
    consumed: [],
  };
  if (invitationEmail !== undefined) {
    startInvited(ctx, flow, invitationEmail, input);
  } else {
    identifyFromStart(ctx, flow, input);
  }
  return commitFlow(ctx, flow, 'Flow started');
}

/**
 * The invitation's email, or a failure at `/invitation`: unknown → `DoesNotExist`, used →
 * `CodeAlreadyUsed`, past its lifetime → `BadState`.
 */
function openInvitation(ctx: EngineContext, id: string): string {
  const ticket = ctx.store.getTicket(id);
  if (!ticket || ticket.kind !== 'invitation') {
    return failValidation([{ code: 'DoesNotExist', source: '/invitation', detail: 'No such invitation' }]);
  }
  if (ticket.used) {
    return fail({ status: 'CodeAlreadyUsed' });
  }
  if (ctx.now() >= ticket.expiresAt) {
    return failValidation([{ code: 'BadState', source: '/invitation', detail: 'The invitation has expired' }]);
  }
  return ticket.email;
}

/** An invitation is a sign-up, allowed even when the project's sign-up is off. */
function invitationKinds(requested: FlowKind[] | undefined): FlowKind[] {
  if (requested !== undefined && !requested.includes('signup')) {
    failValidation([{ code: 'BadState', source: '/flow_types', detail: 'An invitation starts a sign-up' }]);
  }
  return ['signup'];
}

function startInvited(ctx: EngineContext, flow: FlowRecord, email: string, input: StartFlowBody): void {
  if (input.email !== undefined && normalizeEmail(input.email) !== email) {
    failValidation([{ code: 'BadState', source: '/email', detail: 'The email is not the invitation\'s' }]);
  }
  if (ctx.config.usernameFormat === 'phone') {
    failValidation([{ code: 'BadState', source: '/invitation', detail: 'This project names users by phone number' }]);
  }
  identify(ctx, flow, email, '/invitation', { email, emailVerified: true });
}

function identifyFromStart(ctx: EngineContext, flow: FlowRecord, input: StartFlowBody): void {
  if (ctx.config.usernameFormat === 'email') {
    // With username_format "email", a `username` is an email under another name.
    if (input.email !== undefined) {
      identify(ctx, flow, normalizeEmail(input.email), '/email');
    } else if (input.username !== undefined) {
      identify(ctx, flow, normalizeEmail(parseOrFail(EmailSchema, input.username, '/username')), '/username');
    }
    return;
  }
  const email = input.email === undefined ? undefined : normalizeEmail(input.email);
  if (input.username !== undefined) {
    const username = requireUsername(ctx, input.username, '/username');
    identify(ctx, flow, username, '/username', email === undefined ? {} : { email });
  } else if (email !== undefined) {
    // A project with usernames can still find an account by its email.
    const known = ctx.store.getUserByEmail(email);
    if (known) {
      signInAs(ctx, flow, known, '/email');
    } else if (flow.kinds.includes('signup')) {
      failValidation([{ code: 'FieldRequired', source: '/username', detail: 'username is required to sign up' }]);
    } else {
      failValidation([{ code: 'DoesNotExist', source: '/email', detail: 'No account exists for this email' }]);
    }
  }
}

function allowedKinds(ctx: EngineContext, requested: FlowKind[] | undefined): FlowKind[] {
  const wanted: FlowKind[] = ['signup', 'signin'].filter(
    (kind): kind is FlowKind => requested === undefined || requested.some((r) => r === kind),
  );
  const kinds = wanted.filter((kind) => kind !== 'signup' || ctx.config.allowSignup);
  if (kinds.length === 0) {
    failValidation([
      { code: 'ProviderDisabled', source: '/flow_types', detail: 'Sign-up is disabled for this project' },
    ]);
  }
  return kinds;
}
