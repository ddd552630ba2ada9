import { useEffect, useState } from 'react';

/**
 * The key of the button the step is leaving by, for a provider's page, until the page goes or
 * comes back from the cache. One per step: every way out waits while one is taken, so a double
 * click cannot navigate twice.
 */
export function useLeaving() {
  const [leaving, setLeaving] = useState<string | null>(null);
  useEffect(() => {
    // Back from the provider through the back/forward cache: the page is as it was left.
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) {
        setLeaving(null);
      }
    };
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);
  return [leaving, setLeaving] as const;
}
