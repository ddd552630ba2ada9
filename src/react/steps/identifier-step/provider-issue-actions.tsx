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
}

/**
 * The ways forward after a provider sign-in the account cannot use (spec §8 InvalidAuth and
 * MismatchEmail): "Continue with <provider>" goes to the right provider when this step offers it,
 * and otherwise, like "Select a different method", refreshes the flow (`update("", {})`).
 * @selector [data-scope="authn"][data-part="provider-issue-actions"]
 */
export function ProviderIssueActions({ issue, providers }: ProviderIssueActionsProps) {
  const partAttributes = usePartAttributes();
  const { view, submit, redirect, redirectTarget } = useAuthNFlow();
  const t = useMessages();
  const refreshing = isUpdating(view, '');
  const target = correctProviderOf(issue, providers);
  const url = target === undefined ? null : redirectTarget(target.data.redirect_uri ?? '');
  const label =
    issue.code === 'wrong-method'
      ? t('error.wrongMethod.action', { provider: issue.displayName ?? socialProviderName(t, issue.provider) })
      : t('error.emailMismatch.action');
  return (
    <div {...partAttributes('provider-issue-actions')}>
      <Button
        variant="secondary"
        part={issue.code === 'wrong-method' ? 'continue-with-provider' : 'select-another-method'}
        pending={refreshing}
        disabled={view.busy && !refreshing}
        onClick={() => (url === null ? submit('', {}) : redirect(url))}
      >
        {issue.code === 'wrong-method' ? <ProviderIcon provider={target === undefined ? issue.provider : providerIdOf(target)} /> : null}
        {label}
      </Button>
    </div>
  );
}
