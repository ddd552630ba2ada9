import { useId, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { codeMessages } from '../../i18n/en/code.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';

/** Only a PNG inlined as base64: an `http:` URL would leak the visit, `svg` could carry script. */
const PNG_DATA_URI = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

function isSafeQrImage(value: string): boolean {
  return PNG_DATA_URI.test(value);
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read and type into an app by hand. */
function groupKey(key: string): string {
  return key.replace(/(.{4})(?=.)/g, '$1 ');
}

type CopyState = 'idle' | 'copied' | 'failed';

export interface TotpSetupProps {
  qrImage: string;
  secret: string;
}

/**
 * TOTP enrolment: the three steps, the QR code (when it is a safe PNG) and the setup key with a
 * copy button. Copying falls back to selecting the key when the clipboard is not available.
 * @selector [data-scope="authn"][data-part="totp-setup"]
 */
export function TotpSetup({ qrImage, secret }: TotpSetupProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(codeMessages);
  const stepsId = useId();
  const keyRef = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  // The raw key: apps reject spaces, and the key is shown grouped our way.
  const rawKey = secret.replace(/\s+/g, '');

  const selectKey = () => {
    const key = keyRef.current;
    const selection = window.getSelection();
    if (key !== null && selection !== null) {
      selection.selectAllChildren(key);
    }
    setCopy('failed');
  };

  const copyKey = () => {
    // Missing outside a secure context (plain http).
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard === undefined || typeof clipboard.writeText !== 'function') {
      selectKey();
      return;
    }
    clipboard.writeText(rawKey).then(() => setCopy('copied'), selectKey);
  };

  return (
    <section aria-labelledby={stepsId} {...partAttributes('totp-setup')}>
      <p id={stepsId} {...partAttributes('totp-steps-heading')}>
        {t('totp.steps')}
      </p>
      <ol {...partAttributes('totp-steps')}>
        <li>{t('totp.step.install')}</li>
        <li>{t('totp.step.scan')}</li>
        <li>{t('totp.step.code')}</li>
      </ol>
      {isSafeQrImage(qrImage) ? (
        <img src={qrImage} alt={t('totp.qrAlt')} width={192} height={192} {...partAttributes('totp-qr')} />
      ) : null}
      <div {...partAttributes('totp-key')}>
        <span {...partAttributes('totp-key-label')}>
          {t('totp.keyLabel')}
        </span>
        <code ref={keyRef} translate="no" {...partAttributes('totp-key-value')}>
          {groupKey(rawKey)}
        </code>
        <Button variant="secondary" part="totp-copy" onClick={copyKey}>
          {t('totp.copy')}
        </Button>
        <p role="status" {...partAttributes('totp-copy-status', copy)}>
          {copy === 'copied' ? t('totp.copied') : copy === 'failed' ? t('totp.copyFailed') : null}
        </p>
      </div>
    </section>
  );
}
