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

  it('keep ordinary colours, sizes and functions', () => {
    const tokens = { colorAccent: 'rgb(15 118 110 / 90%)', radius: 'calc(4px + 0.25rem)', fontFamily: '"Inter", system-ui' };
    expect(Object.values(themeToCssVariables(tokens))).toEqual(Object.values(tokens));
  });
});
