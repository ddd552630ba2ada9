import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadSteps } from '../../src/react/steps/lazy-steps.js';

// The kit loads every later step once its first screen is up. Tests start from there: on a fresh
// clone, transforming a step's modules the first time could outlast a `findBy…` wait.
beforeAll(async () => {
  await preloadSteps();
});

afterEach(() => {
  cleanup();
});
