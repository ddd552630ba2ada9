import type { Page } from 'playwright-core';
import { clickOn, counters, measure, openBench, type Bench, type BenchOptions, type Measured } from './measure.js';
import type { SourceMaps } from './source-maps.js';
import type { Transfer } from './transfer.js';

const PASSWORD = 'Bench+Passw0rd!';

export interface Journey {
  name: string;
  steps: Measured[];
  /** Everything the page sent, background calls (a passkey's options) included. */
  loadRequests: number;
  paths: string[];
  /** Fetched from the navigation to signed in. */
  transfer: Transfer;
}

/**
 * The user's click, and a second in the same task, while the first is pending: it must not send
 * again. The page takes the trusted click over and clicks twice itself, so Event Timing still times it.
 */
function clickTwice(button: HTMLElement): void {
  window.addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      button.click();
      button.click();
    },
    { capture: true, once: true },
  );
}

async function passwordSignUp(bench: Bench): Promise<Measured[]> {
  const { page } = bench;
  const journey = 'password sign-up';
  await page.getByLabel('Email').fill('bench@example.com');
  const continued = page.getByRole('button', { name: 'Continue', exact: true });
  const first = await measure(bench, journey, 'email (double submit)', clickOn(continued, clickTwice), 'Create a password');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  const created = page.getByRole('button', { name: 'Create account' });
  const second = await measure(bench, journey, 'password → complete', clickOn(created), "You're signed in");
  return [first, second];
}

async function emailCodeSignUp(bench: Bench): Promise<Measured[]> {
  const { page } = bench;
  const journey = 'email code sign-up';
  await page.getByLabel('Email').fill('code@example.com');
  const continued = page.getByRole('button', { name: 'Continue', exact: true });
  const first = await measure(bench, journey, 'email → method choice', clickOn(continued), 'How do you want to continue?');
  const byEmail = page.getByRole('button', { name: 'Code by email' });
  const second = await measure(bench, journey, 'choose code by email → code sent', clickOn(byEmail), 'Check your email');
  const code = await page.evaluate(async () => (await window.bench.outbox()).at(-1)?.code);
  if (code === undefined) {
    throw new Error('The emulator sent no code.');
  }
  // The step submits by itself when the last digit arrives: typing that digit is the action.
  const field = page.getByLabel('Verification code');
  const typed = async () => {
    await field.fill(code.slice(0, -1));
    return () => page.keyboard.press(code.slice(-1));
  };
  const third = await measure(bench, journey, 'last code digit → complete', typed, "You're signed in");
  return [first, second, third];
}

const JOURNEYS: { name: string; preset: string; walk: (bench: Bench) => Promise<Measured[]> }[] = [
  { name: 'password sign-up', preset: 'password', walk: passwordSignUp },
  { name: 'email code sign-up', preset: 'passwordless', walk: emailCodeSignUp },
];

/** Every journey on a fresh page. */
export async function walkJourneys(newPage: () => Promise<Page>, origin: string, maps: SourceMaps, options: BenchOptions): Promise<Journey[]> {
  const journeys: Journey[] = [];
  for (const { name, preset, walk } of JOURNEYS) {
    const bench = await openBench(await newPage(), origin, maps, preset, options);
    const loadRequests = (await counters(bench.page)).requests;
    const steps = await walk(bench);
    journeys.push({ name, steps, loadRequests, paths: (await counters(bench.page)).paths, transfer: bench.transfer() });
    await bench.page.close();
  }
  return journeys;
}
