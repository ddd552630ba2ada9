/**
 * Type tests of the public API, checked by `tsc -p .` (not run by vitest): each `@ts-expect-error`
 * must stay an error.
 */
import {
  AuthNFlow,
  AuthNProvider,
  createAuthNClient,
  defaultMessages,
  useAuthNFlow,
  type AuthNError,
  type FlowCompleteResult,
  type MessageKey,
  type StepComponents,
} from '../../src/index.js';

const client = createAuthNClient({ baseUrl: '/authn/', clientToken: 'pcl_x' });

export const clientProps = [
  <AuthNFlow key="a" client={client} />,
  <AuthNFlow key="b" domain="aws.us.pangea.cloud" clientToken="pcl_x" />,
  <AuthNFlow key="c" baseUrl="/authn/" clientToken="pcl_x" />,
  // Under an AuthNProvider, no client props at all.
  <AuthNFlow key="d" />,
  // @ts-expect-error a domain needs its client token
  <AuthNFlow key="e" domain="aws.us.pangea.cloud" />,
  // @ts-expect-error one source only
  <AuthNFlow key="f" client={client} domain="aws.us.pangea.cloud" clientToken="pcl_x" />,
  <AuthNProvider key="g" client={client}>
    {null}
  </AuthNProvider>,
  // @ts-expect-error the provider always needs a source
  <AuthNProvider key="h">{null}</AuthNProvider>,
];

export const callbacks = (
  <AuthNFlow
    client={client}
    onComplete={(result: FlowCompleteResult) => result.refresh_token.token}
    onError={(error: AuthNError) => error.detail.kind}
    // @ts-expect-error messages are keyed by the catalog
    messages={{ 'no.such.key': 'x' }}
  />
);

export const components: StepComponents = { email_otp: () => null, password: () => null };
// @ts-expect-error only step ids are keys
export const badComponents: StepComponents = { not_a_step: () => null };

export const key: MessageKey = 'email.label';
export const english: string = defaultMessages['password.forgot'];

export function CustomStep() {
  const { submit, restart } = useAuthNFlow();
  submit('password', { password: 'x' });
  restart('reset_password', {});
  // @ts-expect-error the data must match the choice
  submit('set_email', { username: 'x' });
  // @ts-expect-error only restartable choices
  restart('password', {});
  return null;
}
