import { useState } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { consentMessages } from '../../i18n/en/consent.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';

const NO_DATA: ChoiceData<'oauth_consent'> = { scopes: [] };

/**
 * `oauth_consent`: what the app asks to do, scope by scope (the server's display names and
 * descriptions, as text). "Allow" grants every scope, as Pangea's view does; "Deny" sends every
 * scope refused, and the server finishes the flow without them.
 * @selector [data-scope="authn"][data-part="consent-step"]
 */
export function ConsentStep() {
  const partAttributes = usePartAttributes();
  const { view, submit } = useAuthNFlow();
  const t = useMessages(consentMessages);
  const data = view.choice?.choice === 'oauth_consent' ? view.choice.data : NO_DATA;
  const [decision, setDecision] = useState<'allow' | 'deny' | null>(null);
  // This step has no fields: a server error on one of its ids (`/data/agreed/0`) is said above the buttons.
  const issue = view.formError ?? Object.values(view.fieldErrors)[0] ?? null;
  const updating = view.busy && view.pending?.operation === 'update';
  // Which button shows the call running; a call this step did not see start (a restored state) is an "Allow".
  const pendingOn = updating ? (decision ?? 'allow') : null;

  const decide = (allow: boolean) => {
    if (view.busy) {
      return;
    }
    setDecision(allow ? 'allow' : 'deny');
    submit('oauth_consent', {
      scope_selections: data.scopes.map((scope) => ({ scope: scope.name, is_allowed: allow })),
    });
  };

  return (
    <div aria-busy={view.busy} {...partAttributes('consent-step')}>
      <Heading>{t('consent.heading')}</Heading>
      <p {...partAttributes('body')}>{t('consent.body')}</p>
      <ul {...partAttributes('scopes')}>
        {data.scopes.map((scope) => (
          <li key={scope.name} {...partAttributes('scope')}>
            <span {...partAttributes('scope-name')}>{scope.display_name?.trim() || scope.name}</span>
            {scope.description?.trim() ? (
              <span {...partAttributes('scope-description')}>{scope.description}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <FormError message={issue !== null ? translateIssue(t, issue) : null} />
      <div {...partAttributes('actions')}>
        <Button
          part="allow"
          pending={pendingOn === 'allow'}
          disabled={view.busy && pendingOn !== 'allow'}
          pendingLabel={t('consent.allowPending')}
          onClick={() => decide(true)}
        >
          {t('consent.allow')}
        </Button>
        <Button
          variant="secondary"
          part="deny"
          pending={pendingOn === 'deny'}
          disabled={view.busy && pendingOn !== 'deny'}
          pendingLabel={t('consent.denyPending')}
          onClick={() => decide(false)}
        >
          {t('consent.deny')}
        </Button>
      </div>
    </div>
  );
}
