export { LoadingView } from './loading-view.js';
