/**
 * Type tests of the theming API, checked by `tsc -p .` (not run by vitest): each `@ts-expect-error`
 * must stay an error.
 */
import { AuthNFlow, Button, createAuthNClient, useChoiceStep, type ButtonProps } from '../../src/index.js';

const client = createAuthNClient({ baseUrl: '/authn/', clientToken: 'pcl_x' });

export const themed = <AuthNFlow client={client} theme={{ colorAccent: '#0f766e', radius: '12px', density: 0.8, dark: { colorBg: '#000' } }} />;
// @ts-expect-error: theme keys are the kit's tokens
export const unknownToken = <AuthNFlow client={client} theme={{ colourAccent: '#0f766e' }} />;

export const classes = <AuthNFlow client={client} classNames={{ button: 'btn', field: 'row', 'password-step': 'step' }} />;
// @ts-expect-error: classNames keys are part names
export const unknownPart = <AuthNFlow client={client} classNames={{ buton: 'btn' }} />;

export const primitives = (
  <AuthNFlow client={client} components={{ Button: (props: ButtonProps) => <Button {...props} />, carrier_pigeon: () => null }} />
);

export function PasswordData() {
  const step = useChoiceStep('password');
  // Typed by choice: the password step's data and update body.
  const signUp: boolean | undefined = step.data?.enrollment;
  step.submit({ password: 'x' });
  // @ts-expect-error: a password update has no `code`
  step.submit({ code: '123456' });
  return signUp === true ? null : null;
}
