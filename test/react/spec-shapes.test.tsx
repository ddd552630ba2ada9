import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FLOW_ENDPOINTS, type SpecFixtureEntry } from '../../scripts/spec-fixtures/derive.js';
import { readSpecFixture } from '../../scripts/spec-fixtures/files.js';
import { AuthNFlow, type CaptchaAdapter } from '../../src/index.js';
import { failedMessages } from '../../src/react/i18n/en/failed.js';
import { coreMessages } from '../../src/react/i18n/messages.js';
import { clientAnswering } from '../core/api/spec-fixture-client.js';

/**
 * Every flow result Pangea's OpenAPI document allows (fixtures/spec, derived by
 * scripts/derive-spec-fixtures.ts), as the answer to `flow/start`: the user must get a screen they
 * can act on, never the failure screen for an answer the kit could not read.
 */
const flowEntries = readSpecFixture().filter((entry) => (FLOW_ENDPOINTS as readonly string[]).includes(entry.endpoint));

/** Machine states (the root's `data-state`) in which a call is still in flight. */
const BUSY_STATES = ['idle', 'started', 'routing', 'restart', 'completing', 'resuming', 'recovering', 'expired'];

/** A captcha that draws its check button at once, so the captcha step needs no vendor script in jsdom. */
const captcha: CaptchaAdapter = {
  name: 'fake',
  render: (container, { labels }) => {
    const check = document.createElement('button');
    check.type = 'button';
    check.textContent = labels.check;
    container.append(check);
    return { reset: () => undefined, destroy: () => container.replaceChildren() };
  },
};

function renderAnswering(entry: SpecFixtureEntry) {
  // A step may ask for the state again or send a code by itself; each gets the same answer.
  const { client, endpoints } = clientAnswering(() => entry.result);
  const onError = vi.fn();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const { container } = render(
    <AuthNFlow
      client={client}
      queryClient={queryClient}
      callbackUrl={false}
      navigate={vi.fn()}
      captcha={captcha}
      onError={onError}
    />,
  );
  return { container, endpoints, onError };
}

function enabledControls(container: HTMLElement): Element[] {
  return [...container.querySelectorAll('button, input:not([type="hidden"]), select, textarea')].filter(
    (control) => !control.matches(':disabled'),
  );
}

describe('<AuthNFlow/> on every flow result the OpenAPI document allows', () => {
  it.each(flowEntries.map((entry) => [`${entry.endpoint} · ${entry.label}`, entry] as const))('%s', async (_name, entry) => {
    const { container, endpoints, onError } = renderAnswering(entry);
    const root = () => container.querySelector('[data-part="root"]');

    await waitFor(() => {
      expect(BUSY_STATES).not.toContain(root()?.getAttribute('data-state'));
      expect(container.querySelector('[aria-busy="true"]')).toBeNull();
      expect(screen.getAllByRole('heading').length).toBeGreaterThan(0);
      expect(enabledControls(container).length).toBeGreaterThan(0);
    });

    expect(container.querySelector('[data-part="failed-view"]')).toBeNull();
    expect(screen.queryByRole('heading', { name: failedMessages['failed.heading'] })).toBeNull();
    expect(screen.queryByText(coreMessages['error.invalidResponse'])).toBeNull();
    expect(onError).not.toHaveBeenCalled();
    expect(endpoints[0]).toBe('flow/start');
    expect(endpoints.every((endpoint) => (FLOW_ENDPOINTS as readonly string[]).includes(endpoint))).toBe(true);
  });
});
