import type { Page } from 'playwright-core';

/**
 * How the first screen is loaded: the emulator's preset (`everything` adds the providers the answer
 * brings under the form), the CPU's slowdown and the delay of the first `flow/start` answer.
 */
export interface FirstScreenCondition {
  name: string;
  preset: 'password' | 'everything';
  cpuRate: number;
  startDelayMs: number;
}

export interface FirstScreen {
  condition: FirstScreenCondition;
  /** Per load: from the navigation to an enabled, visible email field in the DOM (it takes typing from then on). */
  emailMs: number[];
  /** Per load: when the kit asked `flow/start` and when its answer came (page ms). */
  askedMs: number[];
  answeredMs: number[];
  /** Per load: the layout shifts' sum (no input happens) until the email field and the first answer are both on screen, plus 1 s. */
  cls: number[];
}

/**
 * Runs in the page before any of its scripts (an init script): it records from the document's
 * creation. In-page code names no function of its own: tsx would wrap it in a helper the page lacks.
 */
function observeFirstScreen(): void {
  let shown: (() => void) | undefined;
  const figures = {
    emailAt: undefined as number | undefined,
    shifts: [] as { at: number; value: number }[],
    emailShown: new Promise<void>((resolve) => {
      shown = resolve;
    }),
  };
  window.benchFirstScreen = figures;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) {
        figures.shifts.push({ at: entry.startTime, value: entry.value });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const observer = new MutationObserver(() => {
    // `:enabled` covers a disabled fieldset around it; `checkVisibility` a hidden Suspense tree.
    const ready = [...document.querySelectorAll<HTMLInputElement>('input[type="email"]')].some(
      (input) => input.matches(':enabled') && !input.readOnly && input.checkVisibility() && input.closest('[inert]') === null,
    );
    if (ready) {
      figures.emailAt = performance.now();
      observer.disconnect();
      shown?.();
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'readonly', 'hidden', 'style', 'inert', 'type'],
  });
}

interface Load {
  emailMs: number;
  askedMs: number;
  answeredMs: number;
  cls: number;
}

async function loadOnce(page: Page, origin: string, condition: FirstScreenCondition): Promise<Load> {
  await page.addInitScript(observeFirstScreen);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuRate });
  const delay = condition.startDelayMs > 0 ? `&startDelay=${condition.startDelayMs}` : '';
  // After `load` the bench page's module has run; the figures are page times, whenever read.
  await page.goto(`${origin}/?preset=${condition.preset}${delay}`);
  return page.evaluate(async () => {
    const figures = window.benchFirstScreen;
    if (figures === undefined) {
      throw new Error('The first screen was not observed.');
    }
    // The first answer is on screen two frames after it came.
    const answerShown = window.bench.firstAnswer.then(
      (at) => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(at)))),
    );
    const [, answeredMs] = await Promise.all([figures.emailShown, answerShown]);
    const end = performance.now() + 1000;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return {
      emailMs: figures.emailAt ?? Number.NaN,
      askedMs: window.bench.firstAsked() ?? Number.NaN,
      answeredMs,
      cls: figures.shifts.filter((shift) => shift.at <= end).reduce((sum, shift) => sum + shift.value, 0),
    };
  });
}

/** Each condition `runs` times, each on a fresh page (a cold cache). */
export async function measureFirstScreens(
  newPage: () => Promise<Page>,
  origin: string,
  conditions: FirstScreenCondition[],
  runs: number,
): Promise<FirstScreen[]> {
  const results: FirstScreen[] = [];
  for (const condition of conditions) {
    const result: FirstScreen = { condition, emailMs: [], askedMs: [], answeredMs: [], cls: [] };
    for (let run = 0; run < runs; run += 1) {
      const page = await newPage();
      try {
        const load = await loadOnce(page, origin, condition);
        result.emailMs.push(load.emailMs);
        result.askedMs.push(load.askedMs);
        result.answeredMs.push(load.answeredMs);
        result.cls.push(load.cls);
      } finally {
        await page.close();
      }
    }
    results.push(result);
  }
  return results;
}
