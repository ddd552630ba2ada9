/**
 * "Don't ask again on this browser" for the add-a-passkey offer, as Pangea's hosted login has it.
 * A preference of the browser, not a secret, so `localStorage`; where storage is missing (a server
 * render) or blocked (some private modes), reading it throws and the offer simply comes back.
 */
const KEY = 'authn-flow-kit:passkey-offer';

export function isPasskeyOfferDeclined(): boolean {
  try {
    return localStorage.getItem(KEY) === 'declined';
  } catch {
    return false;
  }
}

export function declinePasskeyOffer(): void {
  try {
    localStorage.setItem(KEY, 'declined');
  } catch {
    // Storage blocked: nothing to remember with.
  }
}
