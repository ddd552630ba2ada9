import { configure, act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CaptchaError, type CaptchaAdapter, type CaptchaRenderOptions } from '../../src/index.js';
import { EMULATOR_CAPTCHA_TOKEN } from '@authn-flow-kit/emulator';
import { recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD, type RenderedFlow } from './flow-harness.js';

const { emulator, server } = setupEmulator();
// The emulator's WebAuthn and scrypt work take a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  // The password preset, with a captcha on every sign-up (phase_captcha after the password).
  emulator.setConfig({ preset: 'password', signupCaptcha: true, scryptCost: 2 ** 10 });
});

async function reachCaptcha({ user }: RenderedFlow) {
  await user.type(await screen.findByLabelText('Email'), 'new@example.com');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return screen.findByRole('heading', { name: "Confirm you're human" });
}

interface Draw {
  options: CaptchaRenderOptions;
  reset: Mock<() => void>;
  destroy: Mock<() => void>;
}

/** A captcha the test drives: each widget it draws, and what the step did with it. */
function fakeCaptcha() {
  const draws: Draw[] = [];
  const failures: unknown[] = [];
  const adapter: CaptchaAdapter = {
    name: 'fake',
    render: async (container, options) => {
      const failure = failures.shift();
      if (failure !== undefined) {
        throw failure;
      }
      const element = document.createElement('p');
      element.textContent = 'fake widget';
      container.append(element);
      const draw: Draw = { options, reset: vi.fn<() => void>(), destroy: vi.fn(() => element.remove()) };
      draws.push(draw);
      return draw;
    },
  };
  /** The widget on screen (React's development remount draws and destroys one first). */
  const live = () => {
    const current = draws.filter((draw) => draw.destroy.mock.calls.length === 0);
    expect(current).toHaveLength(1);
    return current[0] as Draw;
  };
  return { adapter, draws, live, failNext: (error: unknown) => failures.push(error) };
}

describe('captcha against the emulator', { timeout: 20_000 }, () => {
  it('passes the emulator’s test widget and completes the sign-up', async () => {
    const requests = recordRequests(server);
    const flow = renderFlow(emulator.token);
    await reachCaptcha(flow);
    expect(screen.getByText('new@example.com')).toBeInTheDocument();

    await flow.user.click(await screen.findByRole('button', { name: "I'm not a robot" }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(flow.onComplete).toHaveBeenCalledTimes(1);
    expect(requests.filter((path) => path === 'flow/update')).toHaveLength(3);
  });

  it('sends the widget’s token as the captcha code, once', async () => {
    const captcha = fakeCaptcha();
    const bodies: unknown[] = [];
    server.events.on('request:start', ({ request }) => {
      void request.clone().json().then((body: { choice?: string; data?: unknown }) => body.choice === 'captcha' && bodies.push(body.data));
    });
    const flow = renderFlow(emulator.token, { captcha: captcha.adapter });
    await reachCaptcha(flow);
    await waitFor(() => captcha.live());
    expect(captcha.live().options.siteKey).toBe('emulator-captcha-site-key');

    act(() => {
      captcha.live().options.onToken(EMULATOR_CAPTCHA_TOKEN);
      captcha.live().options.onToken(EMULATOR_CAPTCHA_TOKEN);
    });
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(bodies).toEqual([{ code: EMULATOR_CAPTCHA_TOKEN }]);
  });

  it('draws a new widget after the server refuses the token, and says so', async () => {
    const captcha = fakeCaptcha();
    const flow = renderFlow(emulator.token, { captcha: captcha.adapter });
    await reachCaptcha(flow);
    await waitFor(() => captcha.live());
    const first = captcha.live();

    act(() => first.options.onToken('forged-token'));
    const alert = await screen.findByText("The check didn't pass. Complete it again.");
    await waitFor(() => expect(alert).toHaveFocus());
    expect(first.destroy).toHaveBeenCalled();
    const second = captcha.live();
    expect(second).not.toBe(first);
    expect(flow.onError).toHaveBeenCalledWith(expect.objectContaining({ status: 'AuthenticationFailure' }));

    act(() => second.options.onToken(EMULATOR_CAPTCHA_TOKEN));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('resets the widget when its token expires, and says so politely', async () => {
    const captcha = fakeCaptcha();
    const flow = renderFlow(emulator.token, { captcha: captcha.adapter });
    await reachCaptcha(flow);
    await waitFor(() => captcha.live());

    act(() => captcha.live().options.onExpired());
    const status = screen.getByText('The check expired. Complete it again.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(captcha.live().reset).toHaveBeenCalledTimes(1);

    act(() => captcha.live().options.onToken(EMULATOR_CAPTCHA_TOKEN));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('says when the widget cannot load, and draws it again on request', async () => {
    const captcha = fakeCaptcha();
    captcha.failNext(new CaptchaError('load-timeout', 'slow'));
    // StrictMode draws twice on mount: both fail, as a blocked script would.
    captcha.failNext(new CaptchaError('load-timeout', 'slow'));
    const flow = renderFlow(emulator.token, { captcha: captcha.adapter });
    await reachCaptcha(flow);

    expect(await screen.findByRole('alert')).toHaveTextContent("The check couldn't load. Check your connection and try again.");
    await flow.user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => captcha.live());
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    act(() => captcha.live().options.onToken(EMULATOR_CAPTCHA_TOKEN));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });
});
