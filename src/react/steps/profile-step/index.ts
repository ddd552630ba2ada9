export { ProfileStep } from './profile-step.js';
