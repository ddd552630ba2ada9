import { ConfigError } from '../../engine/config/resolve.js';
import { failValidation } from '../../engine/failures.js';
import { jsonResponse } from '../envelope.js';
import type { Handout } from './types.js';

/** `GET /__emulator/config`: the config in force. */
export const getConfig: Handout = ({ controls }) => jsonResponse(200, { config: controls.ctx.config });

/**
 * `POST /__emulator/config`: a config input merged over the config in force, or over `preset`
 * when it names one. A config it cannot run is a ValidationError pointing at the keys.
 */
export const postConfig: Handout = ({ controls, body }) => {
  try {
    return jsonResponse(200, { config: controls.setConfig(body) });
  } catch (error) {
    if (error instanceof ConfigError) {
      return failValidation(error.errors);
    }
    throw error;
  }
};
