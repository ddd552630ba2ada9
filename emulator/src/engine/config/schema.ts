import * as v from 'valibot';
import { strictObjectOf } from '../validation.js';
import {
  AGREEMENT_TYPES,
  PRESET_NAMES,
  PRIMARY_METHODS,
  PROFILE_FIELD_TYPES,
  SECONDARY_METHODS,
  SOCIAL_PROVIDERS,
  USERNAME_FORMATS,
} from './types.js';

/**
 * The shape of a config input (a JSON file, the `/__emulator/config` body, or a programmatic
 * object). Types only: rules that need the merged config (a policy's max above its min, a power
 * of two) are checked after merging, in resolve.ts. Strict, so a misspelt key is an error rather
 * than a silently ignored setting.
 */

const count = v.pipe(v.number(), v.integer());
const seconds = v.number();
const nullableString = v.nullable(v.string());
const nonEmpty = v.pipe(v.string(), v.minLength(1));
const list = <T extends v.GenericSchema>(item: T) => v.array(item);

export const EmulatorConfigInputSchema = v.strictObject({
  preset: v.optional(v.picklist(PRESET_NAMES)),
  usernameFormat: v.optional(v.picklist(USERNAME_FORMATS)),
  allowSignup: v.optional(v.boolean()),
  primaries: v.optional(list(v.picklist(PRIMARY_METHODS))),
  passkey: v.optional(
    strictObjectOf({
      enabled: v.optional(v.boolean()),
      rpId: v.optional(nullableString),
      origin: v.optional(v.nullable(v.pipe(v.string(), v.url()))),
      rpName: v.optional(nonEmpty),
    }),
  ),
  socialProviders: v.optional(list(v.picklist(SOCIAL_PROVIDERS))),
  samlProviders: v.optional(
    list(strictObjectOf({ id: v.pipe(v.string(), v.regex(/^pss_[a-z2-7]{32}$/)), name: nonEmpty })),
  ),
  mfa: v.optional(
    strictObjectOf({
      methods: v.optional(list(v.picklist(SECONDARY_METHODS))),
      required: v.optional(v.boolean()),
    }),
  ),
  emailVerification: v.optional(v.boolean()),
  signupCaptcha: v.optional(v.boolean()),
  captchaSiteKey: v.optional(nonEmpty),
  profileFields: v.optional(
    list(
      strictObjectOf({
        // OAS `authn-profile-field-defn.id` is `^[a-z][0-9a-z_]*$`, at most 32: the length is kept,
        // the case is not yet, as the kit's tests use DOM property names (`querySelector`) as ids.
        id: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/)),
        label: v.optional(nonEmpty),
        type: v.optional(v.picklist(PROFILE_FIELD_TYPES)),
        required: v.optional(v.boolean()),
        showOnSignup: v.optional(v.boolean()),
      }),
    ),
  ),
  agreements: v.optional(
    list(
      strictObjectOf({
        id: v.optional(v.pipe(v.string(), v.regex(/^peu_[a-z2-7]{32}$/))),
        type: v.picklist(AGREEMENT_TYPES),
        name: nonEmpty,
        text: v.string(),
        publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
      }),
    ),
  ),
  oauthScopes: v.optional(
    list(
      strictObjectOf({
        // What OAS `authn-template-scope` (config), `authn-scope` (a token's scopes) and
        // `authn-oauth-scope` (flow/complete's scope string) all accept, so every place it is sent is valid.
        name: v.pipe(v.string(), v.regex(/^[a-zA-Z0-9:*/_-]{1,128}$/)),
        displayName: v.optional(v.string()),
        description: v.optional(v.string()),
      }),
    ),
  ),
  disclaimer: v.optional(nullableString),
  passwordPolicy: v.optional(
    strictObjectOf({
      chars_min: v.optional(count),
      chars_max: v.optional(count),
      lower_min: v.optional(count),
      upper_min: v.optional(count),
      number_min: v.optional(count),
      punct_min: v.optional(count),
    }),
  ),
  flowLifetimeSeconds: v.optional(seconds),
  activeTokenLifetimeSeconds: v.optional(seconds),
  refreshTokenLifetimeSeconds: v.optional(seconds),
  resendIntervalSeconds: v.optional(seconds),
  codeLifetimeSeconds: v.optional(seconds),
  maxAttempts: v.optional(count),
  lockoutSeconds: v.optional(seconds),
  scryptCost: v.optional(count),
  publicUrl: v.optional(v.nullable(v.pipe(v.string(), v.url()))),
  allowedHosts: v.optional(list(v.pipe(v.string(), v.regex(/^[\w.:[\]-]{1,255}$/)))),
  redirectUris: v.optional(list(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i)))),
  looseWire: v.optional(v.boolean()),
});
