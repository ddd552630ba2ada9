/**
 * For inputs whose text must reach the server as typed (emails, usernames, passwords, codes): no
 * capital letter, correction or spelling mark from a phone keyboard or the browser.
 */
export const VERBATIM_INPUT = { autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } as const;
