import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, fn } from 'storybook/test';
import { createActor } from 'xstate';
import { flowMachine } from '../../src/core/index.js';
import { FlowContext, type FlowCommands } from '../../src/react/hooks/flow-context.js';
import { useChoiceStep } from '../../src/react/hooks/use-choice-step.js';
import { useAuthNFlow } from '../../src/react/hooks/use-authn-flow.js';
import { Button, type ButtonProps } from '../../src/react/primitives/button.js';
import { AppearanceProvider } from '../../src/react/theme/appearance-provider.js';
import type { AuthNAppearanceProps } from '../../src/react/theme/appearance.js';
import { failed, journeys, requested } from '../../test/fixtures/flow-events.js';
import { apiError } from '../../test/fixtures/index.js';
import { catalogOf } from '../support/catalog.js';
import { FixtureFlow } from '../support/fixture-flow.js';

/** The password step, with the appearance props a tier uses (docs: Theming/…). */
function ThemedFlow({ appearance }: { appearance: AuthNAppearanceProps }) {
  return (
    <AppearanceProvider {...appearance}>
      <FixtureFlow events={journeys.signinPassword()} />
    </AppearanceProvider>
  );
}

const meta = {
  title: 'Themes/Tiers',
  component: ThemedFlow,
  args: { appearance: {} },
} satisfies Meta<typeof ThemedFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tier 1: the `theme` prop (typed tokens → a scoped `<style>` with the nonce). */
export const ThemeProp: Story = {
  args: {
    appearance: {
      theme: { colorAccent: '#0f766e', radius: '14px', buttonRadius: '999px', dark: { colorAccent: '#5eead4' } },
      nonce: 'storybook-nonce',
    },
  },
  play: async ({ canvasElement }) => {
    const style = canvasElement.querySelector('[data-part="root"] > style');
    await expect(style).toHaveAttribute('nonce', 'storybook-nonce');
    await expect(style?.textContent).toContain('--authn-color-accent:#0f766e;');
  },
};

/** Tier 2: classes by part name. */
export const ClassNames: Story = {
  args: { appearance: { classNames: { root: 'demo-card', submit: 'demo-submit', input: 'demo-input' } } },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('password.submit.signIn') })).toHaveClass('demo-submit');
  },
};

function PillButton(props: ButtonProps) {
  return <Button {...props} className="demo-pill" />;
}

/** Tier 3: a replaced primitive, the brand and the header and footer slots. */
export const ComponentsAndSlots: Story = {
  args: {
    appearance: {
      components: { Button: PillButton },
      brand: { name: 'Acme', logo: <svg viewBox="0 0 24 24" width="24" height="24"><circle cx="12" cy="12" r="10" fill="currentColor" /></svg> },
      header: <span>Team workspace</span>,
      footer: <a href="#help">Need help?</a>,
    },
  },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByText('Acme')).toHaveAttribute('data-part', 'brand-name');
    await expect(canvas.getByRole('button', { name: catalogOf(context)('password.submit.signIn') })).toHaveClass('demo-pill');
    await expect(canvas.getByRole('link', { name: 'Need help?' })).toBeInTheDocument();
  },
};

/** Tier 4 (headless): the app's own markup on the flow's state and commands. */
function HeadlessPassword() {
  const step = useChoiceStep('password');
  const [password, setPassword] = useState('');
  const error = step.fieldError('password');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    step.submit({ password });
  };
  return (
    <form onSubmit={onSubmit} className="demo-headless">
      <h2>Welcome back</h2>
      <label htmlFor="headless-password">Your password</label>
      <input
        id="headless-password"
        type="password"
        autoComplete="current-password"
        value={password}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : 'headless-error'}
        onChange={(event) => setPassword(event.target.value)}
      />
      {error === null ? null : <p id="headless-error">{error}</p>}
      <button type="submit">{step.pending ? 'Checking…' : 'Continue'}</button>
    </form>
  );
}

function HeadlessScreen() {
  const { view } = useAuthNFlow();
  return view.step === 'password' ? <HeadlessPassword /> : <p>{view.step}</p>;
}

function HeadlessFixture({ failedOnce, submit }: { failedOnce: boolean; submit: FlowCommands['submit'] }) {
  const [value] = useState(() => {
    const actorRef = createActor(flowMachine, { input: {} });
    actorRef.start();
    const events = failedOnce
      ? [...journeys.signinPassword(), requested.update('password'), failed('update', apiError('authentication-failure'))]
      : journeys.signinPassword();
    events.forEach((event) => actorRef.send(event));
    const ignore = () => undefined;
    const commands: FlowCommands = { submit, restart: ignore, chooseMethod: ignore, back: ignore, startOver: ignore, retry: ignore, redirect: ignore, redirectTarget: () => null, finish: ignore };
    return { actorRef, commands };
  });
  return (
    <FlowContext.Provider value={value}>
      <HeadlessScreen />
    </FlowContext.Provider>
  );
}

export const Headless: StoryObj<typeof HeadlessFixture> = {
  render: (args) => <HeadlessFixture {...args} />,
  args: { failedOnce: true, submit: fn() },
  play: async ({ canvas, canvasElement, ...context }) => {
    // The label is the app's own markup; the error is the kit's, in the story's locale.
    const error = catalogOf(context)('error.authenticationFailed.password');
    await expect(canvas.getByLabelText('Your password')).toHaveAccessibleDescription(error);
    await expect(canvasElement.querySelector('[data-scope="authn"]')).toBeNull();
  },
};

/**
 * A host page's inherited text styles (the Vite template centres text) stop at the kit's root: it
 * sets its own alignment, weight, spacing and case.
 */
export const HostStylesStayOutside: Story = {
  decorators: [
    (Story) => (
      <div
        data-testid="host"
        style={{ textAlign: 'center', fontStyle: 'italic', letterSpacing: '4px', textTransform: 'uppercase', fontWeight: 700 }}
      >
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, ...context }) => {
    const label = canvas.getByText(catalogOf(context)('password.label'), { selector: 'label' });
    for (const element of [canvasElement.querySelector('[data-part="root"]'), label]) {
      const style = getComputedStyle(element as Element);
      await expect(style.textAlign).toBe('start');
      await expect(style.fontStyle).toBe('normal');
      await expect(style.letterSpacing).toBe('normal');
      await expect(style.textTransform).toBe('none');
    }
  },
};
