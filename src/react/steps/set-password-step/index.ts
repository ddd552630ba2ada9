export { SetPasswordStep } from './set-password-step.js';
