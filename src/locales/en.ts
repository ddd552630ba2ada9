import { accountMessages } from '../react/i18n/en/account.js';
import { agreementsMessages } from '../react/i18n/en/agreements.js';
import { captchaMessages } from '../react/i18n/en/captcha.js';
import { choiceMessages } from '../react/i18n/en/choice.js';
import { codeMessages } from '../react/i18n/en/code.js';
import { completeMessages } from '../react/i18n/en/complete.js';
import { consentMessages } from '../react/i18n/en/consent.js';
import { emailLinkMessages } from '../react/i18n/en/email-link.js';
import { entryMessages } from '../react/i18n/en/entry.js';
import { failedMessages } from '../react/i18n/en/failed.js';
import { passkeyMessages } from '../react/i18n/en/passkey.js';
import { passwordMessages } from '../react/i18n/en/password.js';
import { profileMessages } from '../react/i18n/en/profile.js';
import { resendMessages } from '../react/i18n/en/resend.js';
import { setPasswordMessages } from '../react/i18n/en/set-password.js';
import { unsupportedMessages } from '../react/i18n/en/unsupported.js';
import { coreMessages } from '../react/i18n/messages.js';
import type { Messages } from '../react/i18n/message-types.js';

/**
 * The whole English catalog (`authn-flow-kit/locales/en`), gathered from the per-step modules the
 * kit loads with each step. For an app that rewords English wholesale, or as a translator's source.
 */
export const messages = {
  ...coreMessages,
  ...accountMessages,
  ...agreementsMessages,
  ...captchaMessages,
  ...choiceMessages,
  ...codeMessages,
  ...completeMessages,
  ...consentMessages,
  ...emailLinkMessages,
  ...entryMessages,
  ...failedMessages,
  ...passkeyMessages,
  ...passwordMessages,
  ...profileMessages,
  ...resendMessages,
  ...setPasswordMessages,
  ...unsupportedMessages,
} satisfies Messages;

export const locale = 'en';

export default messages;
