import { useMessages } from '../../i18n/use-messages.js';
import { profileMessages } from '../../i18n/en/profile.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { ProfileField } from './profile-field.js';
import { useProfileStep } from './use-profile-step.js';

/**
 * `profile`: the profile fields asked at sign-up, each with the widget its type calls for, checked
 * on the client, and sent as strings (`profile: { profile: { [id]: string } }`).
 * @selector [data-scope="authn"][data-part="profile-step"]
 */
export function ProfileStep() {
  const partAttributes = usePartAttributes();
  const api = useProfileStep();
  const t = useMessages(profileMessages);

  return (
    <form {...api.getFormProps()} {...partAttributes('profile-step')}>
      <Heading>{t('profile.heading')}</Heading>
      {api.hasRequired ? <p {...partAttributes('hint')}>{t('profile.requiredHint')}</p> : null}
      <FormError message={api.formError} />
      {api.fields.map((field) => (
        <ProfileField key={field.id} {...api.getFieldProps(field)} />
      ))}
      <Button type="submit" part="submit" {...api.getSubmitProps()} pendingLabel={t('profile.submitPending')}>
        {t('profile.submit')}
      </Button>
    </form>
  );
}
