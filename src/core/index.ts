export * from './api/index.js';
export * from './flow/index.js';
export * from './callback/index.js';
