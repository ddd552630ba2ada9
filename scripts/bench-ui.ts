/**
 * What a user's action costs in the browser: `tsx scripts/bench-ui.ts`.
 *
 * Builds bench/ (the kit and an in-page emulator, production mode), serves it, and walks journeys in
 * Chromium. For each step transition (from the submit click to the next step on screen) it prints
 * the requests the kit made, the React commits of `<AuthNFlow>` and the kit's script time (Chromium's
 * `ScriptDuration` of the main thread; the emulator runs in a Web Worker of the page), then one line per journey and a summary with
 * the goals: exactly one request per action, none extra under a double submit, at most two commits
 * per transition. Typing is done before a measurement starts, so keystroke renders are not counted.
 * Exits non-zero when a goal is missed.
 */
import { build, preview } from 'vite';
import { chromium, type CDPSession, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const CONFIG = 'bench/vite.config.ts';
const PASSWORD = 'Bench+Passw0rd!';
const COMMIT_GOAL = 2;

interface Counters {
  requests: number;
  inFlight: number;
  commits: number;
  paths: string[];
}

interface Measured {
  journey: string;
  action: string;
  requests: number;
  commits: number;
  scriptMs: number;
  paths: string[];
}

const results: Measured[] = [];

async function counters(page: Page): Promise<Counters> {
  return page.evaluate(() => ({ ...window.bench.counters, paths: [...window.bench.counters.paths] }));
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
}

/**
 * No call in flight (a background call of the step before, such as a passkey's options, must not
 * land in the next measurement), then two animation frames: effects that commit right after the
 * new step (focus, announcements) are in.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.bench.counters.inFlight === 0);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

async function measure(
  page: Page,
  cdp: CDPSession,
  journey: string,
  action: string,
  act: () => Promise<void>,
  arrived: Locator,
): Promise<Measured> {
  await settled(page);
  const before = await counters(page);
  const scriptBefore = await scriptSeconds(cdp);
  await act();
  await arrived.waitFor({ state: 'visible', timeout: 15_000 });
  await settled(page);
  const after = await counters(page);
  const scriptAfter = await scriptSeconds(cdp);
  const measured: Measured = {
    journey,
    action,
    requests: after.requests - before.requests,
    commits: after.commits - before.commits,
    scriptMs: (scriptAfter - scriptBefore) * 1000,
    paths: after.paths.slice(before.paths.length),
  };
  results.push(measured);
  console.log(
    `ui: ${journey} / ${action}: ${measured.requests} request(s) [${measured.paths.join(', ')}], ` +
      `${measured.commits} commits, kit script ${measured.scriptMs.toFixed(1)} ms`,
  );
  return measured;
}

async function openFlow(page: Page, origin: string, preset: string): Promise<CDPSession> {
  await page.goto(`${origin}/?preset=${preset}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.getByLabel('Email').waitFor();
  return cdp;
}

async function latestCode(page: Page): Promise<string> {
  const code = await page.evaluate(async () => (await window.bench.outbox()).at(-1)?.code);
  if (code === undefined) {
    throw new Error('The emulator sent no code.');
  }
  return code;
}

async function passwordJourneys(page: Page, origin: string): Promise<void> {
  const cdp = await openFlow(page, origin, 'password');
  const loadRequests = (await counters(page)).requests;
  await page.getByLabel('Email').fill('bench@example.com');
  // Two clicks in one task: the second lands while the first is pending and must not send again.
  await measure(
    page,
    cdp,
    'password sign-up',
    'email (double submit)',
    () => page.getByRole('button', { name: 'Continue', exact: true }).evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    }),
    page.getByRole('heading', { name: 'Create a password' }),
  );
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await measure(
    page,
    cdp,
    'password sign-up',
    'password → complete',
    () => page.getByRole('button', { name: 'Create account' }).click(),
    page.getByRole('heading', { name: "You're signed in" }),
  );
  await journey(page, 'password sign-up', loadRequests);
}

async function emailCodeJourney(page: Page, origin: string): Promise<void> {
  const cdp = await openFlow(page, origin, 'passwordless');
  const loadRequests = (await counters(page)).requests;
  await page.getByLabel('Email').fill('code@example.com');
  await measure(
    page,
    cdp,
    'email code sign-up',
    'email → method choice',
    () => page.getByRole('button', { name: 'Continue', exact: true }).click(),
    page.getByRole('heading', { name: 'How do you want to continue?' }),
  );
  await measure(
    page,
    cdp,
    'email code sign-up',
    'choose code by email → code sent',
    () => page.getByRole('button', { name: 'Code by email' }).click(),
    page.getByRole('heading', { name: 'Check your email' }),
  );
  const code = await latestCode(page);
  // The step submits by itself when the last digit arrives: typing the code is the action.
  await measure(
    page,
    cdp,
    'email code sign-up',
    'code → complete',
    () => page.getByLabel('Verification code').fill(code),
    page.getByRole('heading', { name: "You're signed in" }),
  );
  await journey(page, 'email code sign-up', loadRequests);
}

async function journey(page: Page, name: string, loadRequests: number): Promise<void> {
  const steps = results.filter((result) => result.journey === name);
  // Everything the page sent, background calls (a passkey's options) included.
  const { requests: total, paths } = await counters(page);
  console.log(
    `ui: journey ${name}: ${total} requests in all (${loadRequests} on load, ${steps.length} actions): ${paths.join(', ')}`,
  );
}

function summary(): boolean {
  // `flow/complete` follows the last step by itself: the API hands out tokens only through it.
  const calls = (result: Measured) => result.paths.filter((path) => !path.startsWith('/v2/flow/complete')).length;
  const maxRequests = Math.max(...results.map(calls));
  const doubleSubmit = results.find((result) => result.action.includes('double submit'));
  const maxCommits = Math.max(...results.map((result) => result.commits));
  const scripts = results.map((result) => result.scriptMs).sort((a, b) => a - b);
  const median = scripts[Math.floor(scripts.length / 2)] ?? 0;
  const requestsOk = results.every((result) => calls(result) === 1);
  const doubleOk = doubleSubmit?.requests === 1;
  const commitsOk = maxCommits <= COMMIT_GOAL;
  console.log(
    `ui: summary: requests per action max ${maxRequests}, flow/complete apart (goal exactly 1: ${requestsOk ? 'met' : 'missed'}); ` +
      `extra requests under double submit ${doubleSubmit === undefined ? '?' : doubleSubmit.requests - 1} ` +
      `(goal 0: ${doubleOk ? 'met' : 'missed'}); commits per transition max ${maxCommits} ` +
      `(goal ≤ ${COMMIT_GOAL}: ${commitsOk ? 'met' : 'missed'}); kit script per transition median ` +
      `${median.toFixed(1)} ms, max ${(scripts.at(-1) ?? 0).toFixed(1)} ms`,
  );
  return requestsOk && doubleOk && commitsOk;
}

async function main(): Promise<void> {
  await build({ configFile: CONFIG, mode: 'production' });
  const server = await preview({ configFile: CONFIG, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    throw new Error('The bench page server has no port.');
  }
  const origin = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await passwordJourneys(await browser.newPage(), origin);
    await emailCodeJourney(await browser.newPage(), origin);
    if (!summary()) {
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
