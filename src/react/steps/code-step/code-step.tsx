import { useState } from 'react';
import type { FlowView } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { codeMessages } from '../../i18n/en/code.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { EmailEntryForm } from '../email-link-step/email-entry-form.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { codeChoiceState, isCodeChoice, type CodeChoice } from './code-choice.js';
import { CodeForm } from './code-form.js';
import { codeHeadingKey } from './code-messages.js';
import { PhoneEntryForm } from './phone-entry-form.js';

/**
 * A code: `email_otp`, `sms_otp` or `totp`. One instance per flow, phase and choice, so moving from
 * one method to another (or to the next phase) starts with an empty input and its own send.
 * @selector [data-scope="authn"][data-part="code-step"][data-state="email_otp" | "sms_otp" | "totp"]
 */
export function CodeStep() {
  const { view } = useAuthNFlow();
  const choice = view.choice;
  if (!isCodeChoice(choice)) {
    return null;
  }
  return <CodeStepFor key={`${view.flowId ?? ''}|${view.phase ?? ''}|${choice.choice}`} choice={choice} />;
}

/**
 * Where the code goes: the address typed here wins, then what the flow holds: the result's `email`
 * (or an email identifier) for `email_otp`, the result's `phone` for `sms_otp`.
 */
function targetOf(choice: CodeChoice, typed: string | null, view: Pick<FlowView, 'identifier' | 'email' | 'phone'>) {
  if (typed !== null) {
    return typed;
  }
  switch (choice.choice) {
    case 'email_otp':
      return view.email ?? (view.identifier?.kind === 'email' ? view.identifier.value : undefined);
    case 'sms_otp':
      return view.phone;
    case 'totp':
      return undefined;
    default:
      return choice satisfies never;
  }
}

function CodeStepFor({ choice }: { choice: CodeChoice }) {
  const partAttributes = usePartAttributes();
  const { view, submit, restart, back, startOver } = useAuthNFlow();
  const t = useMessages(codeMessages);
  const state = codeChoiceState(choice);
  const method = state.method;
  // The email or phone typed for `need_email` / `need_phone`, and whether the user is changing it.
  const [typed, setTyped] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const entering = method !== 'totp' && ((state.needsContact && !state.sent) || editing);

  // Leave the address form once the send it asked for went through.
  const [wasBusy, setWasBusy] = useState(view.busy);
  if (wasBusy !== view.busy) {
    setWasBusy(view.busy);
    if (!view.busy && editing && view.formError === null && Object.keys(view.fieldErrors).length === 0) {
      setEditing(false);
    }
  }


  const sendTo = (address: string) => {
    setTyped(address);
    if (method === 'sms_otp') {
      restart('sms_otp', { phone: address });
    } else {
      restart('email_otp', { email: address });
    }
  };
  const cancelEdit = state.sent ? () => setEditing(false) : undefined;

  return (
    <div {...partAttributes('code-step', method)}>
      <Heading>{t(codeHeadingKey(view, state, entering))}</Heading>
      <IdentifierSummary identifier={view.identifier} onChange={startOver} />
      {entering && method === 'sms_otp' ? (
        <PhoneEntryForm view={view} initialPhone={typed ?? ''} onSend={sendTo} onCancel={cancelEdit} autoFocus={editing} />
      ) : entering ? (
        <EmailEntryForm
          view={view}
          sends="code"
          initialEmail={typed ?? ''}
          onSend={sendTo}
          onCancel={cancelEdit}
          autoFocus={editing}
        />
      ) : (
        <CodeForm
          view={view}
          commands={{ submit, restart, back }}
          state={state}
          target={targetOf(choice, typed, view)}
          onChangeContact={typed === null ? undefined : () => setEditing(true)}
          // After the address form, the code input is where the user goes next.
          autoFocus={typed !== null}
        />
      )}
    </div>
  );
}
