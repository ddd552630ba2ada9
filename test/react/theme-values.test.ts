import { describe, expect, it } from 'vitest';
import { themeToCssVariables } from '../../src/react/theme/theme.js';

describe('theme values that would load something', () => {
  it.each([
    'url(https://evil.example/beacon)',
    'URL( "https://evil.example/x" )',
    '#fff url(https://evil.example/x)',
    'image-set("https://evil.example/x" 1x)',
    '-webkit-image-set(url(x) 1x)',
    'image(https://evil.example/x)',
    'src("https://evil.example/font")',
  ])('are dropped: %s', (value) => {
    expect(themeToCssVariables({ colorAccent: value, radius: '8px' })).toEqual({ '--authn-radius': '8px' });
  });

  it.each(['rgb(15 118 110', '"Inter', "'Inter\"", 'x[', 'calc(4px + 1px))', 'a]['])(
    'are dropped when they leave a bracket or quote open, which would swallow the rest of the sheet: %s',
    (value) => {
      expect(themeToCssVariables({ colorAccent: value, radius: '8px' })).toEqual({ '--authn-radius': '8px' });
    },
  );

  it('skip a null value, as JSON from a CMS may hold, instead of failing', () => {
    const fromJson = JSON.parse('{"colorAccent": null, "radius": "8px"}') as { radius: string };
    expect(themeToCssVariables(fromJson)).toEqual({ '--authn-radius': '8px' });
  });

  it('keep ordinary colours, sizes and functions', () => {
    const tokens = {
      colorAccent: 'rgb(15 118 110 / 90%)',
      radius: 'calc(4px + 0.25rem)',
      fontFamily: '"Inter", system-ui',
      headingFontFamily: "'JetBrains Mono (x)', ui-monospace",
    };
    expect(Object.values(themeToCssVariables(tokens))).toEqual(Object.values(tokens));
  });
});
