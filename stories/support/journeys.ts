/**
 * The openings the step stories share, as machine events: first the emulator's recorded journeys
 * (stories/support/recorded.ts), then the hand-written ones for what the emulator cannot produce.
 * A story adds its own last event (a call in flight, an answer, a failure) to one of these.
 */
import type { AuthNError, FlowEvent, FlowOperation } from '../../src/core/index.js';
import { EMAIL_IDENTIFIER, journeys, requested, responded, user } from '../../test/fixtures/flow-events.js';
import { rawFlowResult, type FlowFixtureName } from '../../test/fixtures/index.js';
import { serverError } from './errors.js';
import { recorded, recordedAnswer, recordedRequest, type RecordedOptions } from './recorded.js';

/** Past every resend cooldown of the recording: the step is idle, "Resend" allowed. */
export const LATER: RecordedOptions = { secondsLater: 120 };

/** Recorded journeys (fixtures/recorded/<preset>/NN-*.json), by what they show last. */
export const recordedJourney = {
  /** password #1: a new flow asks for the email. */
  emailStep: () => recorded('password', [1]),
  /** password #1–2: a new user (joe@example.com) is asked for a password with the policy. */
  signUpPassword: () => recorded('password', [1, 2]),
  /** password #13–14: joe signs in; the password step with "Forgot password?". */
  signInPassword: () => recorded('password', [13, 14]),
  /** password #18–19: "Forgot password?" sent the link (#20 is the resend refused, #21 the link's return). */
  resetSent: (options: RecordedOptions = LATER) => recorded('password', [18, 19], options),
  /** password #18, #19, #21: back from the reset link, `phase_set_password`. */
  setPassword: () => recorded('password', [18, 19, 21]),
  /** password #13–14, #16: the password was right, the host is asked to complete. */
  completing: () => recorded('password', [13, 14, 16]),
  /** everything #1–2: eve@example.com, every primary method offered: the picker. */
  methods: () => recorded('everything', [1, 2]),
  /** passwordless #1–2: pat@example.com picked the emailed code, not sent yet. */
  emailCode: (): FlowEvent[] => [...recorded('passwordless', [1, 2]), user.chooseMethod('email_otp')],
  /** … and sent (#4). */
  emailCodeSent: (options: RecordedOptions = LATER): FlowEvent[] => [
    ...recordedJourney.emailCode(),
    ...recorded('passwordless', [4], options),
  ],
  /** everything #16: sid@example.com picked the text message; no phone yet (`need_phone`). */
  smsNeedPhone: (): FlowEvent[] => [...recorded('everything', [16]), user.chooseMethod('sms_otp')],
  /** … gave the phone (#18) and got the code (#19). */
  smsSent: (options: RecordedOptions = LATER): FlowEvent[] => [
    ...recordedJourney.smsNeedPhone(),
    ...recorded('everything', [18, 19], options),
  ],
  /** mfa #1–2: max@example.com signed up and picked the authenticator app: TOTP enrolment. */
  totpEnrolment: (): FlowEvent[] => [...recorded('mfa', [1, 2]), user.chooseMethod('totp')],
  /** mfa #6–7: max signs in again: the TOTP he enrolled. */
  totpSignIn: () => recorded('mfa', [6, 7]),
  /** everything #1–3: after the password, `phase_captcha` with the emulator's test widget. */
  captcha: () => recorded('everything', [1, 2, 3]),
  /** everything #1–4: `phase_profile`, first name required. */
  profile: () => recorded('everything', [1, 2, 3, 4]),
  /** everything #1–4, #6: `phase_verify_email`, not sent yet. */
  verifyEmail: () => recorded('everything', [1, 2, 3, 4, 6]),
  /** … and sent (#7). */
  verifyEmailSent: (options: RecordedOptions = LATER): FlowEvent[] => [
    ...recordedJourney.verifyEmail(),
    ...recorded('everything', [7], options),
  ],
  /** everything #1–4, #6–7, #9–10: after the TOTP, `phase_agreements`: the emulator's markdown EULA. */
  agreements: () => recorded('everything', [1, 2, 3, 4, 6, 7, 9, 10]),
  /** … both agreements accepted (#11–12): `phase_oauth_consent` for the emulator's demo app. */
  consent: (): FlowEvent[] => [...recordedJourney.agreements(), ...recorded('everything', [11, 12])],
  /** passwordless #8–9: pat asked for a magic link, and it went out. */
  magicLinkSent: (options: RecordedOptions = LATER) => recorded('passwordless', [8, 9], options),
};

/** The call of recorded exchange `number`, in flight (its answer not in yet). */
export const inFlight = recordedRequest;
export { recorded, recordedAnswer };

/** "I've verified" or "I've opened the link": the poll (`choice: ""`) of the flow on screen, in flight. */
export function poll(): FlowEvent {
  return { type: 'api.requested', operation: 'update', choice: '' };
}

/**
 * A failure the emulator never sends (a 500, or a status it has no cause for), for any flow: no
 * `flowId`, which the machine takes as the flow on screen.
 */
export function failure(operation: FlowOperation, error: AuthNError = serverError()): FlowEvent {
  return { type: 'api.failed', operation, flowId: undefined, error };
}

/** Hand-written openings (test/fixtures), for the states the emulator cannot produce. */
export const handWritten = {
  /** joe typed his email; the server answered with `fixture`. */
  afterEmail: (fixture: FlowFixtureName): FlowEvent[] => [
    ...journeys.emailStep(),
    requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
    responded('update', fixture),
  ],
  /** A new user's password went through; the server answered with `fixture`. */
  afterSignUp: (fixture: FlowFixtureName): FlowEvent[] => [
    ...journeys.signupPassword(),
    requested.update('password'),
    responded('update', fixture),
  ],
  /** A known user's password went through; the server answered with `fixture`. */
  afterSignIn: (fixture: FlowFixtureName): FlowEvent[] => [
    ...journeys.signinPassword(),
    requested.update('password'),
    responded('update', fixture),
  ],
};

/** A hand-written answer with some choices' data patched (say a `resend_time` in the future). */
export function respondedWith(
  operation: 'update' | 'restart',
  fixture: FlowFixtureName,
  patch: Record<string, Record<string, unknown>>,
): FlowEvent {
  const raw = rawFlowResult(fixture);
  const choices = (raw['flow_choices'] as { choice: string; data: Record<string, unknown> }[]).map((entry) => ({
    ...entry,
    data: { ...entry.data, ...patch[entry.choice] },
  }));
  return responded(operation, fixture, { flow_choices: choices });
}

/** An ISO time `seconds` from now. */
export function inSeconds(seconds: number): string {
  return new Date(Date.now() + seconds * 1000).toISOString();
}
