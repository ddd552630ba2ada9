/**
 * Two tabs over one storage, as a browser runs them: the `storage` event reaches the other tab a
 * moment after a write, and the refresh lock (Web Locks, faked here) is shared by both.
 */
import { describe, expect, it } from 'vitest';
import { createSessionController } from '../../../src/core/index.js';
import type { SessionController, SessionLocks, SessionTokens } from '../../../src/core/index.js';
import { createFakeClock, flush, statusError, T0, tokenPair } from './session-world.js';

const MARGIN = { refreshMarginMs: 60_000 };

/** Web Locks in one process: each holder of a name waits for the one before it to settle. */
function fakeLocks(): SessionLocks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name, callback) {
      const result = (tails.get(name) ?? Promise.resolve()).then(callback);
      tails.set(name, result.catch(() => undefined));
      return result;
    },
  };
}

interface Call {
  label: string;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** `locks: null`: a browser without Web Locks. */
function createTabs(count: number, { stored = null as SessionTokens | null, locks = fakeLocks() as SessionLocks | null } = {}) {
  const { clock, advance } = createFakeClock();
  let value: string | null = stored === null ? null : JSON.stringify(stored);
  const tabs: SessionController[] = [];
  const sent: string[] = [];
  const pending: Call[] = [];
  // The browser tells every tab but the writer, after the write.
  const write = (writer: number, next: string | null) => {
    value = next;
    void Promise.resolve().then(() => tabs.forEach((tab, index) => index !== writer && tab.followStorage()));
  };
  const call = (label: string) =>
    new Promise<never>((resolve, reject) => {
      sent.push(label);
      pending.push({ label, resolve, reject });
    });
  for (let index = 0; index < count; index += 1) {
    const tab = `tab${index}`;
    tabs.push(
      createSessionController({
        clock,
        locks: locks ?? undefined,
        storage: { get: () => value, set: (next) => write(index, next), remove: () => write(index, null) },
        calls: {
          checkToken: ({ token }) => call(`${tab} check ${token}`),
          refreshPair: ({ refreshToken }) => call(`${tab} ${refreshToken}`),
          revoke: ({ token }) => call(`${tab} revoke ${token}`),
        },
      }),
    );
  }
  /** Settles the call in flight named `label`, then lets every tab react. */
  async function settle(label: string, outcome: { value: unknown } | { error: unknown }) {
    const found = pending.find((entry) => entry.label === label);
    if (found === undefined) {
      throw new Error(`no call ${label} in flight (${pending.map((entry) => entry.label).join(', ')})`);
    }
    pending.splice(pending.indexOf(found), 1);
    if ('value' in outcome) {
      found.resolve(outcome.value);
    } else {
      found.reject(outcome.error);
    }
    await flush();
  }
  return {
    tabs,
    sent,
    settle,
    stored: (): SessionTokens | null => (value === null ? null : (JSON.parse(value) as SessionTokens)),
    advance,
  };
}

describe('two tabs sharing the storage', () => {
  it('refresh once: the tab that waited for the lock takes the pair the other stored', async () => {
    const world = createTabs(2);
    world.tabs.forEach((tab) => tab.start(MARGIN));
    world.tabs[0]?.setTokens(tokenPair(1, { activeLife: 300 }));
    await flush();
    expect(world.tabs[1]?.getState().tokens).toEqual(tokenPair(1, { activeLife: 300 }));

    // Both tabs timed their refresh from the same `life`: both timers fire.
    await world.advance(240_000);
    expect(world.sent).toEqual(['tab0 ptr_1']);
    const next = tokenPair(2, { activeLife: 300, issuedAt: T0 + 240_000 });
    await world.settle('tab0 ptr_1', { value: next });

    expect(world.sent).toEqual(['tab0 ptr_1']);
    expect(world.stored()).toEqual(next);
    for (const tab of world.tabs) {
      expect(tab.getState()).toMatchObject({ status: 'signed-in', tokens: next });
    }
  });

  it('restored together with an expired active token, refresh it once', async () => {
    const pair = tokenPair(1, { activeLife: 300 });
    const world = createTabs(2, { stored: pair });
    world.tabs.forEach((tab) => tab.start(MARGIN));
    expect(world.sent).toEqual(['tab0 check ptu_1', 'tab1 check ptu_1']);
    await world.settle('tab0 check ptu_1', { error: statusError('ExpiredToken') });
    await world.settle('tab1 check ptu_1', { error: statusError('ExpiredToken') });
    expect(world.sent.slice(2)).toEqual(['tab0 ptr_1']);

    const next = tokenPair(2);
    await world.settle('tab0 ptr_1', { value: next });
    expect(world.sent.slice(2)).toEqual(['tab0 ptr_1']);
    for (const tab of world.tabs) {
      expect(tab.getState()).toMatchObject({ status: 'signed-in', tokens: next });
    }
  });

  it('without Web Locks, refresh as before: one controller, one refresh at a time', async () => {
    const world = createTabs(1, { locks: null });
    world.tabs[0]?.start(MARGIN);
    world.tabs[0]?.setTokens(tokenPair(1, { activeLife: 300 }));
    const refreshing = world.tabs[0]?.refresh();
    // Sent at once, with no lock to wait for.
    expect(world.sent).toEqual(['tab0 ptr_1']);
    await world.settle('tab0 ptr_1', { value: tokenPair(2) });
    await refreshing;
    expect(world.tabs[0]?.getState()).toMatchObject({ status: 'signed-in', tokens: tokenPair(2) });
  });

  it('read the storage again once they hold the lock, even before the storage event arrives', async () => {
    const world = createTabs(2, { stored: tokenPair(1, { activeLife: 300 }) });
    world.tabs.forEach((tab) => tab.start(MARGIN));
    // Both tabs ask now (timers, a click); the second waits for the lock, not for the event.
    const [first, second] = world.tabs.map((tab) => tab.refresh());
    await flush();
    expect(world.sent.filter((label) => !label.includes('check'))).toEqual(['tab0 ptr_1']);
    await world.settle('tab0 ptr_1', { value: tokenPair(2) });
    await Promise.all([first, second]);
    expect(world.sent.filter((label) => !label.includes('check'))).toEqual(['tab0 ptr_1']);
    expect(world.tabs[1]?.getState()).toMatchObject({ status: 'signed-in', tokens: tokenPair(2) });
  });

  it('refresh without the lock where the page may not take one', async () => {
    const refused: SessionLocks = { request: () => Promise.reject(new DOMException('denied', 'SecurityError')) };
    const world = createTabs(1, { locks: refused });
    world.tabs[0]?.start(MARGIN);
    world.tabs[0]?.setTokens(tokenPair(1));
    const refreshing = world.tabs[0]?.refresh();
    await flush();
    expect(world.sent).toEqual(['tab0 ptr_1']);
    await world.settle('tab0 ptr_1', { value: tokenPair(2) });
    await refreshing;
    expect(world.tabs[0]?.getState()).toMatchObject({ status: 'signed-in', tokens: tokenPair(2) });
  });
});
