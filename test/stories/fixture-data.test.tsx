/**
 * A designer's Controls on a replayed story (stories/support/fixture-data.ts): the email and the
 * password policy they set are what the step shows, and the recording itself is left as it was.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { failureArgs, FailureFlow } from '../../stories/support/failures.js';
import { recordedJourney } from '../../stories/support/journeys.js';
import { eventsWithData } from '../../stories/support/fixture-data.js';

const LONG_EMAIL = 'a.very.long.address.for.the.layout@example.com';

describe('Controls for the step’s data', () => {
  it('puts the email set in Controls where the recording had its own', () => {
    render(<FixtureFlow events={recordedJourney.signInPassword()} email={LONG_EMAIL} />);
    expect(screen.getByText(LONG_EMAIL)).toBeInTheDocument();
    expect(screen.queryByText('joe@example.com')).toBeNull();
  });

  it('shows the password policy set in Controls on a step that has one', async () => {
    const policy = { chars_min: 12, chars_max: 64, lower_min: 0, upper_min: 0, number_min: 3, punct_min: 0 };
    render(<FixtureFlow events={recordedJourney.signUpPassword()} passwordPolicy={policy} />);
    await screen.findByRole('heading', { name: 'Create a password' });
    const rules = screen.getAllByRole('listitem').map((rule) => rule.textContent);
    expect(rules).toEqual([expect.stringMatching(/^Between 12 and 64 characters/), expect.stringMatching(/^Digits: at least 3/)]);
  });

  it('leaves the recording as it was (other stories replay it too)', () => {
    const events = recordedJourney.signInPassword();
    const before = JSON.stringify(events);
    eventsWithData(events, { email: LONG_EMAIL, passwordPolicy: { chars_min: 30 } });
    expect(JSON.stringify(events)).toBe(before);
    expect(eventsWithData(events, {})).toBe(events);
  });

  it('shows the failure picked in Controls, whatever the story replayed', () => {
    const { rerender } = render(<FailureFlow {...failureArgs('disabled-user', 'sign-in')} />);
    expect(screen.getByRole('heading', { name: 'Account disabled' })).toBeInTheDocument();
    rerender(<FailureFlow {...failureArgs('disabled-user', 'sign-in')} failure="offline" during="start" />);
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
  });
});
