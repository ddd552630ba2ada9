import { useRef, useState, type FormEvent } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { profileMessages } from '../../i18n/en/profile.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { ProfileField } from './profile-field.js';
import {
  isRequired,
  profileOf,
  signupFieldsOf,
  validateField,
  type ProfileError,
  type ProfileValue,
} from './profile-fields.js';

const NO_DATA: ChoiceData<'profile'> = { fields: [] };

/**
 * `profile`: the profile fields asked at sign-up, each with the widget its type calls for, checked
 * on the client, and sent as strings (`profile: { profile: { [id]: string } }`).
 * @selector [data-scope="authn"][data-part="profile-step"]
 */
export function ProfileStep() {
  const partAttributes = usePartAttributes();
  const { view, submit } = useAuthNFlow();
  const t = useMessages(profileMessages);
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const data = view.choice?.choice === 'profile' ? view.choice.data : NO_DATA;
  const fields = signupFieldsOf(data.fields);
  const [values, setValues] = useState<Record<string, ProfileValue>>({});
  const [errors, setErrors] = useState<Record<string, ProfileError>>({});
  const updating = view.pending?.operation === 'update';
  // A server error on a field this step does not show (say, one not asked at sign-up) still needs saying.
  const unshownIssue = Object.entries(view.fieldErrors).find(([id]) => !fields.some((field) => field.id === id))?.[1];
  const formIssue = view.formError ?? unshownIssue ?? null;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.busy) {
      return;
    }
    const found: Record<string, ProfileError> = {};
    for (const field of fields) {
      const error = validateField(field, values[field.id]);
      if (error !== null) {
        found[field.id] = error;
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusError();
      return;
    }
    submit('profile', { profile: profileOf(fields, values) });
  };

  return (
    <form ref={formRef} noValidate aria-busy={view.busy} onSubmit={handleSubmit} {...partAttributes('profile-step')}>
      <Heading>{t('profile.heading')}</Heading>
      {fields.some(isRequired) ? <p {...partAttributes('hint')}>{t('profile.requiredHint')}</p> : null}
      <FormError message={formIssue !== null ? translateIssue(t, formIssue) : null} />
      {fields.map((field) => {
        const own = errors[field.id];
        const server = view.fieldErrors[field.id];
        return (
          <ProfileField
            key={field.id}
            field={field}
            value={values[field.id]}
            error={own !== undefined ? t(own) : server !== undefined ? translateIssue(t, server) : null}
            onChange={(value) => {
              setValues((current) => ({ ...current, [field.id]: value }));
              setErrors(({ [field.id]: _cleared, ...rest }) => rest);
            }}
          />
        );
      })}
      <Button
        type="submit"
        part="submit"
        pending={view.busy && updating}
        disabled={view.busy && !updating}
        pendingLabel={t('profile.submitPending')}
      >
        {t('profile.submit')}
      </Button>
    </form>
  );
}
