import { describe, expect, it } from 'vitest';
import { parseCallback, safeRedirectUrl, stripCallbackParams } from '../../../src/core/index.js';

const STATE = 'pcb_4fnrxzq6bfp4lqd5yl2uqhtpa6yq3r3a';
const CODE = 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk';

describe('parseCallback', () => {
  it('reads state and code, and keeps the whole URL for social and SAML updates', () => {
    const url = `http://localhost:3000/login?next=%2Fhome&state=${STATE}&code=${CODE}`;
    expect(parseCallback(url)).toEqual({ kind: 'callback', params: { state: STATE, code: CODE, href: url } });
  });

  it('sees no callback on a page without state and code, or a URL it cannot read', () => {
    expect(parseCallback('http://localhost:3000/login?next=1')).toEqual({ kind: 'none' });
    expect(parseCallback('not a url')).toEqual({ kind: 'none' });
  });

  it.each([
    ['state alone', `?state=${STATE}`],
    ['code alone', `?code=${CODE}`],
    ['a state out of pattern', `?state=pcb%3Cscript%3E&code=${CODE}`],
    ['a short state', `?state=pcb&code=${CODE}`],
    ['a code out of pattern', `?state=${STATE}&code=poc_${'x'.repeat(70)}`],
  ])('calls %s malformed', (_name, query) => {
    expect(parseCallback(`http://localhost:3000/${query}`)).toEqual({ kind: 'malformed' });
  });
});

describe('stripCallbackParams', () => {
  it('removes state and code and keeps the rest of the URL', () => {
    expect(stripCallbackParams(`http://localhost:3000/login?next=1&state=${STATE}&code=${CODE}#top`)).toBe(
      'http://localhost:3000/login?next=1#top',
    );
    expect(stripCallbackParams(`http://localhost:3000/?state=${STATE}&code=${CODE}`)).toBe('http://localhost:3000/');
  });
});

describe('safeRedirectUrl', () => {
  it('follows http and https URLs', () => {
    expect(safeRedirectUrl('https://accounts.example/oauth?state=1')).toBe('https://accounts.example/oauth?state=1');
    expect(safeRedirectUrl('http://localhost:4000/__emulator/social/google')).toBe(
      'http://localhost:4000/__emulator/social/google',
    );
  });

  it('follows plain http only to this machine unless the app names the origins', () => {
    for (const local of ['http://127.0.0.1:4000/x', 'http://[::1]:4000/x', 'http://authn.localhost:4000/x']) {
      expect(safeRedirectUrl(local)).toBe(local);
    }
    expect(safeRedirectUrl('http://accounts.example/oauth')).toBeNull();
    expect(safeRedirectUrl('http://localhost.evil.example/oauth')).toBeNull();
    expect(safeRedirectUrl('http://idp.corp.example/sso', ['http://idp.corp.example'])).toBe('http://idp.corp.example/sso');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://files.example/',
    '//evil.example/path',
    '/relative/path',
    'https://bank.example@evil.example/',
    '',
  ])('refuses %s', (uri) => {
    expect(safeRedirectUrl(uri)).toBeNull();
  });
});
