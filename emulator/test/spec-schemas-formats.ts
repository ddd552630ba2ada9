import * as v from 'valibot';

/* The id formats every schema of spec-schemas.ts and its siblings checks against. */

/** §3 ID formats. `[a-z2-7]{32}` is lowercase base32. */
export const FORMATS = {
  flow: /^pfl_[a-z2-7]{32}$/,
  request: /^prq_[a-z2-7]{32}$/,
  callbackState: /^[a-zA-Z0-9_\-+/=.]{8,999}$/,
  /** The emulator's callback states are `pcb_…` ids, which the generic pattern above also admits. */
  pcb: /^pcb_[a-z2-7]{32}$/,
  ticket: /^p[a-z][a-z2]_[a-z2-7]{32}$/,
  token: /^p(ti|tr|ts|tu|cl)_[a-z2-7]{32}$/,
  refreshToken: /^ptr_[a-z2-7]{32}$/,
  userToken: /^ptu_[a-z2-7]{32}$/,
  tokenId: /^pmt_[a-z2-7]{32}$/,
  identity: /^pui_[a-z2-7]{32}$/,
  agreement: /^peu_[a-z2-7]{32}$/,
  /** OAS `authn-serviceaccount-id`: the client sends it and the service echoes it. */
  clientId: /^psa_[a-z2-7]{32}$/,
  samlProvider: /^pss_[a-z2-7]{32}$/,
  email: /^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$/,
  username: /^[0-9a-zA-Z+._+@-]{2,320}$/,
  /** E.164: the spec names the format (`phone-E164-format`); its example adds dashes the emulator drops. */
  phone: /^\+[1-9]\d{6,14}$/,
  isoTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  base64url: /^[A-Za-z0-9_-]+$/,
} as const;

export const id = (pattern: RegExp) => v.pipe(v.string(), v.regex(pattern));
export const time = id(FORMATS.isoTime);
export const url = v.pipe(v.string(), v.url());
