/**
 * Type tests of the public API, checked by `tsc -p .` (not run by vitest): each `@ts-expect-error`
 * must stay an error.
 */
import {
  AuthNFlow,
  AuthNProvider,
  createAuthNClient,
  useAuthNFlow,
  useMessages,
  type AuthNError,
  type FlowCompleteResult,
  type MessageKey,
  type StepComponents,
} from '../../src/index.js';
import english from '../../src/locales/en.js';
import es from '../../src/locales/es.js';

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
export const forgot: string = english['password.forgot'];

export const localised = [
  <AuthNFlow key="es" client={client} locale="es" messages={es} />,
  <AuthNFlow key="rtl" client={client} locale="ar" dir="ltr" messages={{ 'password.forgot': 'x' }} />,
  // @ts-expect-error a plural entry stays plural
  <AuthNFlow key="plural" client={client} messages={{ 'error.rateLimited': 'x' }} />,
  <AuthNProvider key="p" client={client} locale="de">
    {null}
  </AuthNProvider>,
];

export function Checked() {
  const t = useMessages();
  t('code.sendIn', { seconds: 3 });
  t('error.rateLimited', { count: 3 });
  t('flow.startOver');
  // @ts-expect-error a placeholder left unfilled
  t('code.sendIn');
  // @ts-expect-error the plural count is a number
  t('error.rateLimited', { count: '3' });
  // @ts-expect-error no such placeholder
  t('flow.startOver', { name: 'x' });
  return null;
}

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
