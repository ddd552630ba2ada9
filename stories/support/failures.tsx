/**
 * The error views by what went wrong and when, for a designer's Controls: pick a failure and a
 * moment, and the story replays the flow that ends in it.
 */
import type { AuthNError, FlowEvent } from '../../src/core/index.js';
import { failed, requested } from '../../test/fixtures/flow-events.js';
import {
  apiError,
  ERROR_FIXTURE_NAMES,
  invalidResponseError,
  networkError,
  timeoutError,
  type ErrorFixtureName,
} from '../../test/fixtures/index.js';
import { FixtureFlow, type FixtureFlowProps } from './fixture-flow.js';
import { failure as failureOf, inFlight, recordedJourney } from './journeys.js';

/** What went wrong: a service's answer (test/fixtures/errors) or the connection. */
export const FAILURES = [...ERROR_FIXTURE_NAMES, 'offline', 'timeout', 'invalid-response'] as const;
export type Failure = (typeof FAILURES)[number];

/** When: the first call (`flow/start`), or a known user's password (`flow/update`). */
export const MOMENTS = ['start', 'sign-in'] as const;
export type Moment = (typeof MOMENTS)[number];

function errorOf(failure: Failure): AuthNError {
  switch (failure) {
    case 'offline':
      return networkError();
    case 'timeout':
      return timeoutError();
    case 'invalid-response':
      return invalidResponseError();
    default:
      return apiError(failure satisfies ErrorFixtureName);
  }
}

/** The recorded flow that ends in `failure` at `moment`. */
export function failureEvents(failure: Failure, moment: Moment): FlowEvent[] {
  switch (moment) {
    case 'start':
      return [requested.start(), failed('start', errorOf(failure))];
    case 'sign-in':
      return [...recordedJourney.signInPassword(), inFlight('password', 15), failureOf('update', errorOf(failure))];
    default:
      return moment satisfies never;
  }
}

export interface FailureFlowProps extends FixtureFlowProps {
  /** What went wrong; with `during`, it replaces `events`. */
  failure?: Failure;
  /** When it went wrong. @default 'sign-in' */
  during?: Moment;
}

/** A story's args for `failure` at `moment`: the Controls' values and the events they make. */
export function failureArgs(failure: Failure, during: Moment): Pick<FailureFlowProps, 'failure' | 'during' | 'events'> {
  return { failure, during, events: failureEvents(failure, during) };
}

/** The flow in the state `failure` at `during` leads to, or `events` when no failure is picked. */
export function FailureFlow({ failure, during = 'sign-in', events, ...props }: FailureFlowProps) {
  return failure === undefined ? (
    <FixtureFlow events={events} {...props} />
  ) : (
    <FixtureFlow key={`${failure}@${during}`} events={failureEvents(failure, during)} {...props} />
  );
}
