export { CodeStep } from './code-step.js';
