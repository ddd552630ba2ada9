export { ConsentStep } from './consent-step.js';
