export { EmailLinkStep } from './email-link-step.js';
export { EmailEntryForm, type EmailEntryFormProps } from './email-entry-form.js';
