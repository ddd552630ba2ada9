import { useEffect, useId, useRef } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useLocale, useMessages } from '../../i18n/use-messages.js';
import { agreementsMessages } from '../../i18n/en/agreements.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { RichText } from '../../primitives/rich-text.js';

type Agreement = ChoiceData<'agreements'>['agreements'][string];

const NO_DATA: ChoiceData<'agreements'> = { agreements: {} };

function headingOf(agreement: Agreement): MessageKey {
  switch (agreement.type) {
    case 'eula':
      return 'agreements.heading.eula';
    case 'privacy_policy':
      return 'agreements.heading.privacy_policy';
    default:
      return 'agreements.heading.other';
  }
}

/** "June 2, 2025" in the kit's `locale` (else the reader's), or `null` when the server sent no usable date. */
function publishedDateOf(agreement: Agreement, locale: string | undefined): string | null {
  const raw = agreement.published_at ?? agreement.updated_at ?? agreement.created_at;
  const time = raw === undefined ? Number.NaN : Date.parse(raw);
  return Number.isNaN(time) ? null : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(time);
}

/**
 * `agreements`: one agreement at a time, as Pangea's own view does, each accepted with its own
 * click (`agreed: [id]`); the server then sends the ones left. The text is the server's markdown or
 * Lexical JSON, sanitised by RichText. "Decline" starts over: the flow cannot go on without it.
 * @selector [data-scope="authn"][data-part="agreements-step"][data-state="eula" | "privacy_policy" | <type>]
 */
export function AgreementsStep() {
  const partAttributes = usePartAttributes();
  const { view, submit, startOver } = useAuthNFlow();
  const t = useMessages(agreementsMessages);
  const { locale } = useLocale();
  const headingId = useId();
  const declineHintId = useId();
  const data = view.choice?.choice === 'agreements' ? view.choice.data : NO_DATA;
  const agreement = Object.values(data.agreements).find((entry) => entry.active !== false);
  // This step has no fields: a server error on one of its ids (`/data/agreed/0`) is said above the buttons.
  const issue = view.formError ?? Object.values(view.fieldErrors)[0] ?? null;
  const updating = view.pending?.operation === 'update';

  // The next agreement replaces this one within the same step: move focus to its title, as a
  // step change would, so keyboard and screen-reader users start reading it from the top.
  const rootRef = useRef<HTMLDivElement>(null);
  const shownId = useRef(agreement?.id);
  useEffect(() => {
    if (agreement !== undefined && shownId.current !== agreement.id) {
      shownId.current = agreement.id;
      rootRef.current?.querySelector<HTMLElement>('[data-part="heading"]')?.focus();
    }
  }, [agreement]);

  const published = agreement === undefined ? null : publishedDateOf(agreement, locale);
  return (
    <div ref={rootRef} aria-busy={view.busy} {...partAttributes('agreements-step', agreement?.type)}>
      <Heading id={headingId}>{t(agreement === undefined ? 'agreements.heading.other' : headingOf(agreement))}</Heading>
      <p {...partAttributes('hint')}>{t('agreements.intro')}</p>
      {published !== null ? <p {...partAttributes('published')}>{t('agreements.published', { date: published })}</p> : null}
      {agreement !== undefined ? (
        // A scrollable region needs to be reachable by keyboard, and named for screen readers.
        <RichText
          key={agreement.id}
          text={agreement.text}
          part="agreement-text"
          role="region"
          aria-labelledby={headingId}
          tabIndex={0}
        />
      ) : null}
      <FormError message={issue !== null ? translateIssue(t, issue) : null} />
      <div {...partAttributes('actions')}>
        <Button
          part="accept"
          pending={view.busy && updating}
          disabled={view.busy && !updating}
          pendingLabel={t('agreements.acceptPending')}
          onClick={() => {
            // Without an agreement to accept (a server glitch), ask for the flow's state again.
            if (agreement === undefined) {
              submit('', {});
            } else {
              submit('agreements', { agreed: [agreement.id] });
            }
          }}
        >
          {t('agreements.accept')}
        </Button>
        <Button variant="secondary" part="decline" disabled={view.busy} aria-describedby={declineHintId} onClick={startOver}>
          {t('agreements.decline')}
        </Button>
      </div>
      <p id={declineHintId} {...partAttributes('hint')}>
        {t('agreements.declineHint')}
      </p>
    </div>
  );
}
