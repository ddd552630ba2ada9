import { inject } from 'vitest';
import { STORY_MODES, type StoryMode } from './story-mode.js';
// Every story, in every mode, must fit a 320 px phone.
import './vitest.overflow.js';

declare module 'vitest' {
  export interface ProvidedContext {
    storyMode: StoryMode;
  }
}

// Each story project gets its mode through `provide` (vitest.config.ts), read at run time: a build-time
// `define` is shared by the browser projects of one run, so every project would see the same mode.
const mode = inject('storyMode');
if (!STORY_MODES.includes(mode)) {
  throw new Error(`A story project needs \`provide: { storyMode }\` (one of ${STORY_MODES.join(', ')}), not ${String(mode)}.`);
}
document.documentElement.dataset['storyMode'] = mode;
if (mode === 'rtl') {
  document.documentElement.dir = 'rtl';
}
