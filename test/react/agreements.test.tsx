import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdRequests, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD, updatesOf } from './flow-harness.js';

const PWN = 'document.body.dataset.xss=1';

const EULA_MARKDOWN = [
  '# End User License Agreement',
  '',
  'You may use the app **as is**. See [the full terms](https://example.com/terms).',
  '',
  `<script>${PWN}</script><img src=x onerror="${PWN}"> [a trap](javascript:${PWN})`,
].join('\n');

const PRIVACY_LEXICAL = JSON.stringify({
  root: {
    type: 'root',
    children: [
      { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'What we keep', format: 0 }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Only your ', format: 0 },
          { type: 'text', text: 'email', format: 1 },
          { type: 'text', text: `. <img src=x onerror=${PWN}>`, format: 0 },
        ],
      },
      {
        type: 'list',
        listType: 'bullet',
        children: [
          { type: 'listitem', children: [{ type: 'text', text: 'No selling', format: 0 }] },
          {
            type: 'listitem',
            children: [{ type: 'link', url: `javascript:${PWN}`, children: [{ type: 'text', text: 'No tracking', format: 0 }] }],
          },
        ],
      },
    ],
  },
});

const { emulator, server } = setupEmulator();
emulator.setConfig({
  agreements: [
    { type: 'eula', name: 'EULA_V2', text: EULA_MARKDOWN, id: 'peu_eulaeulaeulaeulaeulaeulaeulaeula', publishedAt: '2025-06-02T09:30:00.000Z' },
    { type: 'privacy_policy', name: 'PRIVACY_V2', text: PRIVACY_LEXICAL, id: 'peu_privacyprivacyprivacyprivacyaaaa' },
  ],
});

async function reachAgreements(user: ReturnType<typeof renderFlow>['user'], email: string) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return screen.findByRole('heading', { name: 'License agreement' });
}

function expectNothingDangerous(region: HTMLElement) {
  expect(region.querySelectorAll('script, img, iframe, svg, style, form')).toHaveLength(0);
  for (const element of region.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name).not.toMatch(/^on/i);
      expect(attribute.value).not.toMatch(/javascript:/i);
    }
  }
  expect(document.body.dataset.xss).toBeUndefined();
}

describe('the agreements step', () => {
  it('shows each agreement from markdown or Lexical, sanitised, and accepts them one at a time', async () => {
    const sent = updatesOf(server, 'agreements');
    const { user, onComplete } = renderFlow(emulator.token);
    const eulaHeading = await reachAgreements(user, 'agree@example.com');

    expect(screen.getByText(/^Published .*2025/)).toBeInTheDocument();
    const eula = screen.getByRole('region', { name: 'License agreement' });
    expect(eula).toHaveAttribute('tabindex', '0');
    expect(await within(eula).findByRole('heading', { level: 3, name: 'End User License Agreement' })).toBeInTheDocument();
    expect(within(eula).getByText('as is').tagName).toBe('STRONG');
    const terms = within(eula).getByRole('link', { name: 'the full terms' });
    expect(terms).toHaveAttribute('href', 'https://example.com/terms');
    expect(terms).toHaveAttribute('target', '_blank');
    expect(terms).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(eula).queryByRole('link', { name: 'a trap' })).toBeNull();
    expectNothingDangerous(eula);
    expect(eulaHeading).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Accept' }));

    const privacyHeading = await screen.findByRole('heading', { name: 'Privacy policy' });
    await waitFor(() => expect(privacyHeading).toHaveFocus());
    const privacy = screen.getByRole('region', { name: 'Privacy policy' });
    expect(privacy).toHaveAttribute('data-state', 'lexical');
    expect(within(privacy).getByRole('heading', { level: 3, name: 'What we keep' })).toBeInTheDocument();
    expect(within(privacy).getByText('email').tagName).toBe('STRONG');
    expect(within(privacy).getByText(/<img src=x onerror=/)).toBeInTheDocument();
    expect(within(privacy).queryByRole('link')).toBeNull();
    expect(within(privacy).getByText('No tracking')).toBeInTheDocument();
    expectNothingDangerous(privacy);

    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(await sent()).toEqual([{ agreed: ['peu_eulaeulaeulaeulaeulaeulaeulaeula'] }, { agreed: ['peu_privacyprivacyprivacyprivacyaaaa'] }]);
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    expect(emulator.users()[0]).toMatchObject({ email: 'agree@example.com' });
  });

  it('starts over on "Decline", and says so beside the button', async () => {
    const { user } = renderFlow(emulator.token);
    await reachAgreements(user, 'decline@example.com');
    const requests = recordRequests(server);
    const decline = screen.getByRole('button', { name: 'Decline' });
    expect(decline).toHaveAccessibleDescription("If you decline, you won't be signed in and we'll start over.");

    await user.click(decline);

    expect(await screen.findByLabelText('Email')).toHaveValue('');
    expect(requests).toEqual(['flow/start']);
  });

  it('shows a pending Accept while the answer is on its way', async () => {
    const { user } = renderFlow(emulator.token);
    await reachAgreements(user, 'pending@example.com');
    const requests = recordRequests(server);
    const accept = screen.getByRole('button', { name: 'Accept' });
    const held = holdRequests(server, 'flow/update');
    await user.click(accept);
    await user.click(accept);
    expect(accept).toHaveTextContent('Accepting…');
    expect(accept).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Decline' })).toHaveAttribute('aria-disabled', 'true');
    held.release();
    expect(await screen.findByRole('heading', { name: 'Privacy policy' })).toBeInTheDocument();
    expect(requests).toEqual(['flow/update']);
  });
});
