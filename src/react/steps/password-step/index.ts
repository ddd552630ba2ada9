export { PasswordStep } from './password-step.js';
