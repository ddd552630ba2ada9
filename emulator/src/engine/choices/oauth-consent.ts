import * as v from 'valibot';
import type { EngineContext } from '../context.js';
import type { FieldError } from '../field-errors.js';
import { failValidation } from '../failures.js';
import { parseOrFail, strictObjectOf } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

const ConsentData = v.strictObject({
  scope_selections: v.array(strictObjectOf({ scope: v.string(), is_allowed: v.boolean() })),
});

/**
 * `oauth_consent {scope_selections}` in `phase_oauth_consent` (flows started with a `client_id`):
 * the allowed scopes go into the tokens. A scope the project does not define is `DoesNotExist`.
 */
export function updateOauthConsent({ ctx, flow, data }: ChoiceCall): void {
  const { scope_selections: selections } = parseOrFail(ConsentData, data, '/data');
  const known = new Set(ctx.config.oauthScopes.map((scope) => scope.name));
  const errors: FieldError[] = selections.flatMap((selection, i): FieldError[] =>
    known.has(selection.scope)
      ? []
      : [{ code: 'DoesNotExist', source: `/data/scope_selections/${i}/scope`, detail: `No scope ${selection.scope}` }],
  );
  if (errors.length > 0) {
    failValidation(errors);
  }
  flow.consent = [...new Set(selections.filter((s) => s.is_allowed).map((s) => s.scope))];
}

export function renderOauthConsent(ctx: EngineContext): WireChoice {
  return {
    choice: 'oauth_consent',
    data: {
      scopes: ctx.config.oauthScopes.map((scope) => ({
        name: scope.name,
        display_name: scope.displayName,
        description: scope.description,
      })),
    },
  };
}
