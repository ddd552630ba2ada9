import { isRecord } from '../api/lenient.js';
import { isLinkChoice, type FlowResume } from './callback-record.js';

/**
 * Tabs of one origin telling each other about a flow they share: an emailed link opened in a new
 * tab resumes the flow there, and the tab that asked for the link, still on "Check your email",
 * hears it and moves on. A `BroadcastChannel` by default, looked up when opened, never at import.
 */

/** Namespaced, like the storage keys: the kit never reads an app's own channel. */
export const FLOW_CHANNEL_NAME = 'authn-flow-kit:flow';

/**
 * "An emailed link of this flow was opened here and the server took it": `done` when the flow is
 * complete and this tab completes it. Never a code, a `state` or a token: the flow id, and what
 * happened to it.
 */
export interface LinkUsedMessage {
  type: 'link-used';
  flowId: string;
  done: boolean;
}

export type FlowChannelMessage = LinkUsedMessage;

/** The part of `BroadcastChannel` the kit uses. */
export interface FlowChannelPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** Opens the channel named `name`, or `undefined` where there is none. */
export type OpenFlowChannelPort = (name: string) => FlowChannelPort | undefined;

export interface FlowChannel {
  post(message: FlowChannelMessage): void;
  close(): void;
}

export interface FlowChannelOptions {
  /** Called with each message another tab posts. */
  onMessage?: (message: FlowChannelMessage) => void;
  /** @default a `BroadcastChannel`, where the browser has one */
  open?: OpenFlowChannelPort;
  /** Who posts: messages from the same tab are ignored. @default this page's own id */
  tabId?: string;
}

/** A message as `post` sends it, or `undefined`: exactly these fields, anything else is dropped on arrival. */
function wireMessageOf(data: unknown): (LinkUsedMessage & { from: string }) | undefined {
  if (!isRecord(data) || Object.keys(data).length !== 4) {
    return undefined;
  }
  const { type, flowId, done, from } = data;
  return type === 'link-used' &&
    typeof flowId === 'string' &&
    flowId.length > 0 &&
    flowId.length <= 200 &&
    typeof done === 'boolean' &&
    typeof from === 'string'
    ? { type, flowId, done, from }
    : undefined;
}

const openBroadcastChannel: OpenFlowChannelPort = (name) => {
  try {
    return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
  } catch {
    return undefined;
  }
};

let pageTabId: string | undefined;

/** One id per page (a JS realm is a tab), made on first use. */
function thisTabId(): string {
  pageTabId ??= `tab-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  return pageTabId;
}

/**
 * Opens the flow channel. Without `BroadcastChannel` (old browsers, a server) posting does nothing
 * and nothing arrives: the waiting tab's "I've opened the link" still reads the flow.
 */
export function openFlowChannel({ onMessage, open = openBroadcastChannel, tabId = thisTabId() }: FlowChannelOptions = {}): FlowChannel {
  const port = open(FLOW_CHANNEL_NAME);
  if (onMessage !== undefined) {
    port?.addEventListener('message', (event) => {
      const wire = wireMessageOf(event.data);
      if (wire !== undefined && wire.from !== tabId) {
        const { from: _from, ...message } = wire;
        onMessage(message);
      }
    });
  }
  return {
    post(message) {
      try {
        port?.postMessage({ type: message.type, flowId: message.flowId, done: message.done, from: tabId });
      } catch {
        // A closed channel: the other tab keeps its own way to read the flow.
      }
    },
    close() {
      port?.close();
    },
  };
}

/** How a return's update was answered, as the tab that sent it sees it. */
export interface ResumeAnswer {
  flowId: string;
  /** The server refused the link (spent, expired), or the flow read after it shows an error. */
  refused: boolean;
  /** The flow is complete: this tab completes it now. */
  done: boolean;
}

/** What a tab tells the others once the update of a return from an emailed link was answered, or `null`. */
export function linkUsedMessage(resume: FlowResume, answer: ResumeAnswer): LinkUsedMessage | null {
  if (!isLinkChoice(resume.choice) || answer.refused || answer.flowId !== resume.flowId) {
    return null;
  }
  return { type: 'link-used', flowId: resume.flowId, done: answer.done };
}

/**
 * What a tab waiting on an emailed link of its flow does on hearing another tab used it:
 * `finished-elsewhere` (that tab completed the flow: this one must not complete it again) or
 * `continued-elsewhere` (the flow is at its next step there).
 */
export type LinkHandoff = 'finished-elsewhere' | 'continued-elsewhere';

/** The handoff `message` means for a tab waiting on a link of `flowId`, or `null` when it is about another flow. */
export function linkHandoffOf(message: FlowChannelMessage, flowId: string | undefined): LinkHandoff | null {
  if (message.flowId !== flowId) {
    return null;
  }
  return message.done ? 'finished-elsewhere' : 'continued-elsewhere';
}
