export { CallbackRefusedView, CallbackView } from './callback-view.js';
