export { PasskeyStep } from './passkey-step.js';
