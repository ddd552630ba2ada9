/** Schemes a link in server-provided text may use; anything else (javascript:, data:, relative) is dropped. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL if it is an absolute http(s) or mailto URL, else `undefined`. Parsing with `URL` (rather
 * than testing a prefix) sees through case, leading spaces, tabs and entity tricks the same way the
 * browser's own navigation does.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') {
    return undefined;
  }
  try {
    const parsed = new URL(url.trim());
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Links in server text open in a new tab, so following one never loses the sign-in in progress;
 * `noopener noreferrer` keeps the opened page from reaching back through `window.opener`.
 */
export const EXTERNAL_LINK = { target: '_blank', rel: 'noopener noreferrer' } as const;
