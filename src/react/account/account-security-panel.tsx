import { useId } from 'react';
import { usePartAttributes } from '../primitives/parts.js';
import { Heading } from '../primitives/heading.js';
import { accountMessages } from '../i18n/en/account.js';
import { camelCase } from '../i18n/message-for-issue.js';
import { useMessages } from '../i18n/use-messages.js';
import { KitRoot } from '../flow/flow-frame.js';
import { ChangePasswordForm } from './change-password-form.js';
import { SessionList } from './session-list.js';
import { useAccountSecurity, type AccountSecurityApi, type UseAccountSecurityOptions } from './use-account-security.js';

export interface AccountSecurityPanelProps extends UseAccountSecurityOptions {
  /** The rank of the panel's heading; its sections' headings are one below. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Added to the root element (`data-part="root"`). @default undefined */
  className?: string | undefined;
}

/** The role of the line the panel shows instead of its sections (`account.<status>`): `ended` is an alert, `checking` a polite status. */
const STATUS_ROLE = {
  'signed-out': undefined,
  checking: 'status',
  ended: 'alert',
} as const satisfies Record<Exclude<AccountSecurityApi['status'], 'ready'>, string | undefined>;

/**
 * The signed-in user's account security: change password, and the sessions with sign-out.
 * @selector [data-scope="authn"][data-part="root"][data-state="account"]
 * @selector [data-scope="authn"][data-part="account-security"][data-state="signed-out" | "checking" | "ended" | "ready"]
 * @selector [data-scope="authn"][data-part="account-status"][data-state="signed-out" | "checking" | "ended"]
 */
export function AccountSecurityPanel({ headingLevel = 2, className, ...options }: AccountSecurityPanelProps) {
  const api = useAccountSecurity(options);
  const partAttributes = usePartAttributes();
  const t = useMessages(accountMessages);
  const headingId = useId();
  const sectionLevel = (headingLevel + 1) as 2 | 3 | 4 | 5 | 6;
  return (
    <KitRoot state="account" className={className}>
      <section aria-labelledby={headingId} {...partAttributes('account-security', api.status)}>
        <Heading level={headingLevel} id={headingId}>
          {t('account.heading')}
        </Heading>
        {api.status === 'ready' ? (
          <>
            <ChangePasswordForm api={api.password} account={api.account} headingLevel={sectionLevel} />
            <SessionList api={api.sessions} headingLevel={sectionLevel} />
          </>
        ) : (
          <p role={STATUS_ROLE[api.status]} {...partAttributes('account-status', api.status)}>
            {t(`account.${camelCase(api.status)}`)}
          </p>
        )}
      </section>
    </KitRoot>
  );
}
