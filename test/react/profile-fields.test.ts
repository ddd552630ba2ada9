import { describe, expect, it } from 'vitest';
import {
  autocompleteOf,
  profileOf,
  signupFieldsOf,
  validateField,
  type ProfileFieldDefinition,
} from '../../src/react/steps/profile-step/profile-fields.js';

const field = (id: string, type?: string, extra: Partial<ProfileFieldDefinition> = {}): ProfileFieldDefinition => ({
  id,
  type,
  show_on_signup: true,
  ...extra,
});

describe('profile fields', () => {
  it('asks the sign-up fields, and required ones whose flag is missing', () => {
    const fields = [
      field('a'),
      field('b', 'string', { show_on_signup: false, required: true }),
      field('c', 'string', { show_on_signup: undefined, required: true }),
      field('d', 'string', { show_on_signup: undefined }),
    ];
    expect(signupFieldsOf(fields).map((entry) => entry.id)).toEqual(['a', 'c']);
  });

  it.each([
    ['string', '<b>x</b>', 'profile.error.html'],
    ['string', '<!-- x -->', 'profile.error.html'],
    ['string', 'a < b > c', null],
    ['email', 'nope', 'profile.error.email'],
    ['email', 'a@b.co', null],
    ['integer', '1.5', 'profile.error.integer'],
    ['integer', '-12', null],
    ['integer', '1234567890123456', 'profile.error.integer'],
    ['date', '2024-02-30x', 'profile.error.date'],
    ['date', '2024-02-29', null],
    ['boolean', '', null],
    ['unknown-type', '<p>', 'profile.error.html'],
  ])('checks a %s value %j', (type, text, expected) => {
    expect(validateField(field('x', type), { text })).toBe(expected);
  });

  it('requires required fields, except checkboxes, and refuses a phone that is not one', () => {
    expect(validateField(field('x', 'string', { required: true }), { text: '  ' })).toBe('profile.error.required');
    expect(validateField(field('x', 'boolean', { required: true }), undefined)).toBeNull();
    expect(validateField(field('x', 'phone'), { text: '', phoneStatus: 'invalid' })).toBe('phone.error.invalid');
  });

  it('sends strings only: trimmed text, whole numbers without sign or leading zeros, booleans', () => {
    const fields = [field('name'), field('age', 'integer'), field('count', 'integer'), field('ok', 'boolean'), field('no', 'boolean'), field('empty')];
    expect(
      profileOf(fields, { name: { text: '  Ada ' }, age: { text: '+007' }, count: { text: '-0' }, ok: { text: 'true' }, empty: { text: '' } }),
    ).toEqual({ name: 'Ada', age: '7', count: '0', ok: 'true', no: 'false' });
  });

  it('picks autocomplete tokens by id, then by type', () => {
    expect(autocompleteOf(field('first_name'))).toBe('given-name');
    expect(autocompleteOf(field('Last-Name'))).toBe('family-name');
    expect(autocompleteOf(field('date_of_birth', 'date'))).toBe('bday');
    expect(autocompleteOf(field('backup', 'email'))).toBe('email');
    expect(autocompleteOf(field('emergency', 'phone'))).toBe('tel');
    expect(autocompleteOf(field('favourite_colour'))).toBeUndefined();
  });

  it("names no token for an id that is a built-in object's property", () => {
    // The id is the service's text: `constructor` or `__proto__` must not reach Object.prototype.
    expect(autocompleteOf(field('constructor'))).toBeUndefined();
    expect(autocompleteOf(field('__proto__'))).toBeUndefined();
    expect(autocompleteOf(field('toString'))).toBeUndefined();
  });
});
