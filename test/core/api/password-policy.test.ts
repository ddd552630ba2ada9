import { describe, expect, it } from 'vitest';
import { checkPassword, passwordRulesOf } from '../../../src/core/index.js';
import type { PasswordPolicy, PasswordRuleId } from '../../../src/core/index.js';
import { flowResult } from '../../fixtures/index.js';

type Rules = Partial<Record<PasswordRuleId, { min: number; max?: number }>>;

function rulesAsRecord(policy: PasswordPolicy | undefined): Rules {
  return Object.fromEntries(
    passwordRulesOf(policy).map((rule) => [rule.id, rule.max === undefined ? { min: rule.min } : { min: rule.min, max: rule.max }]),
  );
}

function unmet(policy: PasswordPolicy | undefined, password: string): PasswordRuleId[] {
  return checkPassword(policy, password)
    .filter((rule) => !rule.met)
    .map((rule) => rule.id);
}

const DEFAULT_RULES: Rules = { length: { min: 8 }, lower: { min: 1 }, upper: { min: 1 }, number: { min: 1 }, punct: { min: 1 } };

describe('passwordRulesOf', () => {
  it.each<[string, PasswordPolicy | undefined, Rules]>([
    ['no policy: the defaults', undefined, DEFAULT_RULES],
    ['an empty policy: the defaults', {}, DEFAULT_RULES],
    [
      'the newer names',
      { chars_min: 12, chars_max: 64, lower_min: 2, upper_min: 3, punct_min: 4, number_min: 5 },
      { length: { min: 12, max: 64 }, lower: { min: 2 }, upper: { min: 3 }, number: { min: 5 }, punct: { min: 4 } },
    ],
    [
      'the older password_* names',
      {
        password_chars_min: 12,
        password_chars_max: 64,
        password_lower_min: 2,
        password_upper_min: 3,
        password_punct_min: 4,
        password_number_min: 5,
      },
      { length: { min: 12, max: 64 }, lower: { min: 2 }, upper: { min: 3 }, number: { min: 5 }, punct: { min: 4 } },
    ],
    [
      'a partial policy: the rest default',
      { chars_min: 10, number_min: 2 },
      { length: { min: 10 }, lower: { min: 1 }, upper: { min: 1 }, number: { min: 2 }, punct: { min: 1 } },
    ],
    [
      'zero minimums: no such requirement',
      { chars_min: 6, lower_min: 0, upper_min: 0, punct_min: 0, number_min: 0 },
      { length: { min: 6 } },
    ],
    [
      "a zero maximum: Go's unset value, no maximum",
      { chars_min: 8, chars_max: 0, password_chars_max: 0 },
      { length: { min: 8 }, lower: { min: 1 }, upper: { min: 1 }, number: { min: 1 }, punct: { min: 1 } },
    ],
    [
      'a maximum but no minimum length',
      { chars_min: 0, chars_max: 20, lower_min: 0, upper_min: 0, punct_min: 0, number_min: 0 },
      { length: { min: 0, max: 20 } },
    ],
  ])('%s', (_label, policy, expected) => {
    expect(rulesAsRecord(policy)).toEqual(expected);
  });

  it('reads null limits as absent: the defaults, or the other naming scheme', () => {
    const policy = { chars_min: null, chars_max: null, lower_min: null, upper_min: 3, punct_min: null, number_min: null, password_number_min: 2 };
    expect(passwordRulesOf(policy).map((rule) => [rule.id, rule.min, rule.max])).toEqual([
      ['length', 8, undefined],
      ['lower', 1, undefined],
      ['upper', 3, undefined],
      ['number', 2, undefined],
      ['punct', 1, undefined],
    ]);
  });

  it('lists the rules in a stable order: length, lower, upper, number, symbol', () => {
    expect(passwordRulesOf(undefined).map((rule) => rule.id)).toEqual(['length', 'lower', 'upper', 'number', 'punct']);
  });

  it('reads the policy of the sign-up fixture', () => {
    const choice = flowResult('signup-password').choices[0];
    const policy = choice?.choice === 'password' ? choice.data.password_policy : undefined;
    expect(rulesAsRecord(policy)).toEqual({
      length: { min: 8, max: 64 },
      lower: { min: 1 },
      upper: { min: 1 },
      number: { min: 1 },
      punct: { min: 1 },
    });
  });
});

describe('checkPassword', () => {
  const policy: PasswordPolicy = { chars_min: 8, chars_max: 16, lower_min: 1, upper_min: 1, punct_min: 1, number_min: 1 };

  it.each<[string, PasswordPolicy | undefined, string, PasswordRuleId[]]>([
    ['a password meeting every rule', policy, 'My1s+Password', []],
    ['the empty password', policy, '', ['length', 'lower', 'upper', 'number', 'punct']],
    ['too short', policy, 'My1s+Pw', ['length']],
    ['exactly the minimum length', policy, 'My1s+Pwd', []],
    ['exactly the maximum length', policy, 'My1s+Password123', []],
    ['one over the maximum length', policy, 'My1s+Password1234', ['length']],
    ['no upper-case letter', policy, 'my1s+password', ['upper']],
    ['no lower-case letter', policy, 'MY1S+PASSWORD', ['lower']],
    ['no digit', policy, 'Mys+Password', ['number']],
    ['no symbol', policy, 'My1sPassword', ['punct']],
    ['a space is not a symbol', policy, 'My1s Password', ['punct']],
    ['fewer digits than number_min', { ...policy, number_min: 2 }, 'My1s+Password', ['number']],
    ['the older names apply the same way', { password_chars_min: 14, password_number_min: 2 }, 'My1s+Password', ['length', 'number']],
    ['defaults when there is no policy', undefined, 'Aa1!aaa', ['length']],
    ['accented letters count by case', policy, 'ÉCOLE1+été', []],
    ['other scripts count by case', policy, 'Жжжжжж1!', []],
    ['a letter without case is neither lower nor upper', policy, '密码密码密码1!', ['lower', 'upper']],
    ['non-Latin digits are digits', policy, 'Passwort+٣', []],
  ])('%s', (_label, rules, password, expected) => {
    expect(unmet(rules, password)).toEqual(expected);
  });

  it.each(['!', '#', '@', '$', '%', '^', '&', '*', '(', ')', '+', '=', '.', '_', '-', '€', '?', '~'])(
    'counts %s as a symbol',
    (symbol) => {
      expect(unmet(policy, `My1sPassword${symbol}`)).toEqual([]);
    },
  );

  it('counts characters, not UTF-16 units, for the length', () => {
    // 4 ASCII characters and 3 emoji: 7 characters, but 10 UTF-16 code units.
    expect(unmet({ chars_min: 8, lower_min: 0, upper_min: 0, punct_min: 0, number_min: 0 }, 'Aa1!😀😀😀')).toEqual(['length']);
    expect(unmet({ chars_min: 0, chars_max: 7, lower_min: 0, upper_min: 0, punct_min: 0, number_min: 0 }, 'Aa1!😀😀😀')).toEqual([]);
  });

  it('reports each rule with its bounds', () => {
    expect(checkPassword({ chars_min: 8, chars_max: 64 }, 'My1s+Password')[0]).toEqual({
      id: 'length',
      min: 8,
      max: 64,
      met: true,
    });
  });
});
