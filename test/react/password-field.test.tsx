import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { checkPassword } from '../../src/core/index.js';
import { PasswordChecklist } from '../../src/react/steps/password-step/password-checklist.js';
import { PasswordInput } from '../../src/react/steps/password-step/password-input.js';

const POLICY = { chars_min: 8, lower_min: 1, upper_min: 1, number_min: 1 };

/** A form with one password field, counting its submits. */
function PasswordForm({ onSubmit }: { onSubmit: () => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <PasswordInput label="Password" value={value} onChange={setValue} autoComplete="current-password" error={null} submitCount={0} />
    </form>
  );
}

function renderForm() {
  const onSubmit = vi.fn();
  render(<PasswordForm onSubmit={onSubmit} />);
  return {
    onSubmit,
    input: screen.getByLabelText('Password', { selector: 'input' }),
    status: screen.getByRole('status'),
  };
}

describe('the show/hide password toggle', () => {
  it('is named for what it does, says the new state, and switches the type', async () => {
    const user = userEvent.setup();
    const { input, status } = renderForm();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(input).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAttribute('aria-controls', input.id);
    expect(status).toBeEmptyDOMElement();

    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAccessibleName('Hide password');
    expect(status).toHaveTextContent('Your password is visible.');

    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAccessibleName('Show password');
    expect(status).toHaveTextContent('Your password is hidden.');
  });

  it('sits inside the field, after the input, and never submits the form', async () => {
    const user = userEvent.setup();
    const { input, onSubmit } = renderForm();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    const control = input.closest('[data-part="control"]');
    expect(control).toContainElement(toggle);
    expect(input.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(toggle).toHaveAttribute('type', 'button');

    await user.click(toggle);
    await user.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps focus and the caret in the field when pressed with a pointer', async () => {
    const user = userEvent.setup();
    const { input } = renderForm();
    await user.type(input, 'Secret-1234');
    (input as HTMLInputElement).setSelectionRange(3, 3);

    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('type', 'text');
    expect([(input as HTMLInputElement).selectionStart, (input as HTMLInputElement).selectionEnd]).toEqual([3, 3]);
  });

  it('leaves focus on itself for a keyboard user', async () => {
    const user = userEvent.setup();
    const { input } = renderForm();
    await user.click(input);
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    expect(input).toHaveAttribute('type', 'text');
    expect(toggle).toHaveFocus();
  });

  it('takes its own names for a second field in the form', async () => {
    const user = userEvent.setup();
    render(
      <PasswordInput
        label="Confirm"
        value=""
        onChange={() => undefined}
        autoComplete="new-password"
        error={null}
        submitCount={0}
        toggleLabels={{ show: 'Show confirmation', hide: 'Hide confirmation' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Show confirmation' }));
    expect(screen.getByRole('button', { name: 'Hide confirmation' })).toBeInTheDocument();
  });
});

describe('the password rules', () => {
  it('mark the list once a submit was refused, so the rules still unmet show as errors', () => {
    const rules = checkPassword(POLICY, 'short');
    const { rerender } = render(<PasswordChecklist id="rules" rules={rules} submitted={false} />);
    const list = screen.getByRole('list').closest('[data-part="password-rules"]');
    expect(list).toHaveAttribute('data-state', 'idle');

    rerender(<PasswordChecklist id="rules" rules={rules} submitted />);
    expect(list).toHaveAttribute('data-state', 'submitted');
    const states = screen.getAllByRole('listitem').map((item) => item.getAttribute('data-state'));
    expect(states).toContain('unmet');
    expect(states).toContain('met');
  });
});
