import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { holdRequests, recordRequests, renderFlow, setupEmulator, updatesOf } from './flow-harness.js';

/**
 * The first screen does not wait for `flow/start`: the identifier form is there at once, takes
 * typing, and a submit waits for the start's answer, then goes. What was typed survives an answer
 * that asks for another field.
 */
const { emulator, server } = setupEmulator();

beforeEach(() => {
  emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
});

describe('the first screen before flow/start answers', () => {
  it('shows the email form at once, and sends a submit made before the answer once it comes', async () => {
    const start = holdRequests(server, 'flow/start');
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);

    // On screen in the first render, before any answer: nothing says "Loading".
    const field = screen.getByLabelText('Email');
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    const continued = screen.getByRole('button', { name: 'Continue' });
    expect(continued).toBeEnabled();
    await user.type(field, 'early@example.com');
    await user.click(continued);
    // Waiting for the start: the submit is in progress, and only the start went out.
    expect(continued).toHaveAttribute('aria-disabled', 'true');
    expect(requests).toEqual(['flow/start']);

    start.release();
    expect(await screen.findByRole('heading', { name: 'Create a password' })).toBeInTheDocument();
    expect(requests).toEqual(['flow/start', 'flow/update']);
    expect(screen.getByText('early@example.com')).toBeInTheDocument();
  });

  it('checks the address on the spot, before any answer', async () => {
    holdRequests(server, 'flow/start');
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    await user.type(screen.getByLabelText('Email'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(requests).toEqual(['flow/start']);
  });

  it('keeps what was typed when the answer asks for a username, and sends nothing on its own', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'string' });
    const start = holdRequests(server, 'flow/start');
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    start.release();

    const field = await screen.findByLabelText('Username');
    expect(field).toHaveValue('ada@example.com');
    expect(screen.getByRole('button', { name: 'Continue' })).not.toHaveAttribute('aria-disabled');
    expect(requests).toEqual(['flow/start']);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Create a password' })).toBeInTheDocument();
  });

  it('drops an email error once the answer turns the field into a username', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'string' });
    const start = holdRequests(server, 'flow/start');
    const { user } = renderFlow(emulator.token);
    await user.type(screen.getByLabelText('Email'), 'ada');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    start.release();

    const field = await screen.findByLabelText('Username');
    expect(field).toHaveValue('ada');
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Enter an email address like name@example.com.')).not.toBeInTheDocument();
  });

  it('takes a phone number typed before the answer asked for a phone', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'phone' });
    const start = holdRequests(server, 'flow/start');
    const updates = updatesOf(server, 'set_username');
    const { user } = renderFlow(emulator.token);
    await user.type(screen.getByLabelText('Email'), '+12015550123');
    start.release();

    // The phone field and its library load on demand.
    const country = await screen.findByLabelText('Country or region');
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Create a password' })).toBeInTheDocument();
    expect(await updates()).toEqual([{ username: '+12015550123' }]);
  }, 15_000);

  it('asks by the username format the app gives, from the first render', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'string' });
    holdRequests(server, 'flow/start');
    renderFlow(emulator.token, { usernameFormat: 'string' });
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
  });

  it('leaves the user in the field they type in when the answer changes the field', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'string' });
    const start = holdRequests(server, 'flow/start');
    const { user } = renderFlow(emulator.token);
    await user.type(screen.getByLabelText('Email'), 'ada');
    start.release();
    const field = await screen.findByLabelText('Username');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('.lovelace');
    expect(field).toHaveValue('ada.lovelace');
  });
});
