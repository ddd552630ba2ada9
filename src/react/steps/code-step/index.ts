export { CodeStep } from './code-step.js';
export { CodeInput, type CodeInputProps } from './code-input.js';
export { TotpSetup, type TotpSetupProps } from './totp-setup.js';
