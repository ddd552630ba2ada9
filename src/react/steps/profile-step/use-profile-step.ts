import { useState } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import type { StepButtonProps, StepFormProps } from '../../hooks/step-props.js';
import { callButton, errorText, useStepForm } from '../../hooks/step-form.js';
import { useChoiceStep } from '../../hooks/use-choice-step.js';
import { useMessages } from '../../i18n/use-messages.js';
import { profileMessages } from '../../i18n/en/profile.js';
import type { ProfileFieldProps } from './profile-field.js';
import {
  isRequired,
  profileOf,
  signupFieldsOf,
  validateField,
  type ProfileError,
  type ProfileFieldDefinition,
  type ProfileValue,
} from './profile-fields.js';

const NO_DATA: ChoiceData<'profile'> = { fields: [] };

export interface ProfileStepApi {
  /** The fields asked at sign-up (`show_on_signup`, or required without the flag). */
  fields: ProfileFieldDefinition[];
  /** Some field is required: say what its mark means. */
  hasRequired: boolean;
  /** The server's error about the form, or on a field this step does not show; translated. */
  formError: string | null;
  getFormProps(): StepFormProps;
  getFieldProps(field: ProfileFieldDefinition): ProfileFieldProps;
  getSubmitProps(): StepButtonProps;
}

/**
 * The profile step without its markup: the fields asked at sign-up, each checked on the client by
 * its type, and sent as strings (`profile: { profile: { [id]: string } }`).
 */
export function useProfileStep(): ProfileStepApi {
  const step = useChoiceStep('profile');
  const { view } = step.flow;
  const t = useMessages(profileMessages);
  const fields = signupFieldsOf((step.data ?? NO_DATA).fields);
  const [values, setValues] = useState<Record<string, ProfileValue>>({});
  const [errors, setErrors] = useState<Record<string, ProfileError>>({});
  // A server error on a field this step does not show (say, one not asked at sign-up) still needs saying.
  const unshownIssue = Object.entries(view.fieldErrors).find(([id]) => !fields.some((field) => field.id === id))?.[1];

  const [getFormProps] = useStepForm(view, (focusError) => {
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
    step.submit({ profile: profileOf(fields, values) });
  });

  return {
    fields,
    hasRequired: fields.some(isRequired),
    formError: errorText(t, view.formError ?? unshownIssue),
    getFormProps,
    getFieldProps: (field) => ({
      field,
      value: values[field.id],
      error: errorText(t, view.fieldErrors[field.id], errors[field.id]),
      onChange: (value) => {
        setValues((current) => ({ ...current, [field.id]: value }));
        setErrors(({ [field.id]: _cleared, ...rest }) => rest);
      },
    }),
    getSubmitProps: () => callButton(view.busy, step.submitting),
  };
}
