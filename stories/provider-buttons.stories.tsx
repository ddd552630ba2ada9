import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { FlowEvent } from '../src/core/index.js';
import { BRANDED_PROVIDERS } from '../src/react/i18n/provider-brands.js';
import { preloadProviderMarks } from '../src/react/steps/identifier-step/provider-icon.js';
import { AppearanceProvider } from '../src/react/theme/appearance-provider.js';
import type { ProviderLayout } from '../src/react/theme/appearance.js';
import { requested, responded } from '../test/fixtures/flow-events.js';
import { providerChoices, type ProviderSpec } from '../test/fixtures/provider-choices.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { recorded } from './support/journeys.js';

/** The identifier step with these providers beside the email field. */
const startedWith = (providers: readonly ProviderSpec[]): FlowEvent[] => [
  requested.start(),
  responded('start', 'start-providers', { flow_choices: providerChoices(providers) }),
];

/** As `<AuthNFlow providerLayout>`. */
const withLayout =
  (providerLayout: ProviderLayout): Decorator =>
  (Story) => (
    <AppearanceProvider providerLayout={providerLayout}>
      <Story />
    </AppearanceProvider>
  );

/** The narrowest phone the kit lays out for. */
const phoneWidth: Decorator = (Story) => (
  <div style={{ inlineSize: 320 }}>
    <Story />
  </div>
);

/** Every brand the kit draws, an unknown provider and SAML. */
const EVERY_BRAND: ProviderSpec[] = [...BRANDED_PROVIDERS, 'okta', { saml: 'Acme SSO' }];

// Play functions find parts by `data-*`, never by text, so they pass in any locale.
const groupIn = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-part="providers"]');
const buttonsIn = (canvasElement: HTMLElement) => [...canvasElement.querySelectorAll<HTMLElement>('[data-part="provider-button"]')];
const partIn = (button: HTMLElement, part: string) => button.querySelector<HTMLElement>(`[data-part="${part}"]`);
const rectOf = (element: HTMLElement | null) => element?.getBoundingClientRect() ?? new DOMRect();
const isRtl = (element: HTMLElement) => getComputedStyle(element).direction === 'rtl';

/** Every button has its mark and is named by its (maybe only announced) text. */
async function expectNamedWithMarks(canvasElement: HTMLElement) {
  await waitFor(() => expect(canvasElement.querySelectorAll('svg[data-part="provider-icon"]')).toHaveLength(buttonsIn(canvasElement).length));
  for (const button of buttonsIn(canvasElement)) {
    await expect(button).toHaveAccessibleName(partIn(button, 'provider-name')?.textContent ?? '');
  }
}

/** Touch targets of at least 44 × 44 px, and nothing wider than the flow. */
async function expectTouchSizedWithoutOverflow(canvasElement: HTMLElement) {
  for (const button of buttonsIn(canvasElement)) {
    const { width, height } = rectOf(button);
    await expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
  }
  const root = canvasElement.querySelector<HTMLElement>('[data-part="root"]');
  await expect(root?.scrollWidth).toBeLessThanOrEqual(root?.clientWidth ?? 0);
}

/** The marks sit in one column at the start of the buttons, and the names share one centre line. */
async function expectOneColumn(canvasElement: HTMLElement) {
  const buttons = buttonsIn(canvasElement);
  const rtl = isRtl(buttons[0] ?? canvasElement);
  const edges = buttons.map((button) => rectOf(partIn(button, 'provider-icon'))[rtl ? 'right' : 'left']);
  await expect(Math.max(...edges) - Math.min(...edges)).toBeLessThan(1);
  const centres = buttons.map((button) => {
    const { left, width } = rectOf(partIn(button, 'provider-name'));
    return left + width / 2;
  });
  await expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(1);
  // At the start: on the right in a right-to-left page.
  const [first] = buttons;
  const icon = rectOf(partIn(first ?? canvasElement, 'provider-icon'));
  const name = rectOf(partIn(first ?? canvasElement, 'provider-name'));
  await expect(rtl ? icon.left >= name.right : icon.right <= name.left).toBe(true);
}

