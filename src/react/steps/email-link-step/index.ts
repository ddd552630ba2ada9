export { EmailLinkStep } from './email-link-step.js';
