import type { FlowIdentifier, MethodChoice } from '../../../core/index.js';
import { errorText } from '../../hooks/step-form.js';
import type { StepButtonProps } from '../../hooks/step-props.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { choiceMessages } from '../../i18n/en/choice.js';
import { useHasWebAuthn } from '../passkey-step/use-has-webauthn.js';

export interface ChoicePickerApi {
  /** The ways to prove who you are in this phase; a passkey only where the browser can use one. */
  methods: MethodChoice[];
  /** `secondary` for a second factor ("Choose an additional step"), else `primary`. */
  factor: 'primary' | 'secondary';
  identifier: FlowIdentifier | undefined;
  startOver: () => void;
  formError: string | null;
  /** Picks the method (`chooseMethod`): its step comes to the screen. */
  getMethodProps(method: MethodChoice): StepButtonProps;
}

/** The method picker without its markup: one way in per method the phase offers. */
export function useChoicePicker(): ChoicePickerApi {
  const { view, chooseMethod, startOver } = useAuthNFlow();
  const t = useMessages(choiceMessages);
  // A passkey needs WebAuthn: without it the option could only fail (and the server renders none).
  const webAuthn = useHasWebAuthn();
  return {
    methods: webAuthn ? view.methods : view.methods.filter((method) => method.choice !== 'passkey'),
    factor: view.phase === 'phase_secondary' ? 'secondary' : 'primary',
    identifier: view.identifier,
    startOver,
    formError: errorText(t, view.formError),
    getMethodProps: (method) => ({ pending: view.busy, onClick: () => chooseMethod(method.choice) }),
  };
}
