export * from './api/index.js';
export * from './flow/index.js';
export * from './session/index.js';
export * from './callback/index.js';
export * from './account/index.js';
