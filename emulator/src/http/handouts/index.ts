import type { RequestInfo } from '../../engine/context.js';
import { ApiError, type ApiFailure } from '../../engine/failures.js';
import { newId } from '../../engine/ids.js';
import { exceedsBodyLimit } from '../body-limit.js';
import type { EmulatorControls } from '../controls.js';
import { failureResponse, type RequestStamp } from '../envelope.js';
import { parseJsonBody } from '../json-body.js';
import { refuseBodyType } from '../request-guard.js';
import type { EmulatorRequest, EmulatorResponse } from '../types.js';
import { getCaptchaPage } from './captcha-page.js';
import { getClock, postClock } from './clock.js';
import { getConfig, postConfig } from './config.js';
import { postInvitation } from './invitations.js';
import { postLoginCode } from './login-code.js';
import { getOutbox } from './outbox.js';
import { getSamlPage, getSocialPage } from './provider-pages.js';
import { postReset } from './reset.js';
import { postSamlIdpInitiated } from './saml-idp.js';
import { postSeed } from './seed.js';
import type { Handout } from './types.js';
import { getUsers, postUser } from './users.js';

interface HandoutRoute {
  GET?: Handout;
  POST?: Handout;
  /** Takes a path segment after its name (`/__emulator/social/google`). */
  withRest?: boolean;
}

/** Every test hand-out, by its name under `/__emulator/`; the README lists them. */
const HANDOUTS: Readonly<Record<string, HandoutRoute>> = {
  outbox: { GET: getOutbox },
  reset: { POST: postReset },
  config: { GET: getConfig, POST: postConfig },
  users: { GET: getUsers, POST: postUser },
  invitations: { POST: postInvitation },
  'login-code': { POST: postLoginCode },
  seed: { POST: postSeed },
  clock: { GET: getClock, POST: postClock },
  captcha: { GET: getCaptchaPage },
  social: { GET: getSocialPage, withRest: true },
  saml: { GET: getSamlPage, POST: postSamlIdpInitiated, withRest: true },
};

/**
 * `/__emulator/*`: test hand-outs, deliberately outside `/v2` and without the bearer token. They
 * answer plain JSON (or a page, or a redirect) on success and the usual envelope on failure.
 */
export async function handleHandout(
  controls: EmulatorControls,
  method: string,
  pathname: string,
  search: string,
  { body: bodyText, headers }: Pick<EmulatorRequest, 'body' | 'headers'>,
  request: RequestInfo,
): Promise<EmulatorResponse> {
  const { ctx } = controls;
  const stamp = (): RequestStamp => ({ requestId: newId('prq', ctx.random), requestTime: ctx.now(), responseTime: ctx.now() });
  const failure = (f: ApiFailure): EmulatorResponse => failureResponse(stamp(), f);
  const [name = '', rest = '', ...extra] = pathname.slice('/__emulator/'.length).split('/');
  const route = Object.hasOwn(HANDOUTS, name) ? HANDOUTS[name] : undefined;
  const segment = safeDecode(rest);
  if (!route || segment === undefined || extra.length > 0 || (rest !== '') !== (route.withRest === true)) {
    return failure({ status: 'NotFound', summary: `No endpoint at ${pathname}` });
  }
  const handout = method === 'GET' ? route.GET : method === 'POST' ? route.POST : undefined;
  if (!handout) {
    const allow = [route.GET ? 'GET' : '', route.POST ? 'POST' : '', 'OPTIONS'].filter(Boolean).join(', ');
    return failure({ status: 'MethodNotAllowed', allow });
  }
  if (exceedsBodyLimit(bodyText)) {
    return failure({ status: 'PayloadTooLarge' });
  }
  const wrongType = method === 'POST' ? refuseBodyType(headers['content-type']) : undefined;
  if (wrongType !== undefined) {
    return failure(wrongType);
  }
  const body = method === 'POST' ? parseJsonBody(bodyText.trim() === '' ? '{}' : bodyText) : { ok: true as const, value: {} };
  if (!body.ok) {
    return failure(body.failure);
  }
  try {
    return await handout({ controls, rest: segment, query: new URLSearchParams(search), body: body.value, request });
  } catch (error) {
    if (error instanceof ApiError) {
      return failure(error.failure);
    }
    console.error('[authn-emulator] internal error in a hand-out', error);
    return failure({ status: 'InternalError' });
  }
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
