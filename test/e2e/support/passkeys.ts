import type { Page } from '@playwright/test';

export interface VirtualAuthenticator {
  /** Passkeys it holds. */
  credentialCount(): Promise<number>;
  /** Assertions it has signed, over all its passkeys. */
  signCount(): Promise<number>;
}

/**
 * Gives the page Chromium's virtual authenticator (CDP WebAuthn domain): a platform authenticator
 * (ctap2, internal) with resident keys and user verification that answers every ceremony at once,
 * as a device whose user touched the sensor.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const session = await page.context().newCDPSession(page);
  await session.send('WebAuthn.enable');
  const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const credentials = async () => (await session.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  return {
    credentialCount: async () => (await credentials()).length,
    signCount: async () => (await credentials()).reduce((sum, credential) => sum + credential.signCount, 0),
  };
}

/** From the next load on, the page's browser offers no passkey autofill (conditional UI). */
export async function withoutPasskeyAutofill(page: Page): Promise<void> {
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);
  });
}
