import type { FlowView } from '../../core/index.js';

type PendingView = Pick<FlowView, 'pending'>;

/** A `flow/update` is in flight; with `choice`, only one for that choice (`''` for a state read). */
export function isUpdating(view: PendingView, choice?: string): boolean {
  return view.pending?.operation === 'update' && (choice === undefined || view.pending.choice === choice);
}

/** A `flow/restart` is in flight (a send, "Forgot password?"); with `choice`, only one for that choice. */
export function isRestarting(view: PendingView, choice?: string): boolean {
  return view.pending?.operation === 'restart' && (choice === undefined || view.pending.choice === choice);
}
