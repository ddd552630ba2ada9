export { ResetPasswordStep } from './reset-password-step.js';
