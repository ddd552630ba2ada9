import type { FlowView } from '../../core/index.js';

/**
 * `selectFlowView` builds fresh objects on every snapshot (issues, the start request). Comparing
 * them by content a few levels deep keeps the view's identity while nothing visible changed, so
 * steps do not re-render on unrelated machine events. Choice data is compared by reference: it
 * comes unchanged from the last response.
 */
const DEPTH = 3;

function isSameValue(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) {
    return true;
  }
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) {
    return false;
  }
  return keys.every((key) => Object.hasOwn(right, key) && isSameValue(left[key], right[key], depth - 1));
}

export function isSameFlowView(a: FlowView, b: FlowView): boolean {
  return isSameValue(a, b, DEPTH);
}
