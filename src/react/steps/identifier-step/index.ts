export { IdentifierStep } from './identifier-step.js';
