import { useMessages } from '../../i18n/use-messages.js';
import { usePartAttributes } from '../../primitives/parts.js';

/**
 * While the flow starts, routes or completes. A status region, so screen readers hear it
 * without focus moving.
 * @selector [data-scope="authn"][data-part="loading-view"]
 */
export function LoadingView() {
  const partAttributes = usePartAttributes();
  const t = useMessages();
  return (
    <div role="status" {...partAttributes('loading-view')}>
      <span aria-hidden="true" {...partAttributes('spinner')} />
      <span {...partAttributes('loading-label')}>{t('flow.loading')}</span>
    </div>
  );
}
