import { useId, useState, type Dispatch } from 'react';
import {
  checkPassword,
  type AccountEvent,
  type FlowIssue,
  type FlowIssues,
  type PasswordChangeState,
  type PasswordField,
  type PasswordPolicyLike,
} from '../../core/index.js';
import type { StepButtonProps, StepFormProps } from '../hooks/step-props.js';
import { useStepForm } from '../hooks/step-form.js';
import { accountMessages } from '../i18n/en/account.js';
import { passwordMessages } from '../i18n/en/password.js';
import { translateIssue } from '../i18n/message-for-issue.js';
import type { MessageKey } from '../i18n/messages.js';
import { useMessages } from '../i18n/use-messages.js';
import { passwordErrorOf, type PasswordChecklistState, type PasswordInputState } from '../steps/shared/use-password-entry.js';
import type { ChangePasswordVariables } from './account-calls.js';

export interface PasswordChangeApi {
  /** `saved` once a change went through, until the user types again. */
  status: PasswordChangeState['status'];
  /** The service's error about the whole form, translated; `null` when none. */
  formError: string | null;
  getFormProps(): StepFormProps;
  /** The current password (`autocomplete="current-password"`). */
  getCurrentProps(): PasswordInputState;
  /** The new one (`autocomplete="new-password"`), described by the checklist. */
  getNewProps(): PasswordInputState;
  getChecklistProps(): PasswordChecklistState;
  getSubmitProps(): StepButtonProps;
}

/** The host's call: sends the change, then reports the outcome to the form. */
export type ChangePassword = (
  variables: ChangePasswordVariables,
  onSaved: () => void,
  onRefused: (issues: FlowIssues) => void,
) => void;

type LocalError = Extract<
  MessageKey,
  'account.password.error.currentRequired' | 'account.password.error.same' | 'password.error.required' | 'password.error.policy'
>;

/**
 * The password change form: both passwords, the new one's live policy checklist, the checks
 * before anything is sent, and the errors after. Both fields are emptied once the change went
 * through, and a refused field once it was refused: no password stays on the page.
 */
export function usePasswordChange(
  state: PasswordChangeState,
  policy: PasswordPolicyLike | undefined,
  changePassword: ChangePassword,
  dispatch: Dispatch<AccountEvent>,
  ready: boolean,
): PasswordChangeApi {
  const t = useMessages(accountMessages);
  // The password rules' errors are sign-up's own words.
  const tPassword = useMessages(passwordMessages);
  const localText = (key: LocalError) => (key.startsWith('password.') ? tPassword(key) : t(key));
  const checklistId = useId();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [oldError, setOldError] = useState<LocalError | null>(null);
  const [newError, setNewError] = useState<LocalError | null>(null);
  const [refused, setRefused] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  // The form unmounts when the panel leaves `ready` (signed out, ended), but these strings would
  // outlive it and come back pre-filled for the next sign-in, someone else's included.
  const [wasReady, setWasReady] = useState(ready);
  if (wasReady !== ready) {
    setWasReady(ready);
    if (!ready) {
      setOldPassword('');
      setNewPassword('');
      setOldError(null);
      setNewError(null);
      setRefused(false);
    }
  }
  const rules = checkPassword(policy, newPassword);
  const saving = state.status === 'saving';
  const issues: Pick<FlowIssues, 'formError'> & { fieldErrors: Partial<Record<PasswordField, FlowIssue>> } =
    state.status === 'editing' ? state : { fieldErrors: {}, formError: null };
  const [getFormProps] = useStepForm({ busy: saving, ...issues }, (focusError) => {
    const nextOld: LocalError | null = oldPassword === '' ? 'account.password.error.currentRequired' : null;
    const nextNew: LocalError | null =
      passwordErrorOf(newPassword, rules) ?? (newPassword === oldPassword ? 'account.password.error.same' : null);
    setOldError(nextOld);
    setNewError(nextNew);
    if (nextOld !== null || nextNew !== null) {
      setRefused(nextNew === 'password.error.policy');
      focusError();
      return;
    }
    setSubmitCount((count) => count + 1);
    changePassword(
      { oldPassword, newPassword },
      () => {
        setOldPassword('');
        setNewPassword('');
        setRefused(false);
      },
      ({ fieldErrors }) => {
        // What was refused is typed again; the rest stays, so nothing is lost to a fault.
        if (fieldErrors.oldPassword !== undefined) {
          setOldPassword('');
        }
        if (fieldErrors.newPassword !== undefined) {
          setRefused(true);
        }
      },
    );
  });

  const edit = (set: (value: string) => void, clear: (value: null) => void) => (value: string) => {
    set(value);
    clear(null);
    dispatch({ type: 'user.editPassword' });
  };

  const oldIssue = issues.fieldErrors.oldPassword;
  const newIssue = issues.fieldErrors.newPassword;
  return {
    status: state.status,
    formError: issues.formError === null ? null : translateIssue(t, issues.formError),
    getFormProps,
    getCurrentProps: () => ({
      value: oldPassword,
      onChange: edit(setOldPassword, setOldError),
      error: oldError
        ? localText(oldError)
        : oldIssue === undefined
          ? null
          : oldIssue.code === 'authentication-failed'
            ? t('account.password.error.currentWrong')
            : translateIssue(t, oldIssue),
      describedBy: undefined,
      submitCount,
    }),
    getNewProps: () => ({
      value: newPassword,
      onChange: edit(setNewPassword, setNewError),
      // The service's policy refusal reads as the checklist's: the rules say what is missing.
      error: newError
        ? localText(newError)
        : newIssue === undefined
          ? null
          : newIssue.code === 'invalid-field'
            ? tPassword('password.error.policy')
            : translateIssue(t, newIssue),
      describedBy: checklistId,
      submitCount,
    }),
    getChecklistProps: () => ({ id: checklistId, rules, submitted: refused || newIssue !== undefined }),
    getSubmitProps: () => ({ pending: saving }),
  };
}
