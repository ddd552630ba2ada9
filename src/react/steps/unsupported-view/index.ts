export { UnsupportedView } from './unsupported-view.js';
