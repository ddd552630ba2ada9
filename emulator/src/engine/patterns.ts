/** Formats from spec §3; the same RegExp objects are used to recognise which format failed. */
export const EMAIL_PATTERN = /^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$/;
export const FLOW_ID_PATTERN = /^pfl_[a-z2-7]{32}$/;
export const CALLBACK_STATE_PATTERN = /^[a-zA-Z0-9_\-+/=.]{8,999}$/;
export const CALLBACK_CODE_PATTERN = /^[a-zA-Z0-9_-]{8,64}$/;
export const USERNAME_PATTERN = /^[0-9a-zA-Z+._+@-]{2,320}$/;
export const TICKET_PATTERN = /^p[a-z][a-z2]_[a-z2-7]{32}$/;
export const OTP_CODE_PATTERN = /^[0-9]{6}$/;
/** OAS `authn-serviceaccount-id`: what `flow/complete` and the token infos give as `client_id`. */
export const CLIENT_ID_PATTERN = /^psa_[a-z2-7]{32}$/;
/** OAS `authn-token-id`: a session's id. */
export const TOKEN_ID_PATTERN = /^pmt_[a-z2-7]{32}$/;
/** OAS `authn-token-user`, whose alternation the OAS leaves unanchored (`^(a)|(b)$`): anchored here. */
export const USER_TOKEN_PATTERN = /^(?:ptu_[a-z2-7]{32}|[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
/** OAS `authn-token` (any token `client/token/check` takes), anchored as USER_TOKEN_PATTERN is. */
export const TOKEN_PATTERN = /^(?:p(?:ti|tr|ts|tu|cl)_[a-z2-7]{32}|[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
/** OAS `authn-token-refresh`. */
export const REFRESH_TOKEN_PATTERN = /^ptr_[a-z2-7]{32}$/;
