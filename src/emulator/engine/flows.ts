import { identify } from './choices/identify.js';
import { updatePassword } from './choices/password.js';
import { restartResetPassword, updateResetPassword } from './choices/reset-password.js';
import { updateSetPassword } from './choices/set-password.js';
import type { FlowChoiceName } from './choice-names.js';
import type { EngineContext } from './context.js';
import { failValidation } from './failures.js';
import { loadFlow } from './flow-store.js';
import { newId } from './ids.js';
import type { FlowKind, FlowRecord, FlowStep } from './records.js';
import { offeredChoices, renderFlow } from './render-flow.js';
import {
  ChoiceBodySchema,
  CompleteFlowBodySchema,
  EmailSchema,
  RestartDataSchemas,
  StartFlowBodySchema,
  TokenCheckBodySchema,
  UpdateDataSchemas,
} from './request-schemas.js';
import { checkToken, issueSession } from './tokens.js';
import { parseOrFail } from './validation.js';
import type { Answer, WireFlowCompleteResult, WireFlowResult, WireTokenInfo } from './wire-types.js';

/** `flow/start`. */
export async function startFlow(ctx: EngineContext, body: unknown): Promise<Answer<WireFlowResult>> {
  const input = parseOrFail(StartFlowBodySchema, body);
  const kinds = allowedKinds(ctx, input.flow_types);
  const now = ctx.now();
  const flow: FlowRecord = {
    id: newId('pfl', ctx.random),
    createdAt: now,
    expiresAt: now + ctx.config.flowLifetimeSeconds * 1000,
    cbUri: input.cb_uri ?? null,
    kinds,
    step: { name: 'identify' },
  };
  // With username_format "email", a `username` is an email under another name.
  if (input.email !== undefined) {
    flow.step = identify(ctx, kinds, input.email, '/email');
  } else if (input.username !== undefined) {
    flow.step = identify(ctx, kinds, requireEmailUsername(input.username), '/username');
  }
  ctx.store.putFlow(flow);
  return { summary: 'Flow started', result: renderFlow(flow, ctx.config) };
}

/** `flow/update`. */
export async function updateFlow(ctx: EngineContext, body: unknown): Promise<Answer<WireFlowResult>> {
  const input = parseOrFail(ChoiceBodySchema, body);
  const flow = loadFlow(ctx, input.flow_id);
  if (input.choice !== '') {
    requireOffered(ctx, flow.step, input.choice, 'updated');
  }
  const step = await applyUpdate(ctx, flow, input.choice, input.data);
  return saveAndRender(ctx, flow, step, 'Flow updated');
}

/** `flow/restart`. */
export async function restartFlow(ctx: EngineContext, body: unknown): Promise<Answer<WireFlowResult>> {
  const input = parseOrFail(ChoiceBodySchema, body);
  const flow = loadFlow(ctx, input.flow_id);
  requireOffered(ctx, flow.step, input.choice, 'restarted');
  const step = applyRestart(ctx, flow, input.choice, input.data);
  return saveAndRender(ctx, flow, step, 'Flow restarted');
}

/** `flow/complete`: tokens for a `phase_completed` flow, which is then consumed. */
export async function completeFlow(ctx: EngineContext, body: unknown): Promise<Answer<WireFlowCompleteResult>> {
  const input = parseOrFail(CompleteFlowBodySchema, body);
  const flow = loadFlow(ctx, input.flow_id);
  const { step } = flow;
  if (step.name !== 'completed') {
    failValidation([{ code: 'BadState', source: '/flow_id', detail: 'The flow is not completed yet' }]);
  }
  const user = ctx.store.getUserByEmail(step.email);
  if (!user) {
    failValidation([{ code: 'DoesNotExist', source: '/flow_id', detail: 'The account no longer exists' }]);
  }
  ctx.store.deleteFlow(flow.id);
  return { summary: 'Flow completed', result: issueSession(ctx, user) };
}

