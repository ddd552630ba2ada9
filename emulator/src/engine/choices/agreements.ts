import * as v from 'valibot';
import type { EngineContext } from '../context.js';
import type { FieldError } from '../field-errors.js';
import { failValidation } from '../failures.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { pendingAgreements } from '../phases.js';
import type { UserRecord } from '../records.js';
import { parseOrFail } from '../validation.js';
import type { WireAgreement, WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

// No minItems, as in the OAS: an empty list agrees to nothing and leaves the phase as it was.
const AgreementsData = v.strictObject({ agreed: v.array(v.string()) });

/**
 * `agreements {agreed: [id, …]}` in `phase_agreements`. The hosted UI accepts one per answer, the
 * SDKs all at once; both work, and the phase ends when none is left. An unknown id is `DoesNotExist`.
 */
export function updateAgreements({ ctx, flow, data }: ChoiceCall): void {
  const { agreed } = parseOrFail(AgreementsData, data, '/data');
  const known = new Set(ctx.config.agreements.map((agreement) => agreement.id));
  const errors: FieldError[] = agreed.flatMap((id, i): FieldError[] =>
    known.has(id) ? [] : [{ code: 'DoesNotExist', source: `/data/agreed/${i}`, detail: `No active agreement ${id}` }],
  );
  if (errors.length > 0) {
    failValidation(errors);
  }
  const user = requireFlowUser(ctx, flow);
  saveFlowUser(ctx, flow, { ...user, agreed: [...new Set([...user.agreed, ...agreed])] });
}

/** A map keyed by agreement id (the spec leaves the key open; ids are unique, types need not be). */
export function renderAgreements(ctx: EngineContext, user: UserRecord | undefined): WireChoice {
  const agreements: Record<string, WireAgreement> = {};
  for (const agreement of user ? pendingAgreements(ctx.config, user) : []) {
    agreements[agreement.id] = {
      type: agreement.type,
      id: agreement.id,
      name: agreement.name,
      text: agreement.text,
      created_at: agreement.publishedAt,
      updated_at: agreement.publishedAt,
      published_at: agreement.publishedAt,
      active: true,
    };
  }
  return { choice: 'agreements', data: { agreements } };
}
