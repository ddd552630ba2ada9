import type { FlowIssue } from '../../../core/index.js';
import { isUpdating } from '../../hooks/pending-call.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';
import type { ProviderChoice } from './identifier-mode.js';
import { ProviderIcon } from './provider-icon.js';
import { socialProviderName } from '../../i18n/provider-brands.js';
import { providerIdOf, providerServerIdOf } from './provider-name.js';

export type ProviderIssue = Extract<FlowIssue, { code: 'wrong-method' | 'email-mismatch' }>;

export function isProviderIssue(issue: FlowIssue | null): issue is ProviderIssue {
  return issue?.code === 'wrong-method' || issue?.code === 'email-mismatch';
}

/** The provider button the server pointed at, when this step offers it. */
function correctProviderOf(issue: ProviderIssue, providers: ProviderChoice[]): ProviderChoice | undefined {
  if (issue.code !== 'wrong-method') {
    return undefined;
  }
  return providers.find((entry) => providerServerIdOf(entry) === issue.provider);
}

export interface ProviderIssueActionsProps {
  issue: ProviderIssue;
  providers: ProviderChoice[];
  /** The step's way out being taken, and how to take one: `ProviderButtonsProps`'s, shared. */
  leaving: string | null;
  onLeaving: (key: string) => void;
}

/** Its own key: the provider's button below keeps its label while this one says where it goes. */
const LEAVING_KEY = 'provider-issue';

/**
 * The ways forward after a provider sign-in the account cannot use (spec §8 InvalidAuth and
 * MismatchEmail): "Continue with <provider>" goes to the right provider when this step offers it,
 * and otherwise, like "Select a different method", refreshes the flow (`update("", {})`).
 * @selector [data-scope="authn"][data-part="provider-issue-actions"]
 */
export function ProviderIssueActions({ issue, providers, leaving, onLeaving }: ProviderIssueActionsProps) {
  const partAttributes = usePartAttributes();
  const { view, submit, redirect, redirectTarget } = useAuthNFlow();
  const t = useMessages();
  const refreshing = isUpdating(view, '');
  const target = correctProviderOf(issue, providers);
  const url = target === undefined ? null : redirectTarget(target.data.redirect_uri ?? '');
  const name = issue.code === 'wrong-method' ? (issue.displayName ?? socialProviderName(t, issue.provider)) : '';
  const label = issue.code === 'wrong-method' ? t('error.wrongMethod.action', { provider: name }) : t('error.emailMismatch.action');
  const icon =
    issue.code === 'wrong-method' ? <ProviderIcon provider={target === undefined ? issue.provider : providerIdOf(target)} /> : null;
  const going = leaving === LEAVING_KEY;
  return (
    <div {...partAttributes('provider-issue-actions')}>
      <Button
        variant="secondary"
        part={issue.code === 'wrong-method' ? 'continue-with-provider' : 'select-another-method'}
        pending={refreshing || going}
        pendingLabel={
          going ? (
            <>
              {icon}
              {t('provider.redirecting', { provider: name })}
            </>
          ) : undefined
        }
        disabled={(view.busy && !refreshing) || (leaving !== null && !going)}
        onClick={() => {
          if (url === null) {
            submit('', {});
            return;
          }
          onLeaving(LEAVING_KEY);
          redirect(url);
        }}
      >
        {icon}
        {label}
      </Button>
    </div>
  );
}
