export { createAuthNClient, type AuthNClient, type AuthNClientOptions, type CallOptions } from './client.js';
export { AuthNError, isAuthNError, fieldOf, type AuthNErrorDetail, type AuthNErrorKind } from './errors.js';
export { parseFlowResult } from './parse-flow-result.js';
export * from './wire.js';
export { checkPassword, passwordRulesOf, type PasswordRule, type PasswordRuleId, type PasswordRuleResult, type PasswordPolicyLike } from './password-policy.js';
