/**
 * Issue 6 item 4c–d as properties of the pure core (the React tests in test/react/callbacks.test.tsx
 * and identifier.test.tsx show the same refusals on screen for one example each):
 * a return whose `state` this tab did not save never resumes a flow, whatever it looks like; and a
 * provider link that is not a plain http(s) URL is never followed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCallback, resolveCallback, safeRedirectUrl, type CallbackRecord } from '../../src/core/index.js';
import { FLOW_ID } from '../fixtures/index.js';

const SAVED = ['pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks', 'pcb_zysi4wbbkhlh3azpbsndhs5j6ll2qysd'];
const CODE = 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk';
const NOW = Date.parse('2030-01-01T00:00:00Z');

const record: CallbackRecord = {
  flowId: FLOW_ID,
  savedAt: NOW - 60_000,
  entries: [
    { state: SAVED[0] ?? '', target: { choice: 'social', provider: 'google' } },
    { state: SAVED[1] ?? '', target: { choice: 'social', provider: 'github' } },
  ],
};

const lowerAlnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz234567'.split(''));

/** States an attacker might send: random ones, near misses of the saved ones, and odd strings. */
const foreignState = fc.oneof(
  fc.string({ unit: lowerAlnum, minLength: 32, maxLength: 32 }).map((tail) => `pcb_${tail}`),
  fc.tuple(fc.constantFrom(...SAVED), fc.nat(35), lowerAlnum).map(([state, at, char]) => {
    const index = 4 + (at % 32);
    return `${state.slice(0, index)}${char}${state.slice(index + 1)}`;
  }),
  fc.constantFrom(...SAVED).map((state) => state.toUpperCase()),
  fc.constantFrom(...SAVED).map((state) => `${state}x`),
  fc.constantFrom(...SAVED).map((state) => state.slice(0, -1)),
  fc.constantFrom(...SAVED).map((state) => ` ${state}`),
  fc.string({ maxLength: 60 }),
);

describe('a callback with a foreign state', () => {
  it('is never resumed, only refused or ignored', () => {
    let refused = 0;
    fc.assert(
      fc.property(foreignState, fc.constantFrom('', 'next=%2Fhome&', 'state=x&'), (state, before) => {
        fc.pre(!SAVED.includes(state));
        const url = `http://localhost:3000/?${before}state=${encodeURIComponent(state)}&code=${CODE}`;
        const resolution = resolveCallback(parseCallback(url), record, NOW);
        expect(resolution.kind).not.toBe('resume');
        if (resolution.kind === 'refused') {
          refused += 1;
        }
      }),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(2000);
  });

  it('resumes the saved states (the control)', () => {
    for (const state of SAVED) {
      expect(resolveCallback(parseCallback(`http://localhost:3000/?state=${state}&code=${CODE}`), record, NOW).kind).toBe('resume');
    }
  });
});

const SCRIPT_SCHEMES = ['javascript', 'JavaScript', 'data', 'vbscript', 'file', 'blob', 'about', 'ftp', 'ws', 'chrome'];

/** Redirect targets that must be refused: script and other schemes, disguised or not, and no-scheme URLs. */
const unsafeTarget = fc.oneof(
  fc.tuple(fc.constantFrom(...SCRIPT_SCHEMES), fc.constantFrom('', ' ', '\t', '\n', '\u0000', '  '), fc.string({ maxLength: 30 })).map(
    ([scheme, pad, rest]) => `${pad}${scheme.slice(0, 4)}${pad === '\u0000' ? '' : pad.trim()}${scheme.slice(4)}:${rest}`,
  ),
  fc.constantFrom('java\tscript:alert(1)', 'java\nscript:alert(1)', ' javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4='),
  fc.webUrl().map((url) => url.replace(/^https?:/, '')),
  fc.webUrl().map((url) => url.replace(/^https?:\/\//, '')),
  fc.webUrl().map((url) => url.replace(/^(https?:\/\/)/, '$1user:pass@')),
  fc.webUrl().map((url) => url.replace(/^(https?:\/\/)/, '$1trusted.example@')),
);

describe('a provider redirect target', () => {
  it('is followed only when it is a plain http(s) URL without credentials', () => {
    fc.assert(
      fc.property(unsafeTarget, (target) => {
        const safe = safeRedirectUrl(target);
        if (safe !== null) {
          const url = new URL(safe);
          expect(['http:', 'https:']).toContain(url.protocol);
          expect(url.username + url.password).toBe('');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses every script URL, however it is written', () => {
    fc.assert(
      fc.property(unsafeTarget.filter((target) => /script|data:/i.test(target)), (target) => {
        const safe = safeRedirectUrl(target);
        expect(safe === null || !/^(javascript|data|vbscript):/i.test(safe)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('follows https web URLs (the control), and plain http ones only to loopback', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        const loopback = /^http:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])([:/?#]|$)/.test(url);
        expect(safeRedirectUrl(url)).toBe(url.startsWith('https:') || loopback ? new URL(url).href : null);
      }),
      { numRuns: 500 },
    );
  });
});

const ALLOWED = ['https://accounts.google.com', 'https://idp.example:8443/'];

/** Look-alikes of the allowed origins: other ports, schemes, sub- and super-domains, suffixes. */
const lookalike = fc.oneof(
  fc.constantFrom(
    'http://accounts.google.com/o/oauth2',
    'https://accounts.google.com:444/',
    'https://accounts.google.com.evil.example/',
    'https://evil.example/accounts.google.com',
    'https://evil.example/?next=https://accounts.google.com',
    'https://xaccounts.google.com/',
    'https://google.com/',
    'https://idp.example/',
    'https://idp.example:8444/',
    'https://accounts.google.com@evil.example/',
  ),
  fc.webUrl().filter((url) => !ALLOWED.some((origin) => new URL(origin).origin === new URL(url).origin)),
);

describe('with redirectOrigins, a provider redirect target', () => {
  it('is refused unless its scheme, host and port are an allowed origin', () => {
    fc.assert(
      fc.property(lookalike, (target) => {
        expect(safeRedirectUrl(target, ALLOWED)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('is followed on an allowed origin, whatever its path and query (the control)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALLOWED), fc.webPath(), fc.webQueryParameters(), (origin, path, query) => {
        const target = `${new URL(origin).origin}${path}?${query}`;
        expect(safeRedirectUrl(target, ALLOWED)).toBe(new URL(target).href);
      }),
      { numRuns: 500 },
    );
  });

  it('allows nothing for an entry that is not a URL', () => {
    expect(safeRedirectUrl('https://accounts.google.com/', ['accounts.google.com'])).toBeNull();
    expect(safeRedirectUrl('https://accounts.google.com/', [])).toBeNull();
  });
});
