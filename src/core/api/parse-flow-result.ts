import * as v from 'valibot';
import { choiceDataSchemas, RawFlowResultSchema } from './schemas.js';
import type { FlowChoice, FlowResult, FlowType, KnownChoiceName, UnknownFlowChoice, UsernameFormat } from './wire.js';

const FLOW_TYPES: readonly string[] = ['signup', 'signin', 'one_time'] satisfies FlowType[];
const USERNAME_FORMATS: readonly string[] = ['email', 'string', 'phone'] satisfies UsernameFormat[];

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; issues: string[] };

function isKnownChoice(name: string): name is KnownChoiceName {
  return Object.hasOwn(choiceDataSchemas, name);
}

function issuesOf(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * Turns a raw `result` into a `FlowResult`. Known choices must be well formed (we render them);
 * unknown choices and flow types from a newer server are kept aside, never fatal.
 */
export function parseFlowResult(raw: unknown): ParseOutcome<FlowResult> {
  const parsed = v.safeParse(RawFlowResultSchema, raw);
  if (!parsed.success) {
    return { ok: false, issues: issuesOf(parsed.issues) };
  }
  const result = parsed.output;
  const choices: FlowChoice[] = [];
  const unknownChoices: UnknownFlowChoice[] = [];
  const issues: string[] = [];
  result.flow_choices.forEach((entry, index) => {
    if (!isKnownChoice(entry.choice)) {
      unknownChoices.push({ choice: entry.choice, data: entry.data });
      return;
    }
    const data = v.safeParse(choiceDataSchemas[entry.choice], entry.data ?? {});
    if (data.success) {
      choices.push({ choice: entry.choice, data: data.output } as FlowChoice);
    } else {
      issues.push(...issuesOf(data.issues).map((issue) => `flow_choices.${index}.data (${entry.choice}) ${issue}`));
    }
  });
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const format = result.username_format;
  return {
    ok: true,
    value: {
      flowId: result.flow_id,
      flowType: result.flow_type.filter((type): type is FlowType => FLOW_TYPES.includes(type)),
      phase: result.flow_phase,
      choices,
      unknownChoices,
      email: result.email,
      username: result.username,
      phone: result.phone,
      // The client defaults to email when the field is absent; "" also means email (§3).
      usernameFormat: format && USERNAME_FORMATS.includes(format) ? (format as UsernameFormat) : 'email',
      disclaimer: result.disclaimer,
    },
  };
}
