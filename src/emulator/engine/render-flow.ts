import { toIso, ZERO_TIME } from './clock.js';
import type { EmulatorConfig } from './config.js';
import type { FlowRecord, FlowStep } from './records.js';
import type { WireChoice, WireFlowResult, WirePhase } from './wire-types.js';

/** The flow as the API shows it: phase, type and the choices offered now. */
export function renderFlow(flow: FlowRecord, config: EmulatorConfig): WireFlowResult {
  const { step } = flow;
  const result: WireFlowResult = {
    flow_id: flow.id,
    flow_type: step.name === 'identify' ? [...flow.kinds] : [kindOf(step)],
    flow_phase: phaseOf(step),
    flow_choices: offeredChoices(step, config),
    username_format: 'email',
  };
  if (step.name !== 'identify') {
    result.email = step.email;
  }
  return result;
}

export function phaseOf(step: FlowStep): WirePhase {
  switch (step.name) {
    case 'identify':
    case 'signup_password':
    case 'signin_password':
      return 'phase_primary';
    case 'set_password':
      return 'phase_set_password';
    case 'completed':
      return 'phase_completed';
    default:
      return step satisfies never;
  }
}

function kindOf(step: Exclude<FlowStep, { name: 'identify' }>): 'signup' | 'signin' {
  switch (step.name) {
    case 'signup_password':
      return 'signup';
    case 'signin_password':
    case 'set_password':
      return 'signin';
    case 'completed':
      return step.kind;
    default:
      return step satisfies never;
  }
}

export function offeredChoices(step: FlowStep, config: EmulatorConfig): WireChoice[] {
  const policy = { ...config.passwordPolicy };
  switch (step.name) {
    case 'identify':
      return [{ choice: 'set_email', data: { required_for: ['password'] } }];
    case 'signup_password':
      return [{ choice: 'password', data: { enrollment: true, password_policy: policy } }];
    case 'signin_password':
      return [
        { choice: 'password', data: { enrollment: false, password_policy: policy } },
        {
          choice: 'reset_password',
          data: {
            sent: step.reset.sent,
            resend_time: step.reset.resendAt === null ? ZERO_TIME : toIso(step.reset.resendAt),
            state: step.reset.state,
          },
        },
      ];
    case 'set_password':
      return [{ choice: 'set_password', data: { enrollment: false, password_policy: policy } }];
    case 'completed':
      return [];
    default:
      return step satisfies never;
  }
}
