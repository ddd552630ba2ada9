import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { codeMessages } from '../../i18n/en/code.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { EmailEntryForm } from '../email-link-step/email-entry-form.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { CodeForm } from './code-form.js';
import { PhoneEntryForm } from './phone-entry-form.js';
import { useCodeStep } from './use-code-step.js';

/**
 * A code: `email_otp`, `sms_otp` or `totp`. One instance per flow, phase and choice, so moving from
 * one method to another (or to the next phase) starts with an empty input and its own send.
 * @selector [data-scope="authn"][data-part="code-step"][data-state="email_otp" | "sms_otp" | "totp"]
 */
export function CodeStep() {
  const { view } = useAuthNFlow();
  // A choice that is not its own gets an instance that renders nothing: the hook returns `null`.
  return <CodeStepFor key={`${view.flowId ?? ''}|${view.phase ?? ''}|${view.choice?.choice ?? ''}`} />;
}

function CodeStepFor() {
  const partAttributes = usePartAttributes();
  const api = useCodeStep();
  const t = useMessages(codeMessages);
  if (api === null) {
    return null;
  }
  return (
    <div {...partAttributes('code-step', api.method)}>
      <Heading>{t(api.headingKey)}</Heading>
      <IdentifierSummary identifier={api.identifier} onChange={api.startOver} />
      {api.asks === 'phone' ? (
        <PhoneEntryForm {...api.getEntryProps()} />
      ) : api.asks === 'email' ? (
        <EmailEntryForm sends="code" {...api.getEntryProps()} />
      ) : (
        <CodeForm {...api.getCodeFormProps()} />
      )}
    </div>
  );
}