/** WCAG relative luminance of a computed `rgb()` colour. */
function luminanceOf(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const meta = {
  title: 'Steps/IdentifierStep/Providers',
  component: FixtureFlow,
  args: { events: startedWith(['google', 'github', { saml: 'Acme SSO' }]), submit: fn(), redirect: fn(), startOver: fn() },
  // The marks load on demand in the kit; the stories show them at once.
  loaders: [async () => ({ providerMarks: await preloadProviderMarks() })],
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Up to three providers: labelled buttons, each mark in one column at the start, the names centred. */
export const List: Story = {
  play: async ({ canvasElement }) => {
    await expect(groupIn(canvasElement)).toHaveAttribute('data-state', 'list');
    await expectNamedWithMarks(canvasElement);
    await expectOneColumn(canvasElement);
    await expectTouchSizedWithoutOverflow(canvasElement);
  },
};

/** Past three (the emulator's seven): a row of icon buttons, SAML labelled below them. */
export const Compact: Story = {
  args: { events: recorded('everything', [1]) },
  play: async ({ canvasElement }) => {
    await expect(groupIn(canvasElement)).toHaveAttribute('data-state', 'compact');
    await expectNamedWithMarks(canvasElement);
    const icons = buttonsIn(canvasElement).filter((button) => button.dataset['layout'] === 'icon');
    await expect(icons.map((button) => button.dataset['provider'])).toEqual(['google', 'github', 'facebook', 'microsoftonline', 'gitlab', 'linkedin']);
    // Four a row at most, the last row centred.
    await expect(new Set(icons.map((button) => Math.round(rectOf(button).top))).size).toBe(2);
    await expect(icons.every((button) => button.title === partIn(button, 'provider-name')?.textContent)).toBe(true);
    await expectTouchSizedWithoutOverflow(canvasElement);
  },
};

/** `providerLayout="list"` keeps seven providers as labelled buttons. */
export const ListByProp: Story = {
  args: { events: recorded('everything', [1]) },
  decorators: [withLayout('list')],
  play: async ({ canvasElement }) => {
    await expect(groupIn(canvasElement)).toHaveAttribute('data-state', 'list');
    await expectOneColumn(canvasElement);
  },
};

/** `providerLayout="compact"` with two social providers and SAML: icons, then SAML by name. */
export const CompactByProp: Story = {
  decorators: [withLayout('compact')],
  play: async ({ args, canvasElement }) => {
    await expect(groupIn(canvasElement)).toHaveAttribute('data-state', 'compact');
    await expectNamedWithMarks(canvasElement);
    await expect(buttonsIn(canvasElement).map((button) => button.dataset['layout'])).toEqual(['icon', 'icon', 'label']);
    const google = canvasElement.querySelector<HTMLElement>('[data-provider="google"]');
    await userEvent.click(google as HTMLElement);
    await expect(args.redirect).toHaveBeenCalledWith(expect.stringContaining('/__emulator/social/google'));
    await expect(google).toHaveAttribute('data-state', 'pending');
    await expect(partIn(google as HTMLElement, 'provider-icon')).toHaveAttribute('data-mark', 'google');
  },
};

/** Every brand the kit draws, an unknown provider (generic mark) and SAML, on a 320 px phone. */
export const ManyProviders: Story = {
  args: { events: startedWith(EVERY_BRAND) },
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    await expectNamedWithMarks(canvasElement);
    const marks = buttonsIn(canvasElement).map((button) => partIn(button, 'provider-icon')?.dataset['mark']);
    await expect(marks.slice(-2)).toEqual(['generic', 'generic']);
    await expect(new Set(marks.slice(0, -2)).size).toBe(BRANDED_PROVIDERS.length);
    await expectTouchSizedWithoutOverflow(canvasElement);
  },
};

/** Dark: GitHub takes the text colour and stands out from the button. */
export const Dark: Story = {
  args: { events: startedWith(['google', 'github', 'gitlab', 'microsoftonline']) },
  globals: { theme: 'default', scheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectNamedWithMarks(canvasElement);
    for (const provider of ['github']) {
      const button = canvasElement.querySelector<HTMLElement>(`[data-provider="${provider}"]`) as HTMLElement;
      const mark = button.querySelector('svg path') as SVGPathElement;
      await expect(getComputedStyle(mark).fill).toBe(getComputedStyle(button).color);
      const [light, dark] = [getComputedStyle(mark).fill, getComputedStyle(button).backgroundColor].map(luminanceOf).sort((a, b) => b - a);
      await expect(((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)).toBeGreaterThanOrEqual(3);
    }
  },
};

/** Right to left, in Arabic: the marks' column is on the right; the marks themselves are not mirrored. */
export const RightToLeft: Story = {
  args: { events: startedWith(['google', 'github', { saml: 'Acme SSO' }]) },
  globals: { theme: 'default', scheme: 'light', locale: 'ar', direction: 'rtl' },
  play: async ({ canvasElement }) => {
    await expectNamedWithMarks(canvasElement);
    await expect(isRtl(buttonsIn(canvasElement)[0] ?? canvasElement)).toBe(true);
    await expectOneColumn(canvasElement);
    await expect(getComputedStyle(canvasElement.querySelector('svg[data-part="provider-icon"]') as Element).transform).toBe('none');
  },
};
