import type { FlowView } from '../../../core/index.js';
import { errorText } from '../../hooks/step-form.js';
import type { Translate } from '../../i18n/use-messages.js';
import type { CeremonyState } from './use-passkey-ceremony.js';

/** Failures a second try cannot fix: the step offers only another way. */
export function isFinalFailure(state: CeremonyState): boolean {
  return state.kind === 'failed' && state.failure !== 'cancelled' && state.failure !== 'failed';
}

/**
 * The step's one error line: the browser's (the ceremony) over the server's (the last call). A
 * refused passkey is named as such, not as a wrong entry: the user typed nothing.
 */
export function passkeyErrorOf(t: Translate, state: CeremonyState, view: FlowView): string | null {
  if (state.kind === 'failed') {
    return t(`passkey.error.${state.failure}`);
  }
  const rejected =
    view.fieldErrors['authentication'] !== undefined ||
    view.fieldErrors['registration'] !== undefined ||
    view.formError?.code === 'authentication-failed';
  return errorText(t, view.formError, rejected ? 'passkey.error.rejected' : null);
}
