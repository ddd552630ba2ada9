export { AccountSecurity, preloadAccountSecurity, type AccountSecurityProps } from './account-security.js';
export { useAccountSecurity, type AccountSecurityApi, type UseAccountSecurityOptions } from './use-account-security.js';
export type { AccountSessionsApi, AccountSession } from './use-account-sessions.js';
export type { PasswordChangeApi } from './use-password-change.js';
export { accountKeys, changePasswordOptions, sessionListOptions, signOutOptions } from './account-calls.js';
export type { ChangePasswordVariables, SignOutVariables } from './account-calls.js';
