import { useState } from 'react';
import type { FlowView } from '../../../core/index.js';
import type { EntryFormOptions } from '../../hooks/use-entry-form.js';

export interface AddressChange {
  /** The address typed on this step, `null` until one is. */
  typed: string | null;
  /** The user asked to change the address the code or link went to. */
  editing: boolean;
  /** "Change email" / "Change phone number": back to the address form. */
  edit: () => void;
  /** For the address form: sends there (`send`), and offers to go back once something was `sent`. */
  getEntryProps(sent: boolean, send: (address: string) => void): EntryFormOptions;
}

/**
 * The address a code or a link is sent to when the step asks for it (`need_email`, `need_phone`)
 * or the user changes it. The form is left once the send it asked for went through.
 */
export function useAddressChange(view: FlowView): AddressChange {
  const [typed, setTyped] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [wasBusy, setWasBusy] = useState(view.busy);
  if (wasBusy !== view.busy) {
    setWasBusy(view.busy);
    if (!view.busy && editing && view.formError === null && Object.keys(view.fieldErrors).length === 0) {
      setEditing(false);
    }
  }
  return {
    typed,
    editing,
    edit: () => setEditing(true),
    getEntryProps: (sent, send) => ({
      initialValue: typed ?? '',
      onSend: (address) => {
        setTyped(address);
        send(address);
      },
      onCancel: sent ? () => setEditing(false) : undefined,
      autoFocus: editing,
    }),
  };
}
