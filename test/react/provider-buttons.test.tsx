import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProviderLayout } from '../../src/react/theme/appearance.js';
import { errorFixture, rawFlowResult, successEnvelope } from '../fixtures/index.js';
import { providerChoices, type ProviderSpec } from '../fixtures/provider-choices.js';
import { renderFlow, setupEmulator } from './flow-harness.js';

const { emulator, server } = setupEmulator();

afterEach(() => {
  sessionStorage.clear();
});

/** The flow starts on the identifier step with these providers beside the email field. */
function startWith(providers: readonly ProviderSpec[]) {
  const result = { ...rawFlowResult('start-providers'), flow_choices: providerChoices(providers) };
  server.use(http.post('*/v2/flow/start', () => HttpResponse.json(successEnvelope(result, 'Flow started')), { once: true }));
}

/** The providers' group once every button has its mark (they load on demand). */
async function providersWithMarks(count: number): Promise<HTMLElement> {
  const group = await screen.findByRole('group', { name: 'Other ways to continue' });
  await waitFor(() => expect(group.querySelectorAll('svg[data-part="provider-icon"]')).toHaveLength(count));
  return group;
}

function buttonsOf(group: HTMLElement): HTMLElement[] {
  return within(group).getAllByRole('button');
}

const markOf = (button: HTMLElement) => button.querySelector('[data-part="provider-icon"]')?.getAttribute('data-mark');

describe('provider buttons', () => {
  it('lists up to three providers as labelled buttons, each mark first, in its column', async () => {
    startWith(['google', 'github', { saml: 'Acme SSO' }]);
    renderFlow(emulator.token);

    const group = await providersWithMarks(3);
    expect(group).toHaveAttribute('data-state', 'list');
    const buttons = buttonsOf(group);
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Continue with Google',
      'Continue with GitHub',
      'Continue with Acme SSO',
    ]);
    for (const button of buttons) {
      expect(button).toHaveAttribute('data-layout', 'label');
      expect(button).not.toHaveAttribute('title');
      expect(button.firstElementChild).toHaveAttribute('data-part', 'provider-icon');
      expect(button.firstElementChild).toHaveAttribute('aria-hidden', 'true');
    }
    expect(buttons.map(markOf)).toEqual(['google', 'github', 'generic']);
  });

  it('turns into a row of icon buttons from four providers, each still named "Continue with …"', async () => {
    startWith(['google', 'github', 'facebook', 'microsoftonline']);
    renderFlow(emulator.token);

    const group = await providersWithMarks(4);
    expect(group).toHaveAttribute('data-state', 'compact');
    for (const name of ['Google', 'GitHub', 'Facebook', 'Microsoft']) {
      const button = within(group).getByRole('button', { name: `Continue with ${name}` });
      expect(button).toHaveAttribute('data-layout', 'icon');
      // The tooltip says what the icon alone does not.
      expect(button).toHaveAttribute('title', `Continue with ${name}`);
    }
  });

  it.each<[ProviderLayout, ProviderSpec[], string]>([
    ['list', ['google', 'github', 'facebook', 'microsoftonline', 'gitlab', 'linkedin'], 'list'],
    ['compact', ['google', 'github'], 'compact'],
    ['auto', ['google', 'github', 'facebook'], 'list'],
  ])('takes providerLayout %s with %j as a %s', async (providerLayout, providers, expected) => {
    startWith(providers);
    renderFlow(emulator.token, { providerLayout });

    const group = await providersWithMarks(providers.length);
    expect(group).toHaveAttribute('data-state', expected);
    for (const button of buttonsOf(group)) {
      expect(button).toHaveAttribute('data-layout', expected === 'list' ? 'label' : 'icon');
    }
  });

  it('keeps SAML and unknown providers labelled, after the icons: a generic mark alone would not tell them apart', async () => {
    startWith(['okta', 'google', { saml: 'Acme SSO' }, 'github', 'facebook']);
    renderFlow(emulator.token);

    const group = await providersWithMarks(5);
    expect(group).toHaveAttribute('data-state', 'compact');
    const buttons = buttonsOf(group);
    expect(buttons.map((button) => [button.getAttribute('data-provider'), button.getAttribute('data-layout')])).toEqual([
      ['google', 'icon'],
      ['github', 'icon'],
      ['facebook', 'icon'],
      ['okta', 'label'],
      ['saml', 'label'],
    ]);
    // An unknown provider: named as the server sent it, with the generic mark.
    const okta = within(group).getByRole('button', { name: 'Continue with okta' });
    expect(markOf(okta)).toBe('generic');
    expect(markOf(within(group).getByRole('button', { name: 'Continue with Acme SSO' }))).toBe('generic');
  });

  it('names and draws a brand under either of its ids, and a provider outside the spec by its id', async () => {
    startWith(['microsoft', 'apple']);
    renderFlow(emulator.token, { providerLayout: 'list' });

    const group = await providersWithMarks(2);
    expect(buttonsOf(group).map((button) => [button.textContent, markOf(button)])).toEqual([
      ['Continue with Microsoft', 'microsoftonline'],
      ['Continue with apple', 'generic'],
    ]);
  });

  it('draws one-colour marks in the text colour, so they show in dark mode, and Google in its own four colours', async () => {
    startWith(['google', 'github']);
    renderFlow(emulator.token, { providerLayout: 'list' });

    const group = await providersWithMarks(2);
    const fills = (mark: string) =>
      [...group.querySelectorAll(`svg[data-mark="${mark}"] path`)].map((path) => path.getAttribute('fill'));
    for (const mark of ['github']) {
      expect(fills(mark)).toEqual(['currentColor']);
    }
    // The G itself on the button's background: no white on a coloured square.
    expect(fills('google')).toEqual(['#4285F4', '#34A853', '#FBBC05', '#EA4335']);
    expect(group.querySelector('svg[data-mark="google"] :is(rect, text)')).toBeNull();
  });

  it('an icon button says where it is taking the user, and keeps its mark', async () => {
    startWith(['google', 'github', 'facebook', 'gitlab']);
    const navigate = vi.fn();
    const { user } = renderFlow(emulator.token, { navigate });

    const group = await providersWithMarks(4);
    const google = within(group).getByRole('button', { name: 'Continue with Google' });
    await user.click(google);

    expect(navigate).toHaveBeenCalledWith(expect.stringContaining('/__emulator/social/google'));
    expect(google).toHaveAccessibleName('Taking you to Google…');
    expect(google).toHaveAttribute('title', 'Taking you to Google…');
    await waitFor(() => expect(markOf(google)).toBe('google'));
    expect(within(group).getByRole('button', { name: 'Continue with GitHub' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('leaves once by "Continue with <provider>" after a wrong-method error, and the other buttons wait', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, socialProviders: ['github', 'google'] });
    const { envelope, httpStatus } = errorFixture('wrong-method');
    server.use(http.post('*/v2/flow/update', () => HttpResponse.json(envelope, { status: httpStatus }), { once: true }));
    const navigate = vi.fn();
    const { user } = renderFlow(emulator.token, { navigate });
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(document.querySelector('[data-part="continue-with-provider"]')).not.toBeNull());
    const action = document.querySelector<HTMLElement>('[data-part="continue-with-provider"]') as HTMLElement;
    await waitFor(() => expect(action).not.toHaveAttribute('aria-disabled'));

    await user.dblClick(action);
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(expect.stringContaining('/__emulator/social/github'));
    expect(action).toHaveAccessibleName('Taking you to GitHub…');
    const group = screen.getByRole('group', { name: 'Other ways to continue' });
    for (const button of buttonsOf(group)) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
    }
  });
});
