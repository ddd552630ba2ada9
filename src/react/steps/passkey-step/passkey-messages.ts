import type { FlowView } from '../../../core/index.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/use-messages.js';
import type { CeremonyState } from './use-passkey-ceremony.js';
import type { PasskeyFailure } from './webauthn.js';

const FAILURE_MESSAGE: Record<PasskeyFailure, MessageKey> = {
  cancelled: 'passkey.error.cancelled',
  unsupported: 'passkey.error.unsupported',
  'already-registered': 'passkey.error.alreadyRegistered',
  'not-allowed-here': 'passkey.error.notAllowedHere',
  failed: 'passkey.error.failed',
};

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
    return t(FAILURE_MESSAGE[state.failure]);
  }
  if (view.fieldErrors['authentication'] !== undefined || view.fieldErrors['registration'] !== undefined) {
    return t('passkey.error.rejected');
  }
  if (view.formError === null) {
    return null;
  }
  return view.formError.code === 'authentication-failed' ? t('passkey.error.rejected') : translateIssue(t, view.formError);
}
