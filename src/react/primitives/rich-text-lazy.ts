// The identifier step's `import()` target, for the reason phone-field-lazy.ts gives.
export { RichText } from './rich-text.js';
