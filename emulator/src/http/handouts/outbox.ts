import { jsonResponse } from '../envelope.js';
import type { Handout } from './types.js';

/** `GET /__emulator/outbox[?to=…]`: `{ messages: [{ to, channel, subject, text, code?, link? }] }`, newest last. */
export const getOutbox: Handout = ({ controls, query }) => {
  const to = query.get('to')?.toLowerCase();
  const messages = controls.ctx.store.listOutbox();
  return jsonResponse(200, { messages: to === undefined ? messages : messages.filter((m) => m.to.toLowerCase() === to) });
};
