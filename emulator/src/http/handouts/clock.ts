import * as v from 'valibot';
import { toIso } from '../../engine/clock.js';
import { parseOrFail } from '../../engine/validation.js';
import { jsonResponse } from '../envelope.js';
import type { EmulatorControls } from '../controls.js';
import type { Handout } from './types.js';

const ClockBody = v.strictObject({ advance_seconds: v.pipe(v.number(), v.finite(), v.minValue(0)) });

/** `GET /__emulator/clock`: `{ now, offset_seconds }`. */
export const getClock: Handout = ({ controls }) => jsonResponse(200, clockState(controls));

/** `POST /__emulator/clock {advance_seconds}`: moves time forward (flows, codes and tokens expire). */
export const postClock: Handout = ({ controls, body }) => {
  const { advance_seconds: seconds } = parseOrFail(ClockBody, body);
  controls.advanceClock(seconds);
  return jsonResponse(200, clockState(controls));
};

function clockState(controls: EmulatorControls): { now: string; offset_seconds: number } {
  return { now: toIso(controls.ctx.now()), offset_seconds: controls.clockOffsetSeconds() };
}
