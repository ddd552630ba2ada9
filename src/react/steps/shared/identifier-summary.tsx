import { useId } from 'react';
import type { FlowIdentifier } from '../../../core/index.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';

export interface IdentifierSummaryProps {
  identifier: FlowIdentifier | undefined;
  /** Leaves the flow to type another identifier. */
  onChange: () => void;
}

/**
 * The identifier the flow is for, read-only, as a one-line chip with "Change". The button says
 * what it changes through its description (the identifier), so its name stays the word it shows.
 * @selector [data-scope="authn"][data-part="identifier"]
 */
export function IdentifierSummary({ identifier, onChange }: IdentifierSummaryProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages();
  const valueId = useId();
  if (identifier === undefined) {
    return null;
  }
  return (
    <div {...partAttributes('identifier')}>
      <span id={valueId} translate="no" title={identifier.value} {...partAttributes('identifier-value')}>
        {identifier.value}
      </span>
      <Button variant="link" part="change-identifier" aria-describedby={valueId} onClick={onChange}>
        {t('identifier.change')}
      </Button>
    </div>
  );
}
