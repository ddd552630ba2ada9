export { ChoicePicker } from './choice-picker.js';
