import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from '../base64.js';
import type { EngineContext, RequestInfo } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { assertFresh } from '../flow-store.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { offerOf, passStep } from '../flow-view.js';
import { isLocalOrigin } from '../local-origin.js';
import type { OfferOf } from '../offers.js';
import type { FlowRecord, PasskeyCeremony, UserRecord } from '../records.js';
import { looseObjectOf, parseOrFail, plainObjectSchema } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { signInAs } from './identify.js';
import type { ChoiceCall } from './types.js';

/**
 * `passkey`: real WebAuthn with @simplewebauthn/server (loaded on first use: it is large).
 * `flow/restart passkey {}` makes the options and shows them as `registration.publicKey` (enrolment)
 * or `authentication.publicKey` (sign-in; with `discovery`, any of the site's passkeys). `flow/update
 * passkey {registration}` / `{authentication}` verifies the browser's answer against that challenge,
 * the relying party id and the origin; a failed check is `AuthenticationFailure`.
 */

const base64url = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]*={0,2}$/));
const credentialFields = {
  id: base64url,
  rawId: base64url,
  type: v.literal('public-key'),
  clientExtensionResults: v.optional(plainObjectSchema),
  authenticatorAttachment: v.optional(v.picklist(['platform', 'cross-platform'])),
};
// Loose inside: browsers add fields (publicKey, publicKeyAlgorithm, …) the verifier does not need.
const RegistrationJson = looseObjectOf({
  ...credentialFields,
  response: looseObjectOf({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: v.optional(v.array(v.string())),
  }),
});
const AuthenticationJson = looseObjectOf({
  ...credentialFields,
  response: looseObjectOf({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: v.optional(v.nullable(v.string())),
  }),
});
const PasskeyData = v.strictObject({
  registration: v.optional(RegistrationJson),
  authentication: v.optional(AuthenticationJson),
});

