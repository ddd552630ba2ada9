export { AgreementsStep } from './agreements-step.js';
