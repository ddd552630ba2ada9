import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Storybook reads this file: keep it to the React plugin (the library build has its own config).
export default defineConfig({
  plugins: [react()],
});
