import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { PART_NAMES } from '../../src/react/theme/part-names.js';
import { FixtureFlow } from '../support/fixture-flow.js';
import { stubWebAuthn } from '../support/webauthn-stub.js';
import { galleryFlows, type GalleryGroup } from './gallery-flows.js';

/**
 * Every step in every look the step stories show (sign-in and sign-up, idle and busy, field and
 * form errors), a family of steps per canvas, once per mode: each story here sets the toolbar's
 * globals, so axe (an error in the story tests) checks contrast, names and structure in light,
 * dark and right-to-left, and in each sample theme.
 */
function Gallery({ group }: { group: GalleryGroup }) {
  return (
    <div data-gallery={group}>
      {galleryFlows(group).map((flow) => (
        <section key={flow.id} aria-label={flow.id}>
          <FixtureFlow events={flow.events} input={flow.input} />
        </section>
      ))}
    </div>
  );
}

const KNOWN_PARTS = new Set<string>(PART_NAMES);

const meta = {
  title: 'Themes/Gallery',
  component: Gallery,
  args: { group: 'entry' },
  parameters: {
    layout: 'padded',
    // Several flows on one canvas repeat the same named regions (two TOTP set-ups, two agreement
    // texts); one flow on a page never does, and every step story checks that rule on its own.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  // Passkey steps ask the browser for a credential on mount: keep that prompt pending.
  beforeEach: () => stubWebAuthn('pending'),
  play: async ({ canvasElement, globals }) => {
    const roots = [...canvasElement.querySelectorAll('[data-scope="authn"][data-part="root"]')];
    await expect(roots.length).toBeGreaterThan(0);
    // One assertion per list: each `expect` here is logged in the interactions panel.
    const scheme = typeof globals['scheme'] === 'string' ? globals['scheme'] : 'auto';
    await expect(new Set(roots.map((root) => root.getAttribute('data-color-scheme')))).toEqual(new Set([scheme]));
    const rtl = globals['direction'] === 'rtl';
    await expect(roots.filter((root) => (root.getAttribute('dir') === 'rtl') !== rtl)).toEqual([]);
    // classNames is typed by part name: every part rendered must be one of them.
    const parts = new Set([...canvasElement.querySelectorAll('[data-scope="authn"][data-part]')].map((part) => part.getAttribute('data-part') ?? ''));
    await expect([...parts].filter((part) => !KNOWN_PARTS.has(part))).toEqual([]);
  },
} satisfies Meta<typeof Gallery>;

export default meta;
type Story = StoryObj<typeof meta>;

const DARK = { theme: 'default', scheme: 'dark' };
const RTL = { theme: 'default', scheme: 'light', locale: 'ar', direction: 'rtl' };
const RTL_DARK = { theme: 'default', scheme: 'dark', locale: 'ar', direction: 'rtl' };
const MIDNIGHT = { theme: 'midnight', scheme: 'dark' };
const MIDNIGHT_LIGHT = { theme: 'midnight', scheme: 'light' };
const PAPER = { theme: 'paper', scheme: 'light' };
const PAPER_DARK = { theme: 'paper', scheme: 'dark' };

// Light with the default theme is what every step story already checks. The smallest family
// comes first: the first story of the file also pays for warming the browser up.
export const DarkLinks: Story = { args: { group: 'links' }, globals: DARK };
export const DarkScreens: Story = { args: { group: 'screens' }, globals: DARK };
export const DarkEntry: Story = { args: { group: 'entry' }, globals: DARK };
export const DarkCodes: Story = { args: { group: 'codes' }, globals: DARK };
export const DarkExtras: Story = { args: { group: 'extras' }, globals: DARK };

export const RtlScreens: Story = { args: { group: 'screens' }, globals: RTL };
export const RtlEntry: Story = { args: { group: 'entry' }, globals: RTL };
export const RtlCodes: Story = { args: { group: 'codes' }, globals: RTL };
export const RtlLinks: Story = { args: { group: 'links' }, globals: RTL };
export const RtlExtras: Story = { args: { group: 'extras' }, globals: RTL };

export const RtlDarkScreens: Story = { args: { group: 'screens' }, globals: RTL_DARK };
export const RtlDarkEntry: Story = { args: { group: 'entry' }, globals: RTL_DARK };
export const RtlDarkCodes: Story = { args: { group: 'codes' }, globals: RTL_DARK };
export const RtlDarkLinks: Story = { args: { group: 'links' }, globals: RTL_DARK };
export const RtlDarkExtras: Story = { args: { group: 'extras' }, globals: RTL_DARK };

export const MidnightScreens: Story = { args: { group: 'screens' }, globals: MIDNIGHT };
export const MidnightEntry: Story = { args: { group: 'entry' }, globals: MIDNIGHT };
export const MidnightCodes: Story = { args: { group: 'codes' }, globals: MIDNIGHT };
export const MidnightLinks: Story = { args: { group: 'links' }, globals: MIDNIGHT };
export const MidnightExtras: Story = { args: { group: 'extras' }, globals: MIDNIGHT };

export const MidnightLightScreens: Story = { args: { group: 'screens' }, globals: MIDNIGHT_LIGHT };
export const MidnightLightEntry: Story = { args: { group: 'entry' }, globals: MIDNIGHT_LIGHT };
export const MidnightLightCodes: Story = { args: { group: 'codes' }, globals: MIDNIGHT_LIGHT };
export const MidnightLightLinks: Story = { args: { group: 'links' }, globals: MIDNIGHT_LIGHT };
export const MidnightLightExtras: Story = { args: { group: 'extras' }, globals: MIDNIGHT_LIGHT };

export const PaperScreens: Story = { args: { group: 'screens' }, globals: PAPER };
export const PaperEntry: Story = { args: { group: 'entry' }, globals: PAPER };
export const PaperCodes: Story = { args: { group: 'codes' }, globals: PAPER };
export const PaperLinks: Story = { args: { group: 'links' }, globals: PAPER };
export const PaperExtras: Story = { args: { group: 'extras' }, globals: PAPER };

export const PaperDarkScreens: Story = { args: { group: 'screens' }, globals: PAPER_DARK };
export const PaperDarkEntry: Story = { args: { group: 'entry' }, globals: PAPER_DARK };
export const PaperDarkCodes: Story = { args: { group: 'codes' }, globals: PAPER_DARK };
export const PaperDarkLinks: Story = { args: { group: 'links' }, globals: PAPER_DARK };
export const PaperDarkExtras: Story = { args: { group: 'extras' }, globals: PAPER_DARK };
