import { useEffect, useRef } from 'react';
import type { LinkHandoff } from '../../../core/index.js';
import { emailLinkMessages } from '../../i18n/en/email-link.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';

export interface LinkHandoffViewProps {
  handoff: LinkHandoff;
  /** Reads the flow here, so this tab shows its next step too. */
  onContinueHere: () => void;
}

/**
 * The tab that asked for an emailed link, once another tab opened it. Finished there: this tab
 * says so and offers nothing, as completing the flow twice would sign in twice. At the next step
 * there: "Continue here" reads the flow in this tab, for a user who closed the other one.
 * Moves focus to its heading, as a step change does.
 * @selector [data-scope="authn"][data-part="poll-status"][data-state="finished-elsewhere" | "continued-elsewhere"]
 */
export function LinkHandoffView({ handoff, onContinueHere }: LinkHandoffViewProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(emailLinkMessages);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const continued = handoff === 'continued-elsewhere';

  useEffect(() => {
    statusRef.current?.parentElement?.querySelector<HTMLElement>('[data-part="heading"]')?.focus();
  }, [handoff]);

  return (
    <>
      <Heading>{t(continued ? 'emailLink.handoff.continuedHeading' : 'emailLink.handoff.finishedHeading')}</Heading>
      <p ref={statusRef} role="status" {...partAttributes('poll-status', handoff)}>
        {t(continued ? 'emailLink.handoff.continued' : 'emailLink.handoff.finished')}
      </p>
      {continued ? (
        <div {...partAttributes('actions')}>
          <Button variant="secondary" part="poll" onClick={onContinueHere}>
            {t('emailLink.handoff.continueHere')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
