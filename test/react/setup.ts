import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadPhoneLibrary } from '../../src/react/primitives/phone-library.js';
import { preloadSteps } from '../../src/react/steps/lazy-steps.js';

// The kit loads every later step once its first screen is up. Tests start from there: on a fresh
// clone, transforming a step's modules the first time could outlast a `findBy…` wait. The phone
// library loads when a phone field mounts; its first transform is the slowest of all, so it is loaded here too.
beforeAll(async () => {
  await Promise.all([preloadSteps(), loadPhoneLibrary()]);
});

afterEach(() => {
  cleanup();
});
