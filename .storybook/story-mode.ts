/** The modes `npm test` runs every story in, axe as an error in each. */
export const STORY_MODES = ['light', 'dark', 'rtl'] as const;
export type StoryMode = (typeof STORY_MODES)[number];

/**
 * The mode of this story test run: `<html data-story-mode>`, set by .storybook/vitest.story-mode.ts
 * from the project's `provide` (vitest.config.ts); `light` in Storybook itself. Dark makes every story
 * dark; right to left is the page's direction (`<html dir="rtl">`), as in an app in Arabic, with the
 * English strings the stories' play functions look for. The gallery's RTL stories cover Arabic.
 */
export function storyModeOf(): StoryMode {
  const mode = typeof document === 'undefined' ? undefined : document.documentElement.dataset['storyMode'];
  return STORY_MODES.find((candidate) => candidate === mode) ?? 'light';
}
