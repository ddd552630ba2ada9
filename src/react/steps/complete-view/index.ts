export { CompleteView } from './complete-view.js';