/** `client/token/check`. */
export async function checkTokenRequest(ctx: EngineContext, body: unknown): Promise<Answer<WireTokenInfo>> {
  const input = parseOrFail(TokenCheckBodySchema, body);
  return { summary: 'Token is valid', result: checkToken(ctx, input.token) };
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

function requireEmailUsername(username: string): string {
  return parseOrFail(EmailSchema, username, '/username');
}

function requireOffered(ctx: EngineContext, step: FlowStep, choice: FlowChoiceName, verb: string): void {
  if (!offeredChoices(step, ctx.config).some((offered) => offered.choice === choice)) {
    notOffered(choice, verb);
  }
}

async function applyUpdate(
  ctx: EngineContext,
  flow: FlowRecord,
  choice: FlowChoiceName,
  data: Record<string, unknown>,
): Promise<FlowStep> {
  const { step } = flow;
  switch (choice) {
    case '':
      parseOrFail(UpdateDataSchemas[''], data, '/data');
      return step;
    case 'set_email':
      if (step.name !== 'identify') {
        return notOffered(choice);
      }
      return identify(ctx, flow.kinds, parseOrFail(UpdateDataSchemas.set_email, data, '/data').email, '/data/email');
    case 'password':
      if (step.name !== 'signup_password' && step.name !== 'signin_password') {
        return notOffered(choice);
      }
      return updatePassword(ctx, flow, step, parseOrFail(UpdateDataSchemas.password, data, '/data').password);
    case 'set_password':
      if (step.name !== 'set_password') {
        return notOffered(choice);
      }
      return updateSetPassword(ctx, flow, step, parseOrFail(UpdateDataSchemas.set_password, data, '/data').password);
    case 'reset_password':
      if (step.name !== 'signin_password') {
        return notOffered(choice);
      }
      return updateResetPassword(step, parseOrFail(UpdateDataSchemas.reset_password, data, '/data'));
    // Not implemented in this slice: never offered, so requireOffered has already refused them.
    case 'agreements':
    case 'captcha':
    case 'email_otp':
    case 'magiclink':
    case 'passkey':
    case 'profile':
    case 'provisional_enrollment':
    case 'set_username':
    case 'set_phone':
    case 'sms_otp':
    case 'social':
    case 'totp':
    case 'verify_email':
    case 'saml':
    case 'oauth_consent':
      return notOffered(choice);
    default:
      return choice satisfies never;
  }
}

function applyRestart(
  ctx: EngineContext,
  flow: FlowRecord,
  choice: FlowChoiceName,
  data: Record<string, unknown>,
): FlowStep {
  const { step } = flow;
  switch (choice) {
    case 'reset_password':
      if (step.name !== 'signin_password') {
        return notOffered(choice);
      }
      parseOrFail(RestartDataSchemas.reset_password, data, '/data');
      return restartResetPassword(ctx, flow, step);
    // Offered choices without a restart (set_email, password, set_password), the poll `""`, and
    // choices this slice does not implement.
    case '':
    case 'set_email':
    case 'password':
    case 'set_password':
    case 'agreements':
    case 'captcha':
    case 'email_otp':
    case 'magiclink':
    case 'passkey':
    case 'profile':
    case 'provisional_enrollment':
    case 'set_username':
    case 'set_phone':
    case 'sms_otp':
    case 'social':
    case 'totp':
    case 'verify_email':
    case 'saml':
    case 'oauth_consent':
      return notOffered(choice, 'restarted');
    default:
      return choice satisfies never;
  }
}

function notOffered(choice: FlowChoiceName, verb = 'updated'): never {
  return failValidation([
    {
      code: 'BadState',
      source: '/choice',
      detail: `The choice "${choice}" cannot be ${verb} in the current phase of this flow`,
    },
  ]);
}

function saveAndRender(ctx: EngineContext, flow: FlowRecord, step: FlowStep, summary: string): Answer<WireFlowResult> {
  const next: FlowRecord = { ...flow, step };
  ctx.store.putFlow(next);
  return { summary, result: renderFlow(next, ctx.config) };
}
