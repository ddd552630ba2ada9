import { useEffect, useId, useRef } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import { callButton, errorText } from '../../hooks/step-form.js';
import type { StepButtonProps, StepRootProps } from '../../hooks/step-props.js';
import { useChoiceStep } from '../../hooks/use-choice-step.js';
import { useLocale, useMessages } from '../../i18n/use-messages.js';
import { agreementsMessages } from '../../i18n/en/agreements.js';

export type Agreement = ChoiceData<'agreements'>['agreements'][string];

/** "June 2, 2025" in the kit's `locale` (else the reader's), or `null` when the server sent no usable date. */
function publishedDateOf(agreement: Agreement, locale: string | undefined): string | null {
  const raw = agreement.published_at ?? agreement.updated_at ?? agreement.created_at;
  const time = raw === undefined ? Number.NaN : Date.parse(raw);
  return Number.isNaN(time) ? null : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(time);
}

export interface AgreementsStepApi {
  /** The agreement to accept now; the server sends the ones left after each. */
  agreement: Agreement | undefined;
  /** When it was published, in the kit's locale; `null` when the server sent no usable date. */
  published: string | null;
  /** The id of the heading that names the agreement's text. */
  headingId: string;
  /** The id of the hint that says what "Decline" does. */
  declineHintId: string;
  /** The server's error, translated: this step has no fields, so one on an id (`/data/agreed/0`) too. */
  error: string | null;
  getRootProps(): StepRootProps;
  /** Accepts this agreement (`agreed: [id]`). */
  getAcceptProps(): StepButtonProps;
  /** Starts over: the flow cannot go on without it. */
  getDeclineProps(): StepButtonProps & { 'aria-describedby': string };
}

/**
 * The agreements step without its markup: one agreement at a time, each accepted with its own
 * click, and focus on the next one's title when it replaces this one.
 */
export function useAgreementsStep(): AgreementsStepApi {
  const step = useChoiceStep('agreements');
  const { view, submit, startOver } = step.flow;
  const t = useMessages(agreementsMessages);
  const { locale } = useLocale();
  const headingId = useId();
  const declineHintId = useId();
  const agreement = Object.values(step.data?.agreements ?? {}).find((entry) => entry.active !== false);

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

  return {
    agreement,
    published: agreement === undefined ? null : publishedDateOf(agreement, locale),
    headingId,
    declineHintId,
    // This step has no fields: a server error on one of its ids (`/data/agreed/0`) is said above the buttons.
    error: errorText(t, view.formError ?? Object.values(view.fieldErrors)[0]),
    getRootProps: () => ({ ref: rootRef, 'aria-busy': view.busy }),
    getAcceptProps: () =>
      callButton(view.busy, step.submitting, () => {
        // Without an agreement to accept (a server glitch), ask for the flow's state again.
        if (agreement === undefined) {
          submit('', {});
        } else {
          step.submit({ agreed: [agreement.id] });
        }
      }),
    getDeclineProps: () => ({ disabled: view.busy, 'aria-describedby': declineHintId, onClick: startOver }),
  };
}
