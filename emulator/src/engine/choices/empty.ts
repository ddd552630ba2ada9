import * as v from 'valibot';
import { parseOrFail } from '../validation.js';
import type { ChoiceCall } from './types.js';

/** `""` with `{}`: no change; the answer is the flow's current state (there is no `flow/get`). */
export function updateEmpty({ data }: ChoiceCall): void {
  parseOrFail(v.strictObject({}), data, '/data');
}
