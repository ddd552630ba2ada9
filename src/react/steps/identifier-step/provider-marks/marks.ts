import type { BrandedProvider } from '../../../i18n/provider-brands.js';

/** One filled shape of a mark: its colour and its path. */
export type MarkShape = readonly [fill: string, path: string];

export interface Mark {
  /** The side of the square the paths are drawn in (`viewBox="0 0 box box"`). */
  box: number;
  shapes: readonly MarkShape[];
}

/** Follows the button's text: black on light, white on dark, as these brands ask for a one-colour mark. */
const TEXT = 'currentColor';

/**
 * Each brand's mark in its own colours, as its guidelines show it beside a sign-in: Google's
 * four-colour G on the button's own background (never white on blue), Microsoft's four squares,
 * Facebook's white f in a blue disc, LinkedIn's white "in" on blue; GitHub in the text colour,
 * so it stays visible in dark mode. Shapes after Simple Icons (CC0) or the brands'
 * own artwork, redrawn to one decimal (two for Google) on a 24-unit grid: under 1.3 kB gzipped in all.
 * The names and marks are the brands' trademarks, shown only to say where a button leads.
 */
export const MARKS: Readonly<Record<BrandedProvider, Mark>> = {
  google: {
    box: 18,
    shapes: [
      ['#4285F4', 'M17.64 9.2q0-.96-.16-1.84H9v3.48h4.84a4.2 4.2 0 0 1-1.8 2.72v2.26h2.92a8.8 8.8 0 0 0 2.68-6.62'],
      ['#34A853', 'M9 18a8.6 8.6 0 0 0 5.96-2.18l-2.91-2.26a5.4 5.4 0 0 1-8.09-2.85h-3v2.33A9 9 0 0 0 9 18'],
      ['#FBBC05', 'M3.96 10.71A5 5 0 0 1 3.68 9q0-.9.28-1.71V4.96h-3A9 9 0 0 0 0 9a9 9 0 0 0 .96 4.04z'],
      ['#EA4335', 'M9 3.58c1.32 0 2.5.45 3.44 1.35l2.58-2.58A8.6 8.6 0 0 0 9 0 9 9 0 0 0 .96 4.96l3 2.33A5.4 5.4 0 0 1 9 3.58'],
    ],
  },
  github: {
    box: 24,
    shapes: [
      [
        TEXT,
        'M12 .3a12 12 0 0 0-3.8 23.4q.8 0 .8-.6v-2c-3.3.7-4-1.6-4-1.6-.6-1.4-1.4-1.8-1.4-1.8-1-.7.1-.7.1-.7 1.2 0 1.9 1.2 1.9 1.2 1 1.8 2.8 1.3 3.5 1q.1-1.2.7-1.6c-2.7-.3-5.5-1.3-5.5-6q0-1.9 1.3-3.1c-.2-.4-.6-1.6 0-3.2 0 0 1-.3 3.4 1.2a12 12 0 0 1 6 0c2.3-1.5 3.3-1.2 3.3-1.2.6 1.6.2 2.8 0 3.2q1.3 1.2 1.3 3.2c0 4.6-2.8 5.6-5.5 5.9q.8.5.9 2.2v3.3q-.1.6.8.6A12 12 0 0 0 12 .3',
      ],
    ],
  },
  microsoftonline: {
    box: 21,
    shapes: [
      ['#F25022', 'M0 0h10v10H0z'],
      ['#7FBA00', 'M11 0h10v10H11z'],
      ['#00A4EF', 'M0 11h10v10H0z'],
      ['#FFB900', 'M11 11h10v10H11z'],
    ],
  },
  facebook: {
    box: 24,
    shapes: [
      ['#0866FF', 'M0 12a12 12 0 1 0 24 0 12 12 0 1 0-24 0'],
      ['#fff', 'M9.1 23.7v-8H6.6V12h2.5v-1.5q-.1-6 5.9-6h1.4l1.2.3V8h-1.4q-1 0-1.7.3l-.7.6q-.3.6-.3 1.7V12h3.9l-.4 2.1-.3 1.6h-3.2V24z'],
    ],
  },
  gitlab: {
    box: 25,
    shapes: [
      [
        '#E24329',
        'M24.5 9.5 21 .4a.9.9 0 0 0-1.7.2l-2.3 7H7.8L5.5.7A.9.9 0 0 0 3.8.6L.5 9.4v.1a6 6 0 0 0 2 7.3l5.2 3.9 2.6 2 1.5 1a1 1 0 0 0 1.3 0l1.5-1 2.6-2 5.2-4a6 6 0 0 0 2.1-7.2',
      ],
      ['#FC6D26', 'M24.5 9.5a11 11 0 0 0-4.6 2L12.5 17l4.7 3.6 5.2-4a6 6 0 0 0 2.1-7.2'],
      ['#FCA326', 'm7.7 20.7 2.6 2 1.5 1a1 1 0 0 0 1.3 0l1.5-1 2.6-2-4.7-3.6'],
      ['#FC6D26', 'M5 11.5a11 11 0 0 0-4.5-2 6 6 0 0 0 2 7.3l5.2 3.9 4.8-3.6z'],
    ],
  },
  linkedin: {
    box: 24,
    shapes: [
      ['#0A66C2', 'M1.8 0h20.4q1.6.2 1.8 1.7v20.6q-.2 1.6-1.8 1.7H1.8Q.2 23.8 0 22.3V1.7Q.2.1 1.8 0'],
      [
        '#fff',
        'M20.4 20.5H17v-5.6c0-1.3 0-3-1.9-3s-2 1.4-2 2.9v5.7H9.3V9h3.4v1.6q.7-1.7 3.4-1.9c3.6 0 4.2 2.4 4.2 5.5zm-15-13a2 2 0 1 1 0-4.2 2 2 0 0 1 0 4.1m1.7 13H3.6V9H7z',
      ],
    ],
  },
};

/**
 * A key, for SAML and any provider the kit has no mark for: single sign-on through the
 * organisation's own identity provider. Stroked in the text colour; its button names the provider.
 */
export const GENERIC_MARK = 'M3.5 15a4.5 4.5 0 1 0 9 0 4.5 4.5 0 1 0-9 0m7.7-3.2L20 3m-3.5 3.5L19 9m-5 0 2 2';
