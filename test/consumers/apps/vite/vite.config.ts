import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // On a busy machine rolldown notes how long plugins took; the test wants the kit's build silent,
  // and that note speaks of the machine, not of the kit.
  build: { rolldownOptions: { checks: { bundlerTimings: false } } },
});
