import type { StepButtonProps } from '../../hooks/step-props.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';

export interface EntryActionsProps {
  submit: StepButtonProps;
  /** `null` when there is nothing to go back to. */
  cancel: StepButtonProps | null;
  submitLabel: string;
  pendingLabel: string;
  cancelLabel: string;
}

/**
 * The send and cancel buttons of an address form (phone or email entry). The send shows its own
 * pending state; while another call runs, both wait.
 * @selector [data-scope="authn"][data-part="actions"]
 */
export function EntryActions({ submit, cancel, submitLabel, pendingLabel, cancelLabel }: EntryActionsProps) {
  const partAttributes = usePartAttributes();
  return (
    <div {...partAttributes('actions')}>
      <Button type="submit" part="submit" {...submit} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
      {cancel === null ? null : (
        <Button variant="secondary" part="cancel" {...cancel}>
          {cancelLabel}
        </Button>
      )}
    </div>
  );
}
