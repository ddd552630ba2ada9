import { useMessages } from '../../i18n/use-messages.js';
import { codeMessages } from '../../i18n/en/code.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { CodeInput } from './code-input.js';
import { ResendButton } from './resend-button.js';
import { TotpSetup } from './totp-setup.js';
import { useCodeForm, type UseCodeFormOptions } from './use-code-form.js';

/**
 * The code itself: one input, submitted when complete, with resend (and its countdown) for codes
 * that are sent, and the QR code and key while enrolling TOTP.
 * @selector [data-scope="authn"][data-part="code-form"]
 */
export function CodeForm(props: UseCodeFormOptions) {
  const partAttributes = usePartAttributes();
  const t = useMessages(codeMessages);
  const form = useCodeForm(props);
  const resend = form.getResendProps();
  const changeContact = form.getChangeContactProps();
  const back = form.getBackProps();

  return (
    <form {...form.getFormProps()} {...partAttributes('code-form')}>
      {form.totpSetup !== null ? (
        <TotpSetup {...form.totpSetup} />
      ) : (
        <p {...partAttributes('body')}>{form.body}</p>
      )}
      <FormError message={form.formError} />
      <CodeInput {...form.getCodeInputProps()} />
      <Button type="submit" part="submit" {...form.getSubmitProps()} pendingLabel={t('code.submitPending')}>
        {t('code.submit')}
      </Button>
      {resend === null ? null : (
        <div {...partAttributes('actions')}>
          <ResendButton kind="code" {...resend} />
          {changeContact === null ? null : (
            <Button variant="link" part="change-contact" {...changeContact}>
              {t(props.state.method === 'sms_otp' ? 'code.changePhone' : 'code.changeEmail')}
            </Button>
          )}
        </div>
      )}
      {back === null ? null : (
        <Button variant="link" part="back" {...back}>
          {t('code.back')}
        </Button>
      )}
    </form>
  );
}
