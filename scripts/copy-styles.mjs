// The stylesheet ships as written: one file, all of it inside `@layer authn`.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
copyFileSync('src/react/theme/styles.css', 'dist/styles.css');
