import type { FlowChoice, RestartChoiceName } from '../api/wire.js';
import type { FlowView } from './flow.selectors.js';

/** A code, link or TOTP secret the flow asks for by itself: `restart(choice, {})`. */
export interface AutoSend {
  /** The choice instance (flow, phase, choice): each is sent for once. */
  key: string;
  choice: RestartChoiceName;
}

function needsSend(choice: FlowChoice): choice is Extract<FlowChoice, { choice: RestartChoiceName }> {
  switch (choice.choice) {
    case 'email_otp':
    case 'verify_email':
    case 'reset_password':
    case 'magiclink':
    case 'provisional_enrollment':
      // Without an address the step asks for one first; the send goes with it.
      return choice.data.sent !== true && choice.data.need_email !== true;
    case 'sms_otp':
      return choice.data.sent !== true && choice.data.need_phone !== true;
    case 'totp':
      // An enrolment without a secret asks for one, to show its QR code.
      return choice.data.enrollment === true && choice.data.totp_secret === undefined;
    case 'passkey':
    case 'set_email':
    case 'set_username':
    case 'set_phone':
    case 'password':
    case 'set_password':
    case 'social':
    case 'saml':
    case 'captcha':
    case 'agreements':
    case 'profile':
    case 'oauth_consent':
      return false;
    default:
      return choice satisfies never;
  }
}

/**
 * The send the step on screen needs before the user can go on (`sent: false`), as Pangea's views
 * make it: the host runs it in the same task as the answer that brought the step, so the step's
 * first render already shows it sending. `null` while a call runs or when nothing is due.
 */
export function autoSendOf(view: FlowView): AutoSend | null {
  const choice = view.choice;
  // In `update` the step on screen is the choice's own (flow.selectors.ts `stepOf`).
  if (view.busy || view.state !== 'update' || choice === null || !needsSend(choice)) {
    return null;
  }
  return { key: `${view.flowId ?? ''}|${view.phase ?? ''}|${choice.choice}`, choice: choice.choice };
}

/**
 * `autoSendOf`, once per choice instance whatever the snapshots repeat: a send the server refused
 * is not retried in a loop (the step offers "Send" again). One per flow host, kept across renders.
 */
export function createAutoSendOnce(): (view: FlowView) => AutoSend | null {
  const claimed = new Set<string>();
  return (view) => {
    const due = autoSendOf(view);
    if (due === null || claimed.has(due.key)) {
      return null;
    }
    claimed.add(due.key);
    return due;
  };
}
