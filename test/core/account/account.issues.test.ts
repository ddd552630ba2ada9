import { describe, expect, it } from 'vitest';
import { apiErrorOf as apiError } from '../../fixtures/index.js';
import { AuthNError, isCurrentSession, isSessionGone, isTokenRefused, passwordChangeIssuesOf } from '../../../src/core/index.js';
import type { FieldError } from '../../../src/core/index.js';


const at = (source: string, code = 'BadFormat'): FieldError => ({ code, source, detail: `${source} is wrong` });
const offline = () => new AuthNError({ kind: 'network', cause: new TypeError('Failed to fetch') });

describe('passwordChangeIssuesOf', () => {
  it('puts a wrong current password on its field', () => {
    expect(passwordChangeIssuesOf(apiError('AuthenticationFailure'))).toEqual({
      fieldErrors: { oldPassword: { code: 'authentication-failed' } },
      formError: null,
    });
  });

  it('puts a new password against the policy on its field, with the rule the service named', () => {
    const issues = passwordChangeIssuesOf(apiError('ValidationError', [at('/new_password', 'MinLength'), at('/new_password', 'NeedsDigit')]));
    expect(issues).toEqual({ fieldErrors: { newPassword: { code: 'invalid-field', rule: 'MinLength' } }, formError: null });
  });

  it('puts a validation error on a field the form does not have above the form', () => {
    expect(passwordChangeIssuesOf(apiError('ValidationError', [at('/token', 'Required')]))).toEqual({
      fieldErrors: {},
      formError: { code: 'invalid-field', rule: 'Required' },
    });
    // Names an object's own properties carry are no field of the form either.
    expect(passwordChangeIssuesOf(apiError('ValidationError', [at('/constructor', 'Odd')]))).toEqual({
      fieldErrors: {},
      formError: { code: 'invalid-field', rule: 'Odd' },
    });
  });

  it('still says something when a validation error names nothing', () => {
    expect(passwordChangeIssuesOf(apiError('ValidationError'))).toEqual({
      fieldErrors: {},
      formError: { code: 'invalid-field', rule: 'unknown' },
    });
  });

  it('explains an unreachable service or an unknown status above the form', () => {
    expect(passwordChangeIssuesOf(offline())).toEqual({ fieldErrors: {}, formError: { code: 'network' } });
    expect(passwordChangeIssuesOf(apiError('SomethingNew'))).toEqual({
      fieldErrors: {},
      formError: { code: 'server', status: 'SomethingNew' },
    });
  });
});

describe('isTokenRefused', () => {
  it.each([
    ['ExpiredToken', true],
    ['InvalidToken', true],
    ['AuthenticationFailure', false],
    ['ValidationError', false],
    ['DisabledUser', false],
  ])('%s → %s', (status, refused) => {
    expect(isTokenRefused(apiError(status))).toBe(refused);
  });

  it('does not take an unreachable service for a refused token', () => {
    expect(isTokenRefused(offline())).toBe(false);
  });
});

describe('isSessionGone', () => {
  it('reads a validation error on session_id as a session already ended', () => {
    expect(isSessionGone(apiError('ValidationError', [at('/session_id', 'DoesNotExist')]))).toBe(true);
  });

  it('takes nothing else for it', () => {
    expect(isSessionGone(apiError('ValidationError', [at('/token')]))).toBe(false);
    expect(isSessionGone(apiError('InvalidToken'))).toBe(false);
    expect(isSessionGone(apiError('NotFound', [at('/session_id')]))).toBe(false);
    expect(isSessionGone(offline())).toBe(false);
  });
});

describe('isCurrentSession', () => {
  const listed = { id: 'pmt_phone', active_token: { id: 'pmt_phone_active' } };

  it('matches by the refresh token’s id or by the active token’s', () => {
    expect(isCurrentSession(listed, { refreshTokenId: 'pmt_phone' })).toBe(true);
    expect(isCurrentSession(listed, { activeTokenId: 'pmt_phone_active' })).toBe(true);
    expect(isCurrentSession(listed, { refreshTokenId: 'pmt_laptop', activeTokenId: 'pmt_phone_active' })).toBe(true);
  });

  it('matches nothing else', () => {
    expect(isCurrentSession(listed, { refreshTokenId: 'pmt_laptop', activeTokenId: 'pmt_laptop_active' })).toBe(false);
    expect(isCurrentSession({ id: 'pmt_phone' }, { activeTokenId: 'pmt_phone' })).toBe(false);
    expect(isCurrentSession(listed, {})).toBe(false);
  });

  it('never matches by an empty id', () => {
    expect(isCurrentSession({ id: '', active_token: { id: '' } }, { refreshTokenId: '', activeTokenId: '' })).toBe(false);
    expect(isCurrentSession({ id: '' }, { refreshTokenId: '' })).toBe(false);
  });
});
