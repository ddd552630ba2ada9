import { describe, expect, it } from 'vitest';
import { pastedCodeOf } from '../../src/react/steps/code-step/code-digits.js';

describe('the code in a pasted text', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['123\u2013456', '123456'],
    ['\t123456\n', '123456'],
    ['Your code is 680135.', '680135'],
    ['Your 2nd code is 680135. It expires in 10 minutes.', '680135'],
    ['680135 is your code, valid for 10 minutes', '680135'],
    ['\u0666\u0668\u0660\u0661\u0663\u0665', '680135'],
    ['\u06f6\u06f8\u06f0 \u06f1\u06f3\u06f5', '680135'],
    ['\uff16\uff18\uff10\uff11\uff13\uff15', '680135'],
  ])('reads %j as %s', (pasted, code) => {
    expect(pastedCodeOf(pasted)).toBe(code);
  });

  it('keeps every digit of a text without a whole code, for the caret to place', () => {
    expect(pastedCodeOf('12')).toBe('12');
    expect(pastedCodeOf('code: 12 a 34')).toBe('1234');
    expect(pastedCodeOf('no digits')).toBe('');
  });
});
