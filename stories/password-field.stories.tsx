import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { PASSWORD } from '../test/fixtures/index.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { recorded, recordedJourney } from './support/journeys.js';

/**
 * The password step on real layout: the show/hide toggle inside the field, the rules turning to the
 * error colour after a refused submit, and focus rings for keyboard users only. The plays find
 * parts by `data-part` and compare names with each other, not with English, so they hold in every
 * locale of the toolbar.
 */
const meta = {
  title: 'Steps/PasswordField',
  component: FixtureFlow,
  args: { events: recordedJourney.signInPassword(), submit: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

function part(root: HTMLElement, name: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(`[data-scope="authn"][data-part="${name}"]`);
  if (element === null) {
    throw new Error(`no [data-part="${name}"]`);
  }
  return element;
}

/** Shows and hides with a pointer: name, state and type switch, inside the field, caret kept, no submit. */
export const ToggleInsideTheField: Story = {
  play: async ({ args, canvasElement, userEvent }) => {
    const input = part(canvasElement, 'password-step').querySelector<HTMLInputElement>('input[name="password"]')!;
    const toggle = part(canvasElement, 'password-toggle');
    const status = part(canvasElement, 'password-toggle-status');

    // Inside the input's box, at its end.
    const field = input.getBoundingClientRect();
    const button = toggle.getBoundingClientRect();
    await expect(button.left).toBeGreaterThanOrEqual(field.left);
    await expect(button.right).toBeLessThanOrEqual(field.right + 0.5);
    await expect(button.top).toBeGreaterThanOrEqual(field.top - 0.5);
    await expect(button.bottom).toBeLessThanOrEqual(field.bottom + 0.5);
    await expect(button.height).toBeGreaterThanOrEqual(44);
    await expect(button.width).toBeGreaterThanOrEqual(44);
    // The typed text never runs under the icon.
    await expect(Number.parseFloat(getComputedStyle(input).paddingInlineEnd)).toBeGreaterThanOrEqual(button.width);

    await userEvent.type(input, PASSWORD);
    input.setSelectionRange(4, 4);
    const showName = toggle.getAttribute('aria-label');
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'text');
    await expect(toggle.getAttribute('aria-label')).not.toBe(showName);
    await expect(status).not.toBeEmptyDOMElement();
    await expect(input).toHaveFocus();
    await expect([input.selectionStart, input.selectionEnd]).toEqual([4, 4]);

    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'password');
    await expect(toggle).toHaveAttribute('aria-label', showName);
    await expect(args.submit).not.toHaveBeenCalled();
  },
};

/** After a refused submit the unmet rules take the error colour; the met ones keep theirs. */
export const RulesAfterRefusedSubmit: Story = {
  args: { events: recordedJourney.signUpPassword() },
  play: async ({ args, canvasElement, userEvent }) => {
    const input = part(canvasElement, 'password-step').querySelector<HTMLInputElement>('input[name="password"]')!;
    const rules = part(canvasElement, 'password-rules');
    await userEvent.type(input, 'short');
    const unmet = () => rules.querySelector<HTMLElement>('[data-state="unmet"]')!;
    const met = rules.querySelector<HTMLElement>('[data-state="met"]')!;
    const metColour = getComputedStyle(met).color;
    const before = getComputedStyle(unmet()).color;

    await userEvent.click(part(canvasElement, 'submit'));
    await expect(args.submit).not.toHaveBeenCalled();
    await expect(rules).toHaveAttribute('data-state', 'submitted');
    const errorColour = getComputedStyle(part(canvasElement, 'field-error')).color;
    await expect(getComputedStyle(unmet()).color).toBe(errorColour);
    await expect(before).not.toBe(errorColour);
    await expect(getComputedStyle(met).color).toBe(metColour);
  },
};

/** The server refusing the password is a refused submit too: the unmet rules show as errors at once. */
export const RulesAfterServerRefusal: Story = {
  args: { events: [...recordedJourney.signUpPassword(), ...recorded('password', [3])] },
  play: async ({ canvasElement }) => {
    const rules = part(canvasElement, 'password-rules');
    await expect(rules).toHaveAttribute('data-state', 'submitted');
    const errorColour = getComputedStyle(part(canvasElement, 'field-error')).color;
    await expect(getComputedStyle(rules.querySelector('[data-state="unmet"]')!).color).toBe(errorColour);
  },
};

/** The heading the flow focuses shows no ring; a control reached with the keyboard shows one. */
export const FocusRingsForKeyboardOnly: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const heading = part(canvasElement, 'heading');
    heading.focus();
    await expect(heading).toHaveFocus();
    await expect(getComputedStyle(heading).outlineStyle).toBe('none');

    await userEvent.tab();
    const control = document.activeElement as HTMLElement;
    await expect(control).toHaveAttribute('data-part', 'change-identifier');
    await expect(getComputedStyle(control).outlineStyle).toBe('solid');
    await expect(Number.parseFloat(getComputedStyle(control).outlineWidth)).toBeGreaterThanOrEqual(2);
  },
};
