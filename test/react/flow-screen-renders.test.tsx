import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { AuthNFlow, Heading, type HeadingProps } from '../../src/index.js';
import { BASE_URL, setupEmulator } from './flow-harness.js';

const { emulator } = setupEmulator();

const headingRendered = vi.fn();
function CountingHeading(props: HeadingProps) {
  headingRendered();
  return <Heading {...props} />;
}
const components = { Heading: CountingHeading };

it('leaves the step alone when the app around the flow re-renders', async () => {
  const queryClient = new QueryClient();
  const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
  function App() {
    const [count, setCount] = useState(0);
    return (
      <>
        <button type="button" onClick={() => setCount((value) => value + 1)}>
          Rendered {count}
        </button>
        {/* A new callback on every render, as an app writes it. */}
        <AuthNFlow client={client} queryClient={queryClient} components={components} onComplete={() => undefined} />
      </>
    );
  }
  render(<App />);
  await screen.findByRole('heading', { name: 'Sign in or create an account' });
  headingRendered.mockClear();
  for (let i = 0; i < 3; i += 1) {
    fireEvent.click(screen.getByRole('button', { name: /^Rendered/ }));
  }
  expect(screen.getByRole('button', { name: 'Rendered 3' })).toBeTruthy();
  expect(headingRendered).not.toHaveBeenCalled();
});
