// The identifier step's `import()` target. Other chunks import the phone field statically; a
// dynamic import of that same module made the bundler build a namespace object and ship its
// runtime helper for it (with rich-text-lazy.ts, 0.13 kB of the full kit). A module only ever
// imported dynamically needs neither.
export { PhoneField } from './phone-field.js';
