/**
 * The whole flow on an emulator a designer configures from Controls: the preset, the providers,
 * passkeys, sign-up, the password policy, an account that already exists. What the emulator sends
 * (codes, links) shows under the flow, so every method can be tried in Storybook.
 */
import { useEffect, useState } from 'react';
import { CALLBACK_STORAGE_KEY } from '../../src/core/index.js';
import { AuthNFlow, createAuthNClient, type AuthNFlowProps } from '../../src/index.js';
import {
  createEmulator,
  createEmulatorHandlers,
  PRESETS,
  type EmulatorConfigInput,
  type OutboxMessage,
  type PresetName,
  type SocialProvider,
} from '@authn-flow-kit/emulator';

const emulator = createEmulator({ config: { scryptCost: 2 ** 10 } });
const client = createAuthNClient({ baseUrl: '/', clientToken: emulator.token });

/** The playground's MSW handlers (the story's `parameters.msw`). */
export const playgroundHandlers = createEmulatorHandlers(emulator);

/** Every social provider the emulator offers. */
export const SOCIAL_PROVIDERS: readonly SocialProvider[] = PRESETS.everything.socialProviders ?? [];

/** The password of `knownUser`. */
export const KNOWN_PASSWORD = 'Story-passw0rd';

export interface PlaygroundProps extends Pick<AuthNFlowProps, 'onComplete' | 'onError'> {
  /** The emulator preset: which methods and steps the flow has. */
  preset: PresetName;
  /** Social providers offered beside the email (over the preset's). */
  providers: SocialProvider[];
  /** Offer passkeys (sign-in beside the email, and as a method). */
  passkeys: boolean;
  /** New users may create an account; off, an unknown email is refused. */
  signUp: boolean;
  /** The password policy's minimum length. */
  passwordMinLength: number;
  /** An account that exists (password `Story-passw0rd`): type it to see the sign-in side. @default none */
  knownUser?: string;
  /** Filled in for the user already, as an app that knows it would pass it. @default none */
  email?: string;
}

function configOf({ preset, providers, passkeys, signUp, passwordMinLength }: PlaygroundProps): EmulatorConfigInput {
  return {
    preset,
    socialProviders: providers,
    passkey: { enabled: passkeys },
    allowSignup: signUp,
    passwordPolicy: { chars_min: passwordMinLength },
    scryptCost: 2 ** 10,
  };
}

/** Through the emulator's own hand-out (behind MSW), as a test would. */
async function createKnownUser(email: string): Promise<void> {
  const response = await fetch(new URL('/__emulator/users', window.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: KNOWN_PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`The playground could not create ${email}: ${await response.text()}`);
  }
}

/** The flow on an emulator set up from the props; a change of set-up starts afresh. */
export function EmulatorPlayground(props: PlaygroundProps) {
  const { knownUser = '', email = '', onComplete, onError } = props;
  const config = configOf(props);
  const setup = JSON.stringify([config, knownUser]);
  const [ready, setReady] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    emulator.reset();
    // The set-up by value: Storybook may hand the same args over as new arrays.
    const [setupConfig] = JSON.parse(setup) as [EmulatorConfigInput, string];
    emulator.setConfig(setupConfig);
    sessionStorage.removeItem(CALLBACK_STORAGE_KEY);
    (knownUser === '' ? Promise.resolve() : createKnownUser(knownUser)).then(
      () => live && setReady(setup),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [setup, knownUser]);
  if (ready !== setup) {
    return null;
  }
  return (
    <div className="story-playground">
      <AuthNFlow
        key={setup}
        client={client}
        cbUri={`${window.location.origin}/`}
        email={email === '' ? undefined : email}
        onComplete={onComplete}
        onError={onError}
      />
      <Sent />
    </div>
  );
}

/** Often enough to read a code as soon as the step says it was sent. */
const POLL_MS = 1000;

/** The emulator's outbox, newest first: a code to type, or word that a link went out. */
function Sent() {
  const [messages, setMessages] = useState<readonly OutboxMessage[]>([]);
  useEffect(() => {
    const timer = setInterval(() => setMessages(emulator.outbox().slice().reverse()), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  if (messages.length === 0) {
    return null;
  }
  return (
    <section className="story-sent" aria-label="Sent by the emulator">
      <ul>
        {messages.map((message, index) => (
          <li key={messages.length - index}>
            {message.code === undefined ? 'A link' : <code>{message.code}</code>} to {message.to} ({message.subject})
          </li>
        ))}
      </ul>
    </section>
  );
}
