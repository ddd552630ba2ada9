import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, StrictMode, useLayoutEffect, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createAuthNClient } from '../../src/core/api/client.js';
import { createCallbackStore } from '../../src/core/index.js';
import { AuthNFlow } from '../../src/index.js';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { SSR_SCREEN_NAMES, ssrScreen, type SsrScreenName } from './ssr-screens.js';

/**
 * The browser half of the hydration check: the markup the node project rendered
 * (ssr-hydration.node.test.tsx → `__ssr__/<name>.html`) hydrated with the same elements. No
 * warning, no recoverable error, and the first screen's markup the same before and after.
 */

function serverMarkup(name: SsrScreenName): string {
  // `import.meta.url` is not a file URL under jsdom; the directory is.
  return readFileSync(join(import.meta.dirname, '__ssr__', `${name}.html`), 'utf8');
}

let consoleError: MockInstance<typeof console.error>;
let root: Root | undefined;
let container: HTMLDivElement;

beforeEach(() => {
  // `act` outside Testing Library's render: tell React this is a test environment.
  vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
  consoleError = vi.spyOn(console, 'error');
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  consoleError.mockRestore();
  vi.unstubAllGlobals();
});

/**
 * Reads the DOM in the hydration's commit, before any effect runs (the flow's start call, the
 * passkey check): a layout effect in the screen's trailing slot, which renders nothing.
 */
function CommitProbe({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit]);
  return null;
}

async function hydrate(name: SsrScreenName) {
  container.innerHTML = serverMarkup(name);
  // The server's markup as the browser parsed it, to compare with the DOM after hydration.
  const html = container.innerHTML;
  const recoverable = vi.fn();
  const uncaught = vi.fn();
  let hydrated: string | undefined;
  const readCommit = () => {
    hydrated ??= container.innerHTML;
  };
  await act(async () => {
    root = hydrateRoot(container, ssrScreen(name, <CommitProbe onCommit={readCommit} />), {
      onRecoverableError: recoverable,
      onUncaughtError: uncaught,
    });
  });
  return { html, hydrated, recoverable, uncaught };
}

/** The root's `data-state` is the machine's: it moves on once the flow's first call starts. */
function withoutRootState(html: string): string {
  return html.replace(/^(<div[^>]*?) data-state="[^"]*"/, '$1');
}

describe('hydrating the server markup', () => {
  it.each(SSR_SCREEN_NAMES)('%s: no hydration error, the same markup after', async (name) => {
    const { html, hydrated, recoverable, uncaught } = await hydrate(name);
    expect(recoverable).not.toHaveBeenCalled();
    expect(uncaught).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(hydrated).toBe(html);
    // And once the effects ran: nothing moved (no layout shift), the flow's state aside.
    expect(withoutRootState(container.innerHTML)).toBe(withoutRootState(html));
  });

  it('adds the passkey option only after hydration, in a browser with WebAuthn, without a mismatch', async () => {
    vi.stubGlobal('PublicKeyCredential', class PublicKeyCredential {});
    const { html, recoverable } = await hydrate('identifier-step');
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(html).not.toContain('webauthn');
    // The render after hydration: what the server could not know about the browser.
    expect(container.querySelector('[data-part="passkey-sign-in"]')).not.toBeNull();
    expect(container.querySelector('input[name="email"]')).toHaveAttribute('autocomplete', 'email webauthn');
  });

  it('keeps what was typed in the server-rendered email field before the page hydrated', async () => {
    container.innerHTML = serverMarkup('first-screen');
    const field = container.querySelector<HTMLInputElement>('input[name="email"]');
    if (field === null) {
      throw new Error('The first screen has no email field.');
    }
    // Typed while the page's script was still loading.
    field.value = 'early@example.com';
    await act(async () => {
      root = hydrateRoot(container, ssrScreen('first-screen'));
    });
    expect(container.querySelector('input[name="email"]')).toHaveValue('early@example.com');
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('hydrating a page a provider, a link or an identity provider returned to', () => {
  const STATE = 'pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks';
  const CODE = 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk';
  const FLOW = 'pfl_6e6ejpo5rwakzy5i5srsbpoq3kfl3nwz';

  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  /** Renders at `/` as the server would (no return in its URL), then hydrates at `path`. */
  async function hydrateAt(path: string) {
    const calls: string[] = [];
    const client = createAuthNClient({
      baseUrl: 'http://authn.test/',
      clientToken: 'pcl_ssrtoken',
      fetch: (input) => {
        calls.push(new URL(input instanceof Request ? input.url : String(input)).pathname.replace(/^\/v2\//, ''));
        return new Promise<Response>(() => undefined);
      },
    });
    const page = (): ReactElement => (
      <StrictMode>
        <AuthNFlow client={client} cbUri="http://localhost:3000/" />
      </StrictMode>
    );
    container.innerHTML = renderToString(page());
    window.history.pushState(null, '', path);
    const recoverable = vi.fn();
    await act(async () => {
      root = hydrateRoot(container, page(), { onRecoverableError: recoverable });
    });
    return { calls, recoverable };
  }

  it('resumes from a return without a hydration error, with one request, and cleans the URL', async () => {
    createCallbackStore().save({ flowId: FLOW, savedAt: Date.now(), entries: [{ state: STATE, target: { choice: 'magiclink' } }] });
    const { calls, recoverable } = await hydrateAt(`/?state=${STATE}&code=${CODE}`);
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(calls).toEqual(['flow/update']);
    expect(container.querySelector('input[name="email"]')).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('refuses a return this browser saved nothing for, without a hydration error or a request', async () => {
    const { calls, recoverable } = await hydrateAt(`/?state=${STATE}&code=${CODE}`);
    expect(recoverable).not.toHaveBeenCalled();
    expect(container).toHaveTextContent("We can't use this link");
    expect(calls).toEqual([]);
  });

  it("starts from an identity provider's ticket without a hydration error", async () => {
    const { calls, recoverable } = await hydrateAt('/?saml_idp_initiated_ticket=pxx_abcdefghijklmnopqrstuvwxyz234567');
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(calls).toEqual(['flow/start']);
    expect(window.location.search).toBe('');
  });
});
