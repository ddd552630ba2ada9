import type { FlowIdentifier } from '../../../core/index.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';

export interface IdentifierSummaryProps {
  identifier: FlowIdentifier | undefined;
  /** Leaves the flow to type another identifier. */
  onChange: () => void;
  /** @default undefined */
  className?: string;
}

/**
 * The identifier the flow is for, read-only, with a way back to change it.
 * @selector [data-scope="authn"][data-part="identifier"]
 */
export function IdentifierSummary({ identifier, onChange, className }: IdentifierSummaryProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages();
  if (identifier === undefined) {
    return null;
  }
  return (
    <div {...partAttributes('identifier', undefined, className)}>
      <span {...partAttributes('identifier-value')}>{identifier.value}</span>
      <Button variant="link" part="change-identifier" onClick={onChange}>
        {t(identifier.kind === 'email' ? 'identifier.change.email' : 'identifier.change.username')}
      </Button>
    </div>
  );
}
