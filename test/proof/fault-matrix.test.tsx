/**
 * Issue 6 item 2, the fault matrix: every machine state in which a call can be pending (found by
 * walking the machine, test/core/flow/reachable-states.ts) × every fault the network or server can
 * answer that call with. Each cell renders `<AuthNFlow>` against the emulator (MSW), brings it to
 * that call, answers the call with the fault once, and asks of the screen: is it explained (a
 * message in an alert, status or notice), is there a way forward (an enabled control), and is
 * what the user typed still there? A fault the client absorbs by sending a repeatable call again
 * (a start, a state read; its retry policy) needs no explanation: the call must have gone again.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALLBACK_STORAGE_KEY, createAuthNClient } from '../../src/core/index.js';
import { errorFixture, rawFlowResult } from '../fixtures/index.js';
import { reachablePaths, stateValueOf } from '../core/flow/reachable-states.js';
import { BASE_URL, createUser, renderFlow, setupEmulator, STRONG_PASSWORD, type RenderedFlow } from '../react/flow-harness.js';
import { installSoftCredentials } from '../react/passkey-credentials.js';

const { emulator, server } = setupEmulator();
// Whole flows with lazy steps on a shared CI machine: give async queries more than the default second.
configure({ asyncUtilTimeout: 8000 });
const CB_URI = 'http://localhost:3000/';
/** Server English that must never reach the screen. */
const SERVER_ENGLISH = 'SERVER ENGLISH 5e1f';

// ---------------------------------------------------------------------------------------------
// The rows: every (state, operation) the machine can wait on a call in, found by the walk.

interface Row {
  state: string;
  operation: string;
}

function pendingRows(): Row[] {
  const rows = new Map<string, Row>();
  for (const path of reachablePaths()) {
    const pending = path.state.context.pending;
    if (pending !== null) {
      const row = { state: stateValueOf(path.state), operation: pending.operation };
      rows.set(`${row.state}/${row.operation}`, row);
    }
  }
  return [...rows.values()].sort((a, b) => `${a.state}/${a.operation}`.localeCompare(`${b.state}/${b.operation}`));
}

// ---------------------------------------------------------------------------------------------
// The columns: what the call is answered with.

const FAULTS = [
  'network down',
  '5xx',
  '429 Retry-After',
  'malformed JSON',
  'unexpected shape',
  'unknown choice',
  'expired flow',
  'ValidationError',
  // A status no version of the kit knows (issue 11 item 4): the kit reads the flow's state.
  'unknown status',
] as const;
type Fault = (typeof FAULTS)[number];

function envelope(status: string, result: unknown, summary = SERVER_ENGLISH): Record<string, unknown> {
  return {
    request_id: 'prq_faultmatrixfaultmatrixfaultmat',
    request_time: '2025-06-02T09:30:12.418231Z',
    response_time: '2025-06-02T09:30:12.436905Z',
    status,
    summary,
    result,
  };
}

