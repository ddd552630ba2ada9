import { useEffect, useMemo, useState } from 'react';
import { MutationObserver, useQueryClient, type MutationObserverOptions } from '@tanstack/react-query';

/**
 * `useMutation` without re-rendering on the mutation's state. The kit's calls report to the flow
 * machine, and the machine is what the steps render, so `useMutation`'s own re-render at each state
 * change (pending, settled) of each call would only add React commits: two per step transition.
 * The observer keeps a listener that does nothing, because TanStack Query runs the per-call
 * callbacks of `mutate(variables, { onSettled })` only for an observed observer.
 */
export function useSilentMutation<TData, TError, TVariables>(
  options: MutationObserverOptions<TData, TError, TVariables>,
): (variables: TVariables) => void {
  const queryClient = useQueryClient();
  const [observer] = useState(() => new MutationObserver(queryClient, options));

  useEffect(() => {
    observer.setOptions(options);
  }, [observer, options]);

  useEffect(() => observer.subscribe(() => undefined), [observer]);

  // Reset detaches each settled mutation so, with `gcTime: 0`, passwords and tokens leave the cache.
  // A failed call is reported through the callbacks; the promise `mutate` returns must not also
  // reject unhandled.
  return useMemo(
    () => (variables) => {
      observer.mutate(variables, { onSettled: () => observer.reset() }).catch(() => undefined);
    },
    [observer],
  );
}
