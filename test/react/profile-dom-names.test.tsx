import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

/** Ids a server may send that are also properties of a form: as raw `name`s they would shadow them. */
const CLOBBERING_IDS = ['querySelector', 'submit', 'action', 'elements', 'id', 'length', 'reset', 'nodeName'];

const { emulator } = setupEmulator();
emulator.setConfig({
  profileFields: CLOBBERING_IDS.map((id, index) => ({
    id,
    label: `Field ${id}`,
    type: 'string',
    required: index === 0,
    showOnSignup: true,
  })),
});

describe('profile fields whose ids are DOM property names', () => {
  it('keep the form working: no shadowed property, error focus, and the values sent under the server ids', async () => {
    const { user, onComplete } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'clobber@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { name: 'Tell us about yourself' });

    const first = screen.getByLabelText(/^Field querySelector/);
    const form = first.closest('form') as HTMLFormElement;
    for (const id of CLOBBERING_IDS) {
      const input = screen.getByLabelText(new RegExp(`^Field ${id}`));
      expect(input.getAttribute('name')).not.toBe(id);
      expect(input.id).not.toBe(id);
    }
    expect(typeof form.querySelector).toBe('function');
    expect(typeof form.submit).toBe('function');
    expect(form.elements).toBeInstanceOf(HTMLFormControlsCollection);

    // A failed submit still finds the first invalid field.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAttribute('aria-invalid', 'true');

    await user.type(first, 'Ada');
    await user.type(screen.getByLabelText(/^Field submit/), 'Lovelace');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onComplete).toHaveBeenCalled());
    const user_ = emulator.users().find((candidate) => candidate.email === 'clobber@example.com');
    expect(user_?.profile).toMatchObject({ querySelector: 'Ada', submit: 'Lovelace' });
  });
});