/** The response a fault answers `path` with; `flowId` is the flow the call was for. */
function faultResponse(fault: Fault, path: string, flowId: string | undefined, validationSource: string): Response {
  switch (fault) {
    case 'network down':
      return HttpResponse.error();
    case '5xx':
      // A proxy in front of the service: HTML, not an envelope.
      return new HttpResponse('<html><body>503 Service Unavailable</body></html>', {
        status: 503,
        headers: { 'Content-Type': 'text/html' },
      });
    case '429 Retry-After': {
      const { envelope: body, headers } = errorFixture('too-many-requests');
      return HttpResponse.json({ ...body, summary: SERVER_ENGLISH }, { status: 429, headers });
    }
    case 'malformed JSON':
      return new HttpResponse('{"status": "Success", "result": {"flow_id": "pfl_', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'unexpected shape':
      return HttpResponse.json(
        envelope(
          'Success',
          path === 'flow/complete' ? { refresh_token: 42, active_token: 'nope' } : { flow_id: 42, flow_choices: 'nope' },
        ),
      );
    case 'unknown choice': {
      // A newer server: the phase offers only a choice this kit does not know.
      const result = {
        ...rawFlowResult('signin-password'),
        flow_id: flowId ?? 'pfl_faultmatrixfaultmatrixfaultmat',
        flow_choices: [{ choice: 'carrier_pigeon', data: { loft: 'north' } }],
      };
      return HttpResponse.json(envelope('Success', result));
    }
    case 'expired flow': {
      const { envelope: body, httpStatus } = errorFixture('flow-expired');
      return HttpResponse.json({ ...body, summary: SERVER_ENGLISH }, { status: httpStatus });
    }
    case 'unknown status':
      return HttpResponse.json(envelope('SomethingNew', null), { status: 400 });
    case 'ValidationError':
      return HttpResponse.json(
        envelope('ValidationError', {
          errors: [{ code: 'BelowMinLength', detail: SERVER_ENGLISH, source: validationSource }],
        }),
        { status: 400 },
      );
    default:
      return fault satisfies never;
  }
}

/**
 * Answers the `skip + 1`-th call to `path` with the fault, once, when `gate` opens; other calls
 * reach the emulator (a handler that returns nothing falls through).
 */
function injectFault(
  path: string,
  fault: Fault,
  validationSource: string,
  skip = 0,
  gate: Promise<void> = Promise.resolve(),
): { hits: () => number; seen: () => number; body: () => string } {
  let seen = 0;
  let hit = 0;
  let sent = '';
  server.use(
    http.post(`*/v2/${path}`, async ({ request }) => {
      seen += 1;
      if (seen !== skip + 1) {
        return undefined;
      }
      hit += 1;
      sent = await request.clone().text();
      await gate;
      const body = (JSON.parse(sent || '{}') ?? {}) as { flow_id?: string };
      return faultResponse(fault, path, body.flow_id, validationSource);
    }),
  );
  return { hits: () => hit, seen: () => seen, body: () => sent };
}

// ---------------------------------------------------------------------------------------------
// Scenarios: how the UI gets to the call each row waits on. A row the machine can reach that no
// scenario covers fails the matrix: a new pending state needs its scenario here.

interface Typed {
  label: string;
  value: string;
  /** Secrets may be cleared when the step that held them is replaced, never shown elsewhere. */
  secret?: boolean;
  /** Not part of the call (a half-typed password when the user asks for a reset link). */
  notSent?: boolean;
}

interface Scenario {
  name: string;
  /** The row it exercises: `update.submitting/update`. */
  row: string;
  /** The API path of the call the fault answers. */
  path: string;
  /** Calls to `path` before the one that fails. */
  skip?: number;
  /** Where a ValidationError of this call points. */
  validationSource: string;
  /** Renders the flow and gets it just before the call; returns what the user typed so far. */
  prepare: () => Promise<{ rendered: RenderedFlow | null; typed: Typed[] }>;
  /** Makes the call (a click); absent when rendering makes it. */
  trigger?: (rendered: RenderedFlow) => Promise<void>;
  /** Sets up the emulator and the page before `prepare`. */
  before?: () => Promise<void>;
  /** The call is safe to repeat (a start, a state read): the client sends it again after a lost answer. */
  repeatable?: true;
  /** The fault is answered only after `trigger`: the user acts while the call is out. */
  held?: true;
  /**
   * A call the user did not ask for: its fault needs no explanation once the call they asked for
   * meanwhile (to this path) went after it.
   */
  absorbedBy?: string;
  /** Undoes what `before` set up outside the emulator. */
  after?: () => void;
}

/** Resolves when the next call to `path` leaves. */
function whenCalled(path: string): Promise<void> {
  return new Promise((resolve) => {
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith(`/v2/${path}`)) {
        resolve();
      }
    });
  });
}

/** Counts the calls to `path` from now on. */
function countCalls(path: string): () => number {
  let count = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith(`/v2/${path}`)) {
      count += 1;
    }
  });
  return () => count;
}

let restoreCredentials: () => void = () => undefined;

/** A fault the client absorbs by sending a repeatable call again: nothing is left to explain. */
function isAbsorbed(scenario: Scenario, fault: Fault): boolean {
  return scenario.repeatable === true && (fault === 'network down' || fault === '5xx');
}

const KNOWN_EMAIL = 'known@example.com';

async function typeEmail(rendered: RenderedFlow, email: string): Promise<void> {
  await rendered.user.type(await screen.findByLabelText('Email'), email);
}

/** A new flow on the password step for `email`, with `password` typed into it. */
async function onPasswordStep(email: string, password: string): Promise<RenderedFlow> {
  const rendered = renderFlow(emulator.token);
  await typeEmail(rendered, email);
  await rendered.user.click(screen.getByRole('button', { name: 'Continue' }));
  await rendered.user.type(await screen.findByLabelText('Password', { selector: 'input' }), password);
  return rendered;
}

