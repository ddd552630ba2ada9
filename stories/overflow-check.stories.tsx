import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { horizontalOverflow } from '../test/stories/overflow.js';

/**
 * The phone-first check itself, on real layout in Chromium: it must fail on a deliberately wide
 * element, and pass once that element fits. Test-only (hidden from the sidebar): every other story
 * is held to the same check after it runs (.storybook/vitest.overflow.ts).
 */
function WideInsideAFlowRoot() {
  return (
    <div data-scope="authn" data-part="root">
      <p data-scope="authn" data-part="body">
        A flow root with a child that a test makes wider than the page.
      </p>
      <div data-testid="wide" data-scope="authn" data-part="too-wide" />
    </div>
  );
}

const meta = {
  title: 'Checks/Overflow',
  component: WideInsideAFlowRoot,
  tags: ['!dev', '!autodocs'],
} satisfies Meta<typeof WideInsideAFlowRoot>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FailsOnAWideElement: Story = {
  play: async ({ canvas }) => {
    const wide = canvas.getByTestId('wide');
    // Wider than any viewport the runner uses; block-level, so it cannot wrap.
    wide.style.inlineSize = '3000px';
    wide.style.blockSize = '1px';
    const problems = horizontalOverflow();
    await expect(problems.some((problem) => problem.startsWith('the page is'))).toBe(true);
    await expect(problems.some((problem) => problem.startsWith('a flow root holds content'))).toBe(true);
    await expect(problems).toContainEqual(expect.stringMatching(/^\[data-part="too-wide"\] spans/));

    wide.style.inlineSize = '100%';
    await expect(horizontalOverflow()).toEqual([]);
  },
};
