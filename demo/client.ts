import { createAuthNClient } from 'authn-flow-kit/core';

/** The emulator's documented default token; the demo's dev server serves the emulator itself. */
const EMULATOR_TOKEN = 'pcl_authnflowkitemulatordefaulttoken0';

const domain = import.meta.env.VITE_AUTHN_DOMAIN as string | undefined;
const clientToken = import.meta.env.VITE_AUTHN_CLIENT_TOKEN as string | undefined;

/** On the emulator the demo shows its panels too (the preset, the inbox); a real AuthN project has neither. */
export const onEmulator = !(domain && clientToken);

/** The emulator on this origin, unless a real AuthN domain and client token are configured. */
export const client =
  domain && clientToken
    ? createAuthNClient({ domain, clientToken })
    : createAuthNClient({ baseUrl: `${window.location.origin}/`, clientToken: EMULATOR_TOKEN });
