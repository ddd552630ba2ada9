import type { MessageKey } from '../../i18n/messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { passkeyMessages } from '../../i18n/en/passkey.js';
import { Button } from '../../primitives/button.js';
import type { PasskeyCeremonyApi } from './use-passkey-ceremony.js';

export interface PasskeyStartButtonProps {
  ceremony: PasskeyCeremonyApi;
  /** The label before the first try. */
  labelKey: MessageKey;
  /** The label while the answer is on its way. */
  submittingKey: MessageKey;
  /** Another call of the flow is running. */
  busy: boolean;
  /** The last try failed (in the browser or at the server): the button tries again. */
  retry: boolean;
}

/** Starts (or retries) the browser's passkey prompt, and says what it is waiting for. */
export function PasskeyStartButton({ ceremony, labelKey, submittingKey, busy, retry }: PasskeyStartButtonProps) {
  const t = useMessages(passkeyMessages);
  const waiting = ceremony.state.kind === 'waiting';
  const pending = ceremony.preparing || waiting || ceremony.submitting;
  const pendingLabel = ceremony.preparing ? 'passkey.preparing' : waiting ? 'passkey.waiting' : submittingKey;
  return (
    <Button
      part="passkey-start"
      pending={pending}
      pendingLabel={t(pendingLabel)}
      disabled={busy && !pending}
      onClick={ceremony.start}
    >
      {t(retry ? 'passkey.retry' : labelKey)}
    </Button>
  );
}
