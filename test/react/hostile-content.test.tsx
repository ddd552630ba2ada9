import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMarkdownRenderer, MARKDOWN_LIMITS, withinMarkdownLimits } from '../../src/react/content/markdown.js';
import { RichText } from '../../src/react/primitives/rich-text.js';
import { renderFlow, setupEmulator } from './flow-harness.js';

const { emulator } = setupEmulator();

afterEach(() => {
  vi.restoreAllMocks();
});

/** About 3 KB of nested quotes: enough to overflow marked's stack in a browser. */
const DEEP_QUOTES = `${'>'.repeat(3000)} By continuing you agree.`;
const DEEP_LIST = `${'- '.repeat(1500)}By continuing you agree.`;

describe('server markdown that would take the page down', () => {
  it('is declined before parsing when it nests too deep or runs too long', async () => {
    const render = await loadMarkdownRenderer();
    for (const text of [DEEP_QUOTES, DEEP_LIST, `${'    '.repeat(40)}- deep`, 'a'.repeat(MARKDOWN_LIMITS.maxLength + 1)]) {
      expect(withinMarkdownLimits(text)).toBe(false);
      expect(render(text, 3)).toBeNull();
    }
    // Ordinary legal text nests a few levels at most.
    const ordinary = '# Terms\n\n> Quoted\n> > twice\n\n- one\n  - two\n    - three\n\n1. first';
    expect(withinMarkdownLimits(ordinary)).toBe(true);
    expect(render(ordinary, 3)).toContain('<blockquote>');
  });

  it('shows as plain, readable text', async () => {
    const { container } = render(<RichText text={DEEP_QUOTES} />);
    await loadMarkdownRenderer();
    const text = container.querySelector('[data-part="rich-text"]');
    expect(text).toHaveAttribute('data-state', 'plain');
    expect(text).toHaveTextContent('By continuing you agree.');
  });

  it('leaves the first screen working when it is the project disclaimer', async () => {
    emulator.setConfig({ disclaimer: DEEP_QUOTES });
    renderFlow(emulator.token);
    expect(await screen.findByRole('heading', { name: 'Sign in or create an account' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toBeEnabled();
    await waitFor(() => expect(screen.getByText(/By continuing you agree\./)).toBeInTheDocument());
  });
});

describe('a step that throws while rendering', () => {
  it('shows an explained state with "Start over", which starts the flow again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const Throwing = () => {
      if (broken) {
        throw new Error('a custom step bug');
      }
      return <p>fixed</p>;
    };
    const { user, onError } = renderFlow(emulator.token, { components: { set_email: Throwing } });

    expect(await screen.findByRole('heading', { name: "This step couldn't be shown" })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong while showing this step.');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByText('fixed')).toBeInTheDocument();
    expect(onError).not.toHaveBeenCalled();
  });
});
