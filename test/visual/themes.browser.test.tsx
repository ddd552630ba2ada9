/**
 * Visual regression: the theme gallery (every step in every look, a family of steps per story) in
 * each sample theme, compared with the baselines committed beside this file in `__screenshots__/`.
 * After a deliberate change of the look, update them with `npm run test:visual -- --update` and
 * review the new images in the diff. Debian's Chromium and its fonts draw them, as in CI.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview.js';
import * as gallery from '../../stories/themes/gallery.stories.js';

const annotations = setProjectAnnotations([preview]);
const stories = Object.entries(composeStories(gallery, annotations));

/** One mode per sample theme: the default in light (right to left), Midnight in dark, Paper in light. */
const THEMED = /^(Rtl|Midnight|Paper)(Screens|Entry|Codes|Links|Extras)$/;

afterEach(() => {
  document.body.replaceChildren();
});

describe('the sample themes look as they did', () => {
  it('has a story for each theme and family', () => {
    expect(stories.filter(([name]) => THEMED.test(name)).length).toBeGreaterThanOrEqual(15);
  });

  for (const [name, story] of stories.filter(([name]) => THEMED.test(name))) {
    // A stable picture is two equal ones in a row; each of these tall pictures takes a while to take.
    it(name, { timeout: 40_000 }, async () => {
      const canvasElement = document.createElement('div');
      // Wider than the flow's 26rem, as a phone in portrait: the rest of a wide canvas is blank.
      canvasElement.style.width = '480px';
      document.body.append(canvasElement);
      await story.run({ canvasElement });
      // Fonts and the lazy steps' images are in before the picture is taken.
      await document.fonts.ready;
      // The test frame paints only what its viewport shows: rows below it would come out blank.
      await page.viewport(1280, Math.ceil(canvasElement.getBoundingClientRect().bottom));
      await expect.element(page.elementLocator(canvasElement)).toMatchScreenshot(name, {
        comparatorName: 'pixelmatch',
        comparatorOptions: { allowedMismatchedPixelRatio: 0.002 },
        timeout: 20_000,
      });
    });
  }
});
