import { expect, type APIRequestContext, type BrowserContext } from '@playwright/test';
import type { EmulatorConfigInput, OutboxMessage, UserSummary } from '@authn-flow-kit/emulator';

/** demo/vite.config.ts gives each value of this cookie its own emulator. */
export const EMULATOR_COOKIE = 'authn-emulator';

/** Every journey hashes with this scrypt cost: the emulator's default takes a second per password. */
const FAST_SCRYPT = 2 ** 10;

/**
 * A fresh connection per hand-out. A kept-alive socket left idle (a TOTP journey waits for the next
 * period) can be closed by the dev server just as the next call reuses it: `read ECONNRESET`.
 */
const NO_REUSE = { Connection: 'close' };

export interface UserInput {
  email: string;
  password?: string;
  email_verified?: boolean;
  disabled?: boolean;
  phone?: string;
}

/**
 * The test's own emulator on the demo's server, through its `/__emulator/*` hand-outs. The cookie
 * routes the page's calls, the provider pages and these hand-outs alike to it, so tests run side by
 * side without sharing users, config or clock.
 */
export class EmulatorHandle {
  private constructor(
    private readonly request: APIRequestContext,
    /** The wire form of the project, applied with every config: a preset named later must not drop it. */
    private readonly wire: Pick<EmulatorConfigInput, 'looseWire'>,
  ) {}

  /** Points the context at a fresh emulator named `key` and applies `config` over its preset. */
  static async open(
    context: BrowserContext,
    baseURL: string,
    key: string,
    config: EmulatorConfigInput,
    wire: Pick<EmulatorConfigInput, 'looseWire'> = {},
  ): Promise<EmulatorHandle> {
    await context.addCookies([{ name: EMULATOR_COOKIE, value: key, url: baseURL }]);
    const handle = new EmulatorHandle(context.request, wire);
    await handle.post('reset', {});
    await handle.configure(config);
    return handle;
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const response = await this.request.post(`/__emulator/${path}`, { data: body, headers: NO_REUSE });
    expect(response.ok(), `POST /__emulator/${path}: ${await response.text()}`).toBe(true);
    return response.json();
  }

  private async get(path: string): Promise<unknown> {
    const response = await this.request.get(`/__emulator/${path}`, { headers: NO_REUSE });
    expect(response.ok(), `GET /__emulator/${path}`).toBe(true);
    return response.json();
  }

  /** Merged over its `preset` when it names one, else over the config in force. */
  async configure(config: EmulatorConfigInput): Promise<void> {
    await this.post('config', { scryptCost: FAST_SCRYPT, ...config, ...this.wire });
  }

  /** Creates (or changes) a user; such users are email-verified. */
  async createUser(user: UserInput): Promise<void> {
    await this.post('users', user);
  }

  /** Invites `email`; returns the link the invitation mail carries (`<cbUri>?invitation=pmi_…`). */
  async invite(email: string, cbUri: string): Promise<string> {
    const { link } = (await this.post('invitations', { email, cb_uri: cbUri })) as { link: string };
    return link;
  }

  /**
   * An identity provider's unsolicited SAML sign-in of `email`: returns the link it sends the browser
   * to (`<cbUri>?saml_idp_initiated_ticket=pst_…`).
   */
  async samlIdpInitiated(providerId: string, email: string, cbUri: string): Promise<string> {
    const { link } = (await this.post('saml/idp-initiated', { provider_id: providerId, email, cb_uri: cbUri })) as { link: string };
    return link;
  }

  async users(): Promise<UserSummary[]> {
    return ((await this.get('users')) as { users: UserSummary[] }).users;
  }

  /** Moves the emulator's clock; returns its time afterwards (ms). */
  async advanceClock(seconds: number): Promise<number> {
    const { now } = (await this.post('clock', { advance_seconds: seconds })) as { now: string | number };
    return new Date(now).getTime();
  }

  /** The emulator's time (ms), which TOTP codes must be computed for. */
  async now(): Promise<number> {
    const { now } = (await this.get('clock')) as { now: string | number };
    return new Date(now).getTime();
  }

  /**
   * The newest message to `to` on `channel`, waiting for its arrival after `after` messages:
   * the screen says "we sent" once the send answered, but a poll keeps this independent of that.
   */
  async message(to: string, channel: 'email' | 'sms', after = 0): Promise<OutboxMessage> {
    let found: OutboxMessage | undefined;
    await expect
      .poll(async () => {
        const mine = (await this.outbox()).filter((message) => message.to === to && message.channel === channel);
        found = mine.length > after ? mine.at(-1) : undefined;
        return found !== undefined;
      }, { message: `a ${channel} to ${to}` })
      .toBe(true);
    return found as OutboxMessage;
  }

  /** How many messages `to` got on `channel` so far. */
  async count(to: string, channel: 'email' | 'sms'): Promise<number> {
    return (await this.outbox()).filter((message) => message.to === to && message.channel === channel).length;
  }

  private async outbox(): Promise<OutboxMessage[]> {
    return ((await this.get('outbox')) as { messages: OutboxMessage[] }).messages;
  }
}