/** Leaves for Google from a first page and comes back with the provider's answer in the URL. */
async function returnFromGoogle(options: { code?: string } = {}): Promise<void> {
  const navigate = vi.fn();
  const first = renderFlow(emulator.token, { cbUri: CB_URI, navigate });
  await first.user.click(await screen.findByRole('button', { name: 'Continue with Google' }));
  const providerUrl = new URL(String(navigate.mock.calls[0]?.[0]));
  first.unmount();
  if (sessionStorage.getItem(CALLBACK_STORAGE_KEY) === null) {
    throw new Error('no callback record saved');
  }
  if (options.code !== undefined) {
    // The right state with a code the provider never issued: the server refuses the update.
    window.history.pushState(null, '', `/?state=${providerUrl.searchParams.get('state') ?? ''}&code=${options.code}`);
    return;
  }
  providerUrl.searchParams.set('email', KNOWN_EMAIL);
  const response = await fetch(providerUrl, { redirect: 'manual' });
  window.history.pushState(null, '', response.headers.get('location') ?? '/');
}

const SCENARIOS: Scenario[] = [
  {
    name: 'first start',
    row: 'opening.ready/start',
    path: 'flow/start',
    repeatable: true,
    validationSource: '/email',
    prepare: async () => ({ rendered: null, typed: [] }),
  },
  {
    // The form is there before the start answers: the user types and submits while it is out.
    name: 'email sent before the start answers',
    row: 'opening.waiting/start',
    path: 'flow/start',
    repeatable: true,
    held: true,
    validationSource: '/email',
    prepare: async () => {
      const rendered = renderFlow(emulator.token, { cbUri: CB_URI });
      await typeEmail(rendered, 'early@example.com');
      // Not in the start's body: the submit waits for its answer.
      return { rendered, typed: [{ label: 'Email', value: 'early@example.com', notSent: true }] };
    },
    trigger: async ({ user }) => user.click(screen.getByRole('button', { name: 'Continue' })),
  },
  {
    name: 'invitation start',
    row: 'started/start',
    path: 'flow/start',
    repeatable: true,
    validationSource: '/invitation',
    prepare: async () => {
      const response = await fetch(new URL('__emulator/invitations', BASE_URL), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'invited@example.com', cb_uri: CB_URI }),
      });
      const { invitation } = (await response.json()) as { invitation: string };
      return { rendered: renderFlow(emulator.token, { cbUri: CB_URI, invitation }), typed: [] };
    },
  },
  {
    name: 'email step submits',
    row: 'update.submitting/update',
    path: 'flow/update',
    validationSource: '/data/email',
    prepare: async () => {
      const rendered = renderFlow(emulator.token);
      await typeEmail(rendered, 'new@example.com');
      return { rendered, typed: [{ label: 'Email', value: 'new@example.com' }] };
    },
    trigger: async ({ user }) => user.click(screen.getByRole('button', { name: 'Continue' })),
  },
  {
    name: 'password step signs in',
    row: 'update.submitting/update',
    path: 'flow/update',
    skip: 1,
    validationSource: '/data/password',
    before: async () => {
      await createUser(renderFlowClient(), KNOWN_EMAIL, STRONG_PASSWORD);
    },
    prepare: async () => {
      const rendered = await onPasswordStep(KNOWN_EMAIL, STRONG_PASSWORD);
      return { rendered, typed: [{ label: 'Password', value: STRONG_PASSWORD, secret: true }] };
    },
    trigger: async ({ user }) => user.click(screen.getByRole('button', { name: 'Sign in' })),
  },
  {
    name: '"Forgot password?" restarts',
    row: 'restart.running/restart',
    path: 'flow/restart',
    validationSource: '/choice',
    before: async () => {
      await createUser(renderFlowClient(), KNOWN_EMAIL, STRONG_PASSWORD);
    },
    prepare: async () => {
      const rendered = await onPasswordStep(KNOWN_EMAIL, 'half-typed');
      return { rendered, typed: [{ label: 'Password', value: 'half-typed', secret: true, notSent: true }] };
    },
    trigger: async ({ user }) => user.click(screen.getByRole('button', { name: 'Forgot password?' })),
  },
  {
    name: 'sign-up completes',
    row: 'concluding/complete',
    path: 'flow/complete',
    validationSource: '/flow_id',
    prepare: async () => {
      const rendered = await onPasswordStep('new@example.com', STRONG_PASSWORD);
      return { rendered, typed: [] };
    },
    // The update has succeeded when `complete` fails: retrying completes the flow, so nothing typed is
    // needed again (the step stays on screen, busy, only while `complete` is on its way).
    trigger: async ({ user }) => user.click(screen.getByRole('button', { name: 'Create account' })),
  },
  {
    name: 'completion is tried again',
    row: 'completing/complete',
    path: 'flow/complete',
    skip: 1,
    validationSource: '/flow_id',
    before: async () => {
      // The first completion is lost: the failed screen offers "Try again", which completes again.
      let first = true;
      server.use(
        http.post('*/v2/flow/complete', () => {
          if (!first) {
            return undefined;
          }
          first = false;
          return HttpResponse.error();
        }),
      );
    },
    prepare: async () => {
      const rendered = await onPasswordStep('new@example.com', STRONG_PASSWORD);
      return { rendered, typed: [] };
    },
    trigger: async ({ user }) => {
      await user.click(screen.getByRole('button', { name: 'Create account' }));
      await user.click(await screen.findByRole('button', { name: 'Try again' }));
    },
  },
  {
    name: 'email sent during the passkey autofill’s restart',
    row: 'restart.deferring/restart',
    path: 'flow/restart',
    held: true,
    absorbedBy: 'flow/update',
    validationSource: '/choice',
    before: async () => {
      emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10 });
      restoreCredentials = installSoftCredentials({ conditional: true }).restore;
    },
    prepare: async () => {
      // The identifier step prepares the autofill in the background as it shows.
      const restarting = whenCalled('flow/restart');
      const rendered = renderFlow(emulator.token);
      await typeEmail(rendered, 'new@example.com');
      await restarting;
      return { rendered, typed: [{ label: 'Email', value: 'new@example.com', notSent: true }] };
    },
    trigger: async ({ user }) => user.click(screen.getByRole('button', { name: 'Continue' })),
    after: () => restoreCredentials(),
  },
  {
    name: 'social return resumes',
    row: 'resuming/update',
    path: 'flow/update',
    validationSource: '/data/uri',
    before: async () => {
      emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, socialProviders: ['google'] });
      await returnFromGoogle();
    },
    prepare: async () => ({ rendered: null, typed: [] }),
  },
  {
    name: 'refused return polls',
    row: 'recovering/update',
    path: 'flow/update',
    repeatable: true,
    skip: 1,
    validationSource: '/choice',
    before: async () => {
      emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, socialProviders: ['google'] });
      await returnFromGoogle({ code: 'poc_neverissuedneverissuedneverissu' });
    },
    prepare: async () => ({ rendered: null, typed: [] }),
  },
];

