import { describe, expect, it, vi } from 'vitest';
import {
  FLOW_CHANNEL_NAME,
  linkHandoffOf,
  linkUsedMessage,
  openFlowChannel,
  type FlowChannelMessage,
  type FlowChannelPort,
  type FlowResume,
  type OpenFlowChannelPort,
} from '../../../src/core/index.js';
import { FLOW_ID } from '../../fixtures/index.js';

const STATE = 'pcb_magicmagicmagicmagicmagicmagic';
const CODE = 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk';
const MAGIC_RETURN: FlowResume = { flowId: FLOW_ID, choice: 'magiclink', data: { state: STATE, code: CODE } };

/** A BroadcastChannel stand-in: every port opened on one hub hears the others' posts, as tabs do. */
function channelHub() {
  const ports: { name: string; listeners: ((event: MessageEvent) => void)[]; closed: boolean }[] = [];
  const wire: { name: string; data: unknown }[] = [];
  const open: OpenFlowChannelPort = (name) => {
    const self = { name, listeners: [] as ((event: MessageEvent) => void)[], closed: false };
    ports.push(self);
    const port: FlowChannelPort = {
      postMessage(data) {
        wire.push({ name, data });
        for (const other of ports) {
          if (other !== self && other.name === name && !other.closed) {
            other.listeners.forEach((listener) => listener(new MessageEvent('message', { data })));
          }
        }
      },
      addEventListener(_type, listener) {
        self.listeners.push(listener);
      },
      close() {
        self.closed = true;
      },
    };
    return port;
  };
  /** Posts raw data as some other script of the origin could. */
  const inject = (data: unknown) => {
    const port = open(FLOW_CHANNEL_NAME);
    port?.postMessage(data);
  };
  return { open, wire, inject };
}

describe('openFlowChannel', () => {
  it('tells the other tabs that a link was used, on its own namespaced channel, with nothing secret', () => {
    const hub = channelHub();
    const heard = vi.fn();
    openFlowChannel({ open: hub.open, tabId: 'first', onMessage: heard });
    const sender = openFlowChannel({ open: hub.open, tabId: 'second' });

    sender.post({ type: 'link-used', flowId: FLOW_ID, done: true });

    expect(heard).toHaveBeenCalledExactlyOnceWith({ type: 'link-used', flowId: FLOW_ID, done: true });
    expect(FLOW_CHANNEL_NAME).toMatch(/^authn-flow-kit:/);
    expect(hub.wire).toEqual([{ name: FLOW_CHANNEL_NAME, data: { type: 'link-used', flowId: FLOW_ID, done: true, from: 'second' } }]);
    expect(JSON.stringify(hub.wire)).not.toMatch(/poc_|pcb_|ptu_|ptr_/);
  });

  it('posts only the known fields, whatever else a message object carries', () => {
    const hub = channelHub();
    const sender = openFlowChannel({ open: hub.open, tabId: 'second' });
    const smuggled = { type: 'link-used', flowId: FLOW_ID, done: false, code: CODE } as FlowChannelMessage;
    sender.post(smuggled);
    expect(hub.wire[0]?.data).toEqual({ type: 'link-used', flowId: FLOW_ID, done: false, from: 'second' });
  });

  it('ignores its own tab, and anything that is not exactly a message of its own shape', () => {
    const hub = channelHub();
    const heard = vi.fn();
    openFlowChannel({ open: hub.open, tabId: 'first', onMessage: heard });
    openFlowChannel({ open: hub.open, tabId: 'first' }).post({ type: 'link-used', flowId: FLOW_ID, done: true });
    hub.inject('link-used');
    hub.inject({ type: 'link-used', flowId: FLOW_ID, done: 'yes', from: 'x' });
    hub.inject({ type: 'token', flowId: FLOW_ID, done: true, from: 'x' });
    hub.inject({ type: 'link-used', flowId: FLOW_ID, done: true, from: 'x', code: CODE });
    expect(heard).not.toHaveBeenCalled();
  });

  it('hears nothing once closed', () => {
    const hub = channelHub();
    const heard = vi.fn();
    openFlowChannel({ open: hub.open, tabId: 'first', onMessage: heard }).close();
    openFlowChannel({ open: hub.open, tabId: 'second' }).post({ type: 'link-used', flowId: FLOW_ID, done: true });
    expect(heard).not.toHaveBeenCalled();
  });

  it('does nothing, and throws nothing, where there is no channel', () => {
    const channel = openFlowChannel({ open: () => undefined, onMessage: vi.fn() });
    expect(() => channel.post({ type: 'link-used', flowId: FLOW_ID, done: true })).not.toThrow();
    expect(() => channel.close()).not.toThrow();
  });
});

describe('linkUsedMessage', () => {
  it('says the link of the flow was used once its update was answered, and whether this tab completes the flow', () => {
    expect(linkUsedMessage(MAGIC_RETURN, { flowId: FLOW_ID, refused: false, done: true })).toEqual({
      type: 'link-used',
      flowId: FLOW_ID,
      done: true,
    });
    const verify: FlowResume = { flowId: FLOW_ID, choice: 'verify_email', data: { state: STATE, code: CODE } };
    expect(linkUsedMessage(verify, { flowId: FLOW_ID, refused: false, done: false })).toEqual({
      type: 'link-used',
      flowId: FLOW_ID,
      done: false,
    });
  });

  it('says nothing for a refused link, a flow started afresh, or a provider return', () => {
    expect(linkUsedMessage(MAGIC_RETURN, { flowId: FLOW_ID, refused: true, done: false })).toBeNull();
    expect(linkUsedMessage(MAGIC_RETURN, { flowId: 'pfl_anewflowanewflowanewflowanewflo', refused: false, done: false })).toBeNull();
    const social: FlowResume = { flowId: FLOW_ID, choice: 'social', data: { social_provider: 'google', uri: 'http://localhost/' } };
    expect(linkUsedMessage(social, { flowId: FLOW_ID, refused: false, done: true })).toBeNull();
  });
});

describe('linkHandoffOf', () => {
  it("reads another tab's message for this flow: finished there, or at the next step there", () => {
    expect(linkHandoffOf({ type: 'link-used', flowId: FLOW_ID, done: true }, FLOW_ID)).toBe('finished-elsewhere');
    expect(linkHandoffOf({ type: 'link-used', flowId: FLOW_ID, done: false }, FLOW_ID)).toBe('continued-elsewhere');
  });

  it("ignores another flow's message", () => {
    expect(linkHandoffOf({ type: 'link-used', flowId: 'pfl_otherotherotherotherotherother', done: true }, FLOW_ID)).toBeNull();
    expect(linkHandoffOf({ type: 'link-used', flowId: FLOW_ID, done: true }, undefined)).toBeNull();
  });
});
