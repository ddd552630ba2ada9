import { useId, useState } from 'react';
import { checkPassword, type PasswordPolicyLike, type PasswordRuleResult, type FlowView } from '../../../core/index.js';
import { errorText } from '../../hooks/step-form.js';
import { useMessages } from '../../i18n/use-messages.js';
import { passwordMessages } from '../../i18n/en/password.js';

/** Why a password cannot be sent yet. */
export type PasswordError = 'password.error.required' | 'password.error.policy';

/**
 * The check before a password is submitted: it must be there, and meet every rule of the policy
 * (`checkPassword`'s results; none where the policy does not apply, as when signing in).
 */
export function passwordErrorOf(password: string, rules: readonly PasswordRuleResult[]): PasswordError | null {
  if (password === '') {
    return 'password.error.required';
  }
  return rules.every((rule) => rule.met) ? null : 'password.error.policy';
}

export interface PasswordEntry {
  password: string;
  /** Runs the check before a submit, shows its error, and says whether the password may be sent. */
  validate: () => boolean;
  /**
   * For `PasswordChecklist`: the policy's rules checked live (none where it does not apply), shown
   * as errors once a submit was refused, here or by the server.
   */
  checklistProps: PasswordChecklistState;
  /** Call when the password is sent: every `PasswordInput` of the form hides it again. */
  markSent: () => void;
  /** For each `PasswordInput` of the form (a confirmation too): bumped by `markSent`. */
  submitCount: number;
  /** For `PasswordInput`: value, change, error (local, else the server's), description, hiding. */
  inputProps: PasswordInputState;
}

/** A password field's state: what is typed, its error, the checklist describing it, and when to hide it again. */
export interface PasswordInputState {
  value: string;
  onChange: (value: string) => void;
  /** The step's own check's error, else the server's. */
  error: string | null;
  /** The id of the rules checklist, when there is one. */
  describedBy: string | undefined;
  /** Bumped on each submit: a shown password hides again. */
  submitCount: number;
}

/** The rules checklist of a new password. */
export interface PasswordChecklistState {
  id: string;
  rules: PasswordRuleResult[];
  /** A submit was refused: unmet rules show as errors. */
  submitted: boolean;
}

/**
 * The password of the sign-in, sign-up and set-password steps: its value, the live policy check
 * (when `enforcePolicy`), the check before submit, and the error shown under it.
 */
export function usePasswordEntry(
  view: FlowView,
  policy: PasswordPolicyLike | undefined,
  enforcePolicy: boolean,
): PasswordEntry {
  const t = useMessages(passwordMessages);
  const checklistId = useId();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<PasswordError | null>(null);
  const [refused, setRefused] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const rules = enforcePolicy ? checkPassword(policy, password) : [];
  const serverIssue = view.fieldErrors.password;
  return {
    password,
    validate: () => {
      const next = passwordErrorOf(password, rules);
      setError(next);
      if (next !== null) {
        setRefused(true);
      }
      return next === null;
    },
    // The server refusing the password (its policy, a breached one) is a refused submit too.
    checklistProps: { id: checklistId, rules, submitted: refused || serverIssue !== undefined },
    markSent: () => setSubmitCount((count) => count + 1),
    submitCount,
    inputProps: {
      value: password,
      onChange: (value) => {
        setPassword(value);
        setError(null);
      },
      error: errorText(t, serverIssue, error, 'password'),
      describedBy: enforcePolicy ? checklistId : undefined,
      submitCount,
    },
  };
}