/** A client of its own, outside any render: sign-in scenarios need an account first. */
function renderFlowClient() {
  return createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
}

// ---------------------------------------------------------------------------------------------
// What each cell asks of the screen

const root = () => document.querySelector<HTMLElement>('[data-scope="authn"][data-part="root"]');

/**
 * The words the screen explains itself with: alerts, statuses (not the loading one), the notice
 * line, the errors tied to invalid fields, and the body of a view the flow ends on (its heading
 * takes focus, so it is read out).
 */
function explanations(): string[] {
  const element = root();
  if (element === null) {
    return [];
  }
  const regions = [
    ...element.querySelectorAll<HTMLElement>(
      '[role="alert"], [role="status"]:not([data-part="loading-view"]), [data-part="notice"], [data-part="unsupported-view"] > [data-part="body"]',
    ),
  ];
  for (const field of element.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
    for (const id of (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
      const description = document.getElementById(id);
      if (description !== null) {
        regions.push(description);
      }
    }
  }
  return regions.map((region) => region.textContent.trim()).filter((text) => text !== '');
}

function isEnabled(element: HTMLElement): boolean {
  return !element.hasAttribute('disabled') && element.getAttribute('aria-disabled') !== 'true';
}

/** The ways forward: enabled buttons and links, and fields the user can still edit. */
function waysForward(): string[] {
  const element = root();
  if (element === null) {
    return [];
  }
  const scope = within(element);
  const controls = [
    ...scope.queryAllByRole('button'),
    ...scope.queryAllByRole('link'),
    ...scope.queryAllByRole('textbox'),
    ...element.querySelectorAll<HTMLElement>('input[type="password"]'),
  ];
  return controls
    .filter(isEnabled)
    .filter((control) => !(control instanceof HTMLInputElement) || !control.readOnly)
    .map((control) => control.getAttribute('aria-label') ?? control.textContent.trim() ?? control.tagName);
}

/** What the user typed that is no longer on screen (a field holding it, or the identifier shown). */
function lostInput(typed: Typed[]): string[] {
  const element = root();
  const lost: string[] = [];
  for (const entry of typed) {
    const fields = screen.queryAllByLabelText(entry.label, { selector: 'input' }) as HTMLInputElement[];
    const kept = fields.some((field) => field.value === entry.value);
    const shown = !entry.secret && (element?.textContent.includes(entry.value) ?? false);
    // A secret whose step is still on screen must still be in its field.
    const stepGone = entry.secret === true && fields.length === 0;
    if (!kept && !shown && !stepGone) {
      lost.push(`${entry.label} (${fields.map((field) => JSON.stringify(field.value)).join(', ') || 'no field'})`);
    }
  }
  return lost;
}

/**
 * What was typed and is neither on screen nor back on it after "Try again": the failed screen has no
 * field, but its retry must bring the value back (a first start that failed starts again with it).
 */
async function lostAfterRetry(typed: Typed[]): Promise<string[]> {
  const lost = lostInput(typed);
  const retry = root()?.getAttribute('data-state') === 'failed' ? screen.queryByRole('button', { name: 'Try again' }) : null;
  if (lost.length === 0 || retry === null) {
    return lost;
  }
  retry.click();
  await waitFor(() => expect(isSettled()).toBe(true));
  return lostInput(typed);
}

function isSettled(): boolean {
  const state = root()?.getAttribute('data-state');
  // Busy states wait on a call; a fault must not leave the flow in one.
  return state !== undefined && state !== null && !['idle', 'opening', 'started', 'expired', 'completing', 'resuming', 'recovering'].includes(state)
    && document.querySelector('[data-scope="authn"] [aria-busy="true"], [data-part="loading-view"]') === null;
}

// ---------------------------------------------------------------------------------------------

const results: { cell: string; ok: boolean; why: string }[] = [];
const ROWS = pendingRows();

beforeEach(() => {
  emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
});

afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('fault matrix', { timeout: 20_000 }, () => {
  it('has a scenario for every state in which the machine waits on a call', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(6);
    const covered = new Set(SCENARIOS.map((scenario) => scenario.row));
    expect(ROWS.map((row) => `${row.state}/${row.operation}`).filter((row) => !covered.has(row))).toEqual([]);
  });

  for (const scenario of SCENARIOS) {
    for (const fault of FAULTS) {
      const cell = `${scenario.row} [${scenario.name}] × ${fault}`;
      it(cell, async () => {
        let ok = false;
        let why: string;
        try {
          await scenario.before?.();
          let open: () => void = () => undefined;
          const gate = scenario.held ? new Promise<void>((resolve) => (open = resolve)) : undefined;
          const fired = injectFault(scenario.path, fault, scenario.validationSource, scenario.skip, gate);
          const { rendered, typed } = await scenario.prepare();
          const flow = rendered ?? renderFlow(emulator.token, { cbUri: CB_URI });
          if (scenario.trigger !== undefined) {
            await scenario.trigger(flow);
          }
          const callsAfter = countCalls(scenario.absorbedBy ?? scenario.path);
          open();
          await waitFor(() => expect(fired.hits()).toBe(1));
          const absorbed = isAbsorbed(scenario, fault);
          await waitFor(() => {
            expect(isSettled()).toBe(true);
            if (absorbed) {
              expect(fired.seen()).toBeGreaterThan((scenario.skip ?? 0) + 1);
            } else if (scenario.absorbedBy === undefined || callsAfter() === 0) {
              expect(explanations()).not.toEqual([]);
            }
          });
          const said = explanations();
          const forward = waysForward();
          // An answer the kit cannot render is still an answer: what was typed reached the server.
          const lost =
            fault === 'unknown choice'
              ? typed.filter((entry) => entry.notSent !== true && !fired.body().includes(entry.value)).map((entry) => `${entry.label} (not sent)`)
              : await lostAfterRetry(typed);
          const problems = [
            said.some((text) => text.includes(SERVER_ENGLISH)) ? `server English shown: ${said.join(' | ')}` : '',
            forward.length === 0 ? 'no way forward' : '',
            lost.length > 0 ? `input lost: ${lost.join(', ')}` : '',
          ].filter((problem) => problem !== '');
          ok = problems.length === 0;
          why = ok ? `${root()?.getAttribute('data-state')}: ${said.join(' | ')}` : problems.join('; ');
        } catch (error) {
          why = `${root()?.getAttribute('data-state') ?? 'no root'}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        } finally {
          scenario.after?.();
        }
        results.push({ cell, ok, why });
        expect(ok, why).toBe(true);
      });
    }
  }
});

afterAll(() => {
  const passed = results.filter((result) => result.ok).length;
  console.info(
    [`fault matrix: ${passed}/${results.length} cells pass`, ...results.filter((r) => !r.ok).map((r) => `  ✗ ${r.cell}: ${r.why}`)].join('\n'),
  );
});
