import type { FlowView } from '../../../core/index.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';

export interface EntryActionsProps {
  view: FlowView;
  /** The send this form asked for is in flight (`useEntryForm().sending`). */
  sending: boolean;
  submitLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  /** Shown when there is something to go back to. @default undefined */
  onCancel?: (() => void) | undefined;
}

/**
 * The send and cancel buttons of an address form (phone or email entry). The send shows its own
 * pending state; while another call runs, both wait.
 * @selector [data-scope="authn"][data-part="actions"]
 */
export function EntryActions({ view, sending, submitLabel, pendingLabel, cancelLabel, onCancel }: EntryActionsProps) {
  const partAttributes = usePartAttributes();
  return (
    <div {...partAttributes('actions')}>
      <Button type="submit" part="submit" pending={sending} disabled={view.busy && !sending} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
      {onCancel === undefined ? null : (
        <Button variant="secondary" part="cancel" disabled={view.busy} onClick={onCancel}>
          {cancelLabel}
        </Button>
      )}
    </div>
  );
}
