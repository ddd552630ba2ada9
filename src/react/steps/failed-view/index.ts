export { FailedView } from './failed-view.js';
