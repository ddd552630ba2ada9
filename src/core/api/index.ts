export { createAuthNClient, type AuthNClient, type AuthNClientOptions, type CallOptions } from './client.js';
export type { RetryOptions } from './retry-policy.js';
export type { PollOptions } from './poll.js';
export { AuthNError, isAuthNError, fieldOf, type AuthNErrorDetail, type AuthNErrorKind } from './errors.js';
export { parseFlowResult } from './parse-flow-result.js';
export { parseSessionTokens } from './session-tokens.js';
export * from './wire.js';
export { checkPassword, passwordRulesOf, type PasswordRule, type PasswordRuleId, type PasswordRuleResult, type PasswordPolicyLike } from './password-policy.js';
