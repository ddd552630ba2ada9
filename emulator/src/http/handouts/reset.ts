import { jsonResponse } from '../envelope.js';
import type { Handout } from './types.js';

/** `POST /__emulator/reset`: forgets users, flows, tokens and the outbox; the config stays. */
export const postReset: Handout = ({ controls }) => {
  controls.reset();
  return jsonResponse(200, { reset: true });
};
