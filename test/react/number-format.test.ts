import { describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../src/react/i18n/messages.js';

const LOCALES = [undefined, 'en', 'en-GB', 'de', 'fr', 'ja', 'zh-CN', 'pt-BR', 'ar', 'ar-EG', 'fa', 'bn', 'mr', 'en-u-nu-arab', 'DE-U-NU-DEVA'];
const VALUES = [0, -0, 1, 8, 59, 12345, -3, 2.5, 2 ** 53, 1e21];

describe('numbers in messages', () => {
  it('builds no number formatter for a whole number in a language written with ASCII digits', () => {
    const constructed = vi.spyOn(Intl, 'NumberFormat');
    try {
      expect(formatMessage('Send code in {seconds} s', { seconds: 30 }, 'nl-BE')).toBe('Send code in 30 s');
      expect(formatMessage('{count} characters', { count: 12 }, 'it')).toBe('12 characters');
      expect(constructed).not.toHaveBeenCalled();
    } finally {
      constructed.mockRestore();
    }
  });

  it('writes each number as the locale’s formatter does, without grouping', () => {
    for (const locale of LOCALES) {
      const formatter = new Intl.NumberFormat(locale, { useGrouping: false });
      for (const value of VALUES) {
        expect(formatMessage('[{n}]', { n: value }, locale), `${String(value)} in ${String(locale)}`).toBe(`[${formatter.format(value)}]`);
      }
    }
    expect(formatMessage('{n}', { n: 8 }, 'ar-EG')).toBe('٨');
    expect(formatMessage('{n}', { n: 8 }, 'en-u-nu-arab')).toBe('٨');
  });
});
