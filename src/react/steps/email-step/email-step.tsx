import { IdentifierStep } from '../identifier-step/identifier-step.js';

/**
 * The identifier step under its first name.
 * @deprecated Use `IdentifierStep`: the step serves usernames and phone numbers too.
 */
export const EmailStep = IdentifierStep;
