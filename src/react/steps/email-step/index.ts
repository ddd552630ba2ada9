export { EmailStep } from './email-step.js';
