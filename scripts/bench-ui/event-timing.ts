import type { EventEntry } from '../../bench/page-api.js';

/** The slowest event of an action, split the way INP is: waiting, handlers, until the next paint. */
export interface Inp {
  event: string;
  ms: number;
  delayMs: number;
  processingMs: number;
  presentationMs: number;
}

/**
 * The events of the action itself. Not a button's press (pointerdown, mousedown): a user's press
 * comes some 100 ms before the release and is painted on its own, but the mouse Playwright drives
 * releases at once, so the press would wait for the click's paint. Nor hovering.
 */
export const ACTION = new Set(['pointerup', 'mouseup', 'click', 'keydown', 'keypress', 'beforeinput', 'input', 'keyup']);

/**
 * The INP-style figure of the user's action, from its events that started at or after `since`
 * (page time): the slowest event's duration, split as web-vitals does
 * over the events of its interaction (pointerup and click; keydown, keypress and input), which share
 * one paint: delay until the first handler, the handlers, then until the paint. Undefined when no
 * event took 16 ms: Event Timing reports nothing quicker.
 */
export function inpOf(entries: EventEntry[], since: number): Inp | undefined {
  const recent = entries.filter((entry) => entry.startTime >= since && ACTION.has(entry.name));
  const slowest = [...recent].sort((a, b) => b.duration - a.duration)[0];
  if (slowest === undefined) {
    return undefined;
  }
  const group = slowest.interactionId === 0 ? [slowest] : recent.filter((entry) => entry.interactionId === slowest.interactionId);
  const start = Math.min(...group.map((entry) => entry.startTime));
  const processingStart = Math.min(...group.map((entry) => entry.processingStart));
  const processingEnd = Math.max(...group.map((entry) => entry.processingEnd));
  const end = Math.max(...group.map((entry) => entry.startTime + entry.duration));
  return {
    event: slowest.name,
    ms: slowest.duration,
    delayMs: processingStart - start,
    processingMs: processingEnd - processingStart,
    presentationMs: Math.max(0, end - processingEnd),
  };
}

export function formatInp(inp: Inp | undefined): string {
  if (inp === undefined) {
    return '<16';
  }
  const part = (ms: number) => Math.round(ms).toString();
  return `${part(inp.ms)} = ${part(inp.delayMs)}+${part(inp.processingMs)}+${part(inp.presentationMs)} ${inp.event}`;
}