export async function restartPasskey({ ctx, flow, view, data, request }: ChoiceCall): Promise<void> {
  parseOrFail(v.strictObject({}), data, '/data');
  const offer = offerOf(view, 'passkey');
  const { rpId, origin } = relyingParty(ctx, flow, request);
  const challenge = new Uint8Array(ctx.random(32));
  const webauthn = await import('@simplewebauthn/server');
  let ceremony: PasskeyCeremony;
  if (offer.enrollment) {
    const user = requireFlowUser(ctx, flow);
    const options = await webauthn.generateRegistrationOptions({
      rpName: ctx.config.passkey.rpName,
      rpID: rpId,
      userName: user.email ?? user.username,
      userID: new TextEncoder().encode(user.id),
      challenge,
      attestationType: 'none',
      excludeCredentials: user.passkeys.map((passkey) => ({ id: passkey.id, transports: passkey.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    // Pangea sends the user handle as the plain user id; the browser side base64url-encodes it for
    // WebAuthn and decodes the assertion's `userHandle` back (research §5 "passkey").
    ceremony = {
      mode: 'registration',
      challenge: options.challenge,
      rpId,
      origin,
      options: { ...options, user: { ...options.user, id: user.id } },
    };
  } else {
    const user = offer.discovery ? undefined : requireFlowUser(ctx, flow);
    const options = await webauthn.generateAuthenticationOptions({
      rpID: rpId,
      challenge,
      userVerification: 'preferred',
      allowCredentials: (user?.passkeys ?? []).map((passkey) => ({ id: passkey.id, transports: passkey.transports })),
    });
    ceremony = { mode: 'authentication', challenge: options.challenge, rpId, origin, options: { ...options } };
  }
  assertFresh(ctx, flow);
  flow.passkey = ceremony;
}

export async function updatePasskey({ ctx, flow, view, data }: ChoiceCall): Promise<void> {
  const input = parseOrFail(PasskeyData, data, '/data');
  if ((input.registration === undefined) === (input.authentication === undefined)) {
    const both = input.registration !== undefined;
    failValidation([
      {
        code: both ? 'MutuallyExclusive' : 'MustProvideOne',
        source: '/data',
        detail: `data needs ${both ? 'only one' : 'one'} of registration and authentication`,
      },
    ]);
  }
  const offer = offerOf(view, 'passkey');
  const ceremony = flow.passkey;
  const expected = offer.enrollment ? 'registration' : 'authentication';
  if (!ceremony || ceremony.mode !== expected) {
    return failValidation([
      { code: 'BadState', source: '/choice', detail: 'Start the passkey ceremony with flow/restart first' },
    ]);
  }
  if (!input[expected]) {
    return failValidation([{ code: 'FieldRequired', source: `/data/${expected}`, detail: `data.${expected} is required` }]);
  }
  if (input.registration) {
    await register(ctx, flow, ceremony, input.registration);
  } else if (input.authentication) {
    await authenticate(ctx, flow, ceremony, input.authentication, offer.discovery);
  }
  flow.passkey = null;
  passStep(flow, view, 'passkey');
}

async function register(
  ctx: EngineContext,
  flow: FlowRecord,
  ceremony: PasskeyCeremony,
  response: v.InferOutput<typeof RegistrationJson>,
): Promise<void> {
  const { verifyRegistrationResponse } = await import('@simplewebauthn/server');
  const verified = await verifyRegistrationResponse({
    response: {
      ...response,
      clientExtensionResults: response.clientExtensionResults ?? {},
    },
    expectedChallenge: ceremony.challenge,
    expectedOrigin: ceremony.origin,
    expectedRPID: ceremony.rpId,
    requireUserVerification: false,
  }).catch(() => undefined);
  if (!verified?.verified) {
    return fail({ status: 'AuthenticationFailure' });
  }
  assertFresh(ctx, flow);
  const { credential } = verified.registrationInfo;
  if (ctx.store.getUserByPasskey(credential.id)) {
    failValidation([{ code: 'BadState', source: '/data/registration', detail: 'This passkey is already registered' }]);
  }
  const user = requireFlowUser(ctx, flow);
  saveFlowUser(ctx, flow, {
    ...user,
    passkeys: [
      ...user.passkeys,
      {
        id: credential.id,
        publicKey: toBase64Url(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
        createdAt: ctx.now(),
      },
    ],
  });
}

async function authenticate(
  ctx: EngineContext,
  flow: FlowRecord,
  ceremony: PasskeyCeremony,
  response: v.InferOutput<typeof AuthenticationJson>,
  discovery: boolean,
): Promise<void> {
  const owner = discovery ? ctx.store.getUserByPasskey(response.id) : requireFlowUser(ctx, flow);
  const passkey = owner?.passkeys.find((candidate) => candidate.id === response.id);
  // The user handle comes back decoded, as the plain user id the registration options carried.
  const userHandle = response.response.userHandle ?? '';
  if (!owner || !passkey || (userHandle !== '' && userHandle !== owner.id)) {
    return fail({ status: 'AuthenticationFailure' });
  }
  const { verifyAuthenticationResponse } = await import('@simplewebauthn/server');
  const verified = await verifyAuthenticationResponse({
    response: {
      ...response,
      clientExtensionResults: response.clientExtensionResults ?? {},
      response: { ...response.response, userHandle: response.response.userHandle ?? undefined },
    },
    expectedChallenge: ceremony.challenge,
    expectedOrigin: ceremony.origin,
    expectedRPID: ceremony.rpId,
    credential: { id: passkey.id, publicKey: fromBase64Url(passkey.publicKey), counter: passkey.counter },
    requireUserVerification: false,
  }).catch(() => undefined);
  if (!verified?.verified) {
    return fail({ status: 'AuthenticationFailure' });
  }
  assertFresh(ctx, flow);
  if (discovery) {
    signInAs(ctx, flow, owner, '/data/authentication');
  }
  const current = ctx.store.getUser(owner.id) ?? owner;
  saveFlowUser(ctx, flow, withCounter(current, passkey.id, verified.authenticationInfo.newCounter));
}

function withCounter(user: UserRecord, id: string, counter: number): UserRecord {
  return { ...user, passkeys: user.passkeys.map((p) => (p.id === id ? { ...p, counter } : p)) };
}

/**
 * The relying party: the config's, else the page's own origin when it is local (the Origin header
 * of this request or of the flow's start), else `localhost`.
 */
function relyingParty(ctx: EngineContext, flow: FlowRecord, request: RequestInfo): { rpId: string; origin: string } {
  const configured = ctx.config.passkey;
  const origin =
    configured.origin ?? (isLocalOrigin(request.origin) ? request.origin : null) ?? flow.origin ?? 'http://localhost';
  return { origin, rpId: configured.rpId ?? new URL(origin).hostname };
}

export function renderPasskey(_ctx: EngineContext, flow: FlowRecord, offer: OfferOf<'passkey'>): WireChoice {
  const ceremony = flow.passkey;
  const data: Extract<WireChoice, { choice: 'passkey' }>['data'] = {
    enrollment: offer.enrollment,
    started: ceremony !== null,
  };
  if (offer.discovery) {
    data.discovery = true;
  }
  if (ceremony) {
    data[ceremony.mode] = { publicKey: ceremony.options };
  }
  return { choice: 'passkey', data };
}
