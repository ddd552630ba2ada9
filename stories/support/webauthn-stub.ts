/**
 * What the browser's WebAuthn does in a passkey story: the stories run in real Chromium, where a
 * real prompt would wait for a person. `pending` never answers (the prompt is open), `cancel`
 * fails as a dismissed prompt does, and `unsupported` is a browser without WebAuthn.
 */
export type WebAuthnBehaviour = 'pending' | 'cancel' | 'unsupported';

export function stubWebAuthn(behaviour: WebAuthnBehaviour): () => void {
  const publicKeyCredential = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential');
  const answer = ({ signal }: { signal?: AbortSignal | null } = {}) =>
    new Promise<never>((_, reject) => {
      if (behaviour === 'cancel') {
        reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
        return;
      }
      signal?.addEventListener('abort', () => reject(signal.reason));
    });
  Object.defineProperty(navigator, 'credentials', {
    configurable: true,
    value: { create: answer, get: answer },
  });
  if (behaviour === 'unsupported') {
    Object.defineProperty(window, 'PublicKeyCredential', { configurable: true, writable: true, value: undefined });
  }
  return () => {
    // The stub is an own property over the prototype's getter: deleting it brings the real one back.
    delete (navigator as { credentials?: unknown }).credentials;
    if (publicKeyCredential !== undefined) {
      Object.defineProperty(window, 'PublicKeyCredential', publicKeyCredential);
    }
  };
}
