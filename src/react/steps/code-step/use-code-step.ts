import type { FlowIdentifier, FlowView } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import type { EntryFormOptions } from '../../hooks/use-entry-form.js';
import type { MessageKey } from '../../i18n/messages.js';
import { codeChoiceState, isCodeChoice, type CodeChoice, type CodeMethod } from './code-choice.js';
import { emailOf } from '../shared/is-email.js';
import { useAddressChange } from '../shared/use-address-change.js';
import { codeHeadingKey } from './code-messages.js';
import type { UseCodeFormOptions } from './use-code-form.js';

export interface CodeStepApi {
  method: CodeMethod;
  /** What the step asks for now: the address to send a code to (`need_email`, `need_phone`, "Change"), else the code. */
  asks: 'phone' | 'email' | 'code';
  /** The catalog key of the title: what the step is for until a code is on its way. */
  headingKey: MessageKey;
  identifier: FlowIdentifier | undefined;
  /** Leaves this flow to type another identifier ("Change"). */
  startOver: () => void;
  /** For the address form (`asks` is `phone` or `email`): sends a code there. */
  getEntryProps(): EntryFormOptions;
  /** For the code form (`useCodeForm`). */
  getCodeFormProps(): UseCodeFormOptions;
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
      return view.email ?? emailOf(view.identifier);
    case 'sms_otp':
      return view.phone;
    case 'totp':
      return undefined;
    default:
      return choice satisfies never;
  }
}

/**
 * The code step without its markup (`email_otp`, `sms_otp`, `totp`): whether it asks for an
 * address or for the code, and where the code went. `null` when the step on screen is not a code.
 * Its state belongs to one choice: the kit's `CodeStep` mounts a new instance per flow, phase and
 * choice, so moving to another method starts empty.
 */
export function useCodeStep(): CodeStepApi | null {
  const { view, restart, startOver } = useAuthNFlow();
  const address = useAddressChange(view);
  const { typed } = address;

  const choice = view.choice;
  if (!isCodeChoice(choice)) {
    return null;
  }
  const state = codeChoiceState(choice);
  const method = state.method;
  const entering = method !== 'totp' && ((state.needsContact && !state.sent) || address.editing);

  return {
    method,
    asks: !entering ? 'code' : method === 'sms_otp' ? 'phone' : 'email',
    headingKey: codeHeadingKey(view, state, entering),
    identifier: view.identifier,
    startOver,
    getEntryProps: () =>
      address.getEntryProps(state.sent, (to) =>
        method === 'sms_otp' ? restart('sms_otp', { phone: to }) : restart('email_otp', { email: to }),
      ),
    getCodeFormProps: () => ({
      state,
      target: targetOf(choice, typed, view),
      onChangeContact: typed === null ? undefined : address.edit,
      // After the address form, the code input is where the user goes next.
      autoFocus: typed !== null,
    }),
  };
}
