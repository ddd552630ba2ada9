import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CALLBACK_STORAGE_KEY,
  FLOW_CHANNEL_NAME,
  LINK_CALLBACKS_STORAGE_KEY,
  createCallbackStore,
  openFlowChannel,
  type CallbackStorage,
  type FlowChannelPort,
} from '../../../src/core/index.js';
import { CALLBACK_MAX_AGE_MS, LINK_CHOICES } from '../../../src/core/callback/callback-record.js';

/*
 * The callback record (in Web Storage) and the tab-to-tab message are read by small hand-written
 * readers, so the first screen does not pull in valibot's object, array, variant and picklist for
 * them alone. These schemas say what the readers must accept, field for field; any value, well
 * formed or not, must read as the schema parses it.
 */
const TargetSchema = v.variant('choice', [
  v.object({ choice: v.literal('social'), provider: v.string() }),
  v.object({ choice: v.literal('saml'), providerId: v.string(), providerName: v.string() }),
  v.object({ choice: v.picklist(LINK_CHOICES) }),
]);
const RecordSchema = v.object({
  flowId: v.string(),
  savedAt: v.number(),
  entries: v.array(v.object({ state: v.string(), target: TargetSchema })),
});
const MessageSchema = v.strictObject({
  type: v.literal('link-used'),
  flowId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  done: v.boolean(),
  from: v.string(),
});

/** Now or a junk value of another type: the readers must refuse each field's wrong types. */
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.string(), fc.constant({}), fc.constant([]));
const maybe = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: junk });
/** An object with some of `fields` left out, and perhaps a field of its own. */
const objectOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.tuple(fc.constantFrom('extra', 'token', '__proto__x'), junk)))
    .map(([object, extra]) => (extra === null ? object : { ...object, [extra[0]]: extra[1] }));

const target = maybe(
  objectOf({
    choice: fc.constantFrom('social', 'saml', 'password', ...LINK_CHOICES),
    provider: maybe(fc.string()),
    providerId: maybe(fc.string()),
    providerName: maybe(fc.string()),
  }),
);
const NOW = 1_748_856_600_000;
const record = maybe(
  objectOf({
    flowId: maybe(fc.string()),
    // Within the links' day, so the shared list's age rule keeps what the reader accepts.
    savedAt: maybe(fc.constant(NOW)),
    entries: maybe(fc.array(maybe(objectOf({ state: maybe(fc.constantFrom('pcb_a', 'pcb_b')), target })), { maxLength: 3 })),
  }),
);

function storageWith(key: string, value: unknown): CallbackStorage {
  const text = JSON.stringify(value);
  return { getItem: (asked) => (asked === key && text !== undefined ? text : null), setItem: () => undefined, removeItem: () => undefined };
}

describe('stored shapes read by hand, as their schemas would', () => {
  it("reads this tab's record exactly as the record schema parses it, and nothing of another shape", () => {
    fc.assert(
      fc.property(record, (value) => {
        const parsed = v.safeParse(RecordSchema, value);
        const loaded = createCallbackStore(storageWith(CALLBACK_STORAGE_KEY, value), { now: () => NOW }).load();
        expect(loaded).toEqual(parsed.success ? parsed.output : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the shared list of link records only when every record in it parses', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 3 }), (list) => {
        const parsed = v.safeParse(v.array(RecordSchema), list);
        const store = createCallbackStore(storageWith('unused', null), { shared: storageWith(LINK_CALLBACKS_STORAGE_KEY, list), now: () => NOW });
        // The shared list keeps a record for a day: `savedAt` may be junk that parses, a number long past.
        const fresh = (savedAt: number) => Math.abs(NOW - savedAt) <= CALLBACK_MAX_AGE_MS;
        const withLink = parsed.success
          ? parsed.output.find((saved) => fresh(saved.savedAt) && saved.entries.some((entry) => entry.state === 'pcb_a'))
          : undefined;
        expect(store.load('pcb_a')?.flowId).toBe(withLink?.flowId);
      }),
      { numRuns: 1000 },
    );
  });

  it("hears another tab's message exactly when the message schema parses it", () => {
    const message = maybe(
      objectOf({
        type: maybe(fc.constantFrom('link-used', 'other')),
        flowId: maybe(fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 199, maxLength: 201 }))),
        done: maybe(fc.boolean()),
        from: maybe(fc.constantFrom('tab-a', 'tab-b')),
      }),
    );
    fc.assert(
      fc.property(message, (data) => {
        const listeners: ((event: MessageEvent) => void)[] = [];
        const port: FlowChannelPort = {
          postMessage: () => undefined,
          addEventListener: (_type, listener) => void listeners.push(listener),
          close: () => undefined,
        };
        const heard: unknown[] = [];
        openFlowChannel({ open: (name) => (name === FLOW_CHANNEL_NAME ? port : undefined), tabId: 'tab-b', onMessage: (got) => heard.push(got) });
        for (const listener of listeners) {
          listener(new MessageEvent('message', { data }));
        }
        const parsed = v.safeParse(MessageSchema, data);
        const expected = parsed.success && parsed.output.from !== 'tab-b' ? [{ type: 'link-used', flowId: parsed.output.flowId, done: parsed.output.done }] : [];
        expect(heard).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
