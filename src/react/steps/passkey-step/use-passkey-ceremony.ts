import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import type { ChoiceData } from '../../../core/index.js';
import { isRestarting, isUpdating } from '../../hooks/pending-call.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useLatest } from '../../hooks/use-latest.js';
import { passkeysWorkHere } from './use-has-webauthn.js';
import {
  authenticate,
  creationOptionsOf,
  loadWebAuthn,
  passkeyFailureOf,
  register,
  requestOptionsOf,
  type PasskeyCeremony,
  type PasskeyFailure,
} from './webauthn.js';

export type CeremonyState = { kind: 'idle' } | { kind: 'waiting' } | { kind: 'failed'; failure: PasskeyFailure };

type Target =
  | { kind: 'authentication'; options: PublicKeyCredentialRequestOptionsJSON }
  | { kind: 'registration'; options: PublicKeyCredentialCreationOptionsJSON };

export interface UsePasskeyCeremonyOptions {
  kind: Target['kind'];
  data: ChoiceData<'passkey'>;
  /** Run the browser prompt as soon as options are there (the user already asked for a passkey). */
  autoStart: boolean;
  /** Called when a ceremony ends with a failure to show, e.g. to move focus to it. */
  onFailure: () => void;
}

export interface PasskeyCeremonyApi {
  /** The browser has WebAuthn. */
  supported: boolean;
  state: CeremonyState;
  /** `flow/restart passkey` is on its way (the server makes the options). */
  preparing: boolean;
  /** The browser's answer is on its way to `flow/update`. */
  submitting: boolean;
  /** Runs the prompt; asks the server for a new ceremony first when the last one was used. */
  start(): void;
}

/**
 * A WebAuthn ceremony for the flow's passkey choice: `flow/restart passkey {}` makes the options,
 * @simplewebauthn/browser runs the browser's prompt, and the answer goes to `flow/update passkey`.
 * Options are asked for once when the step appears, so a click can start the prompt at once
 * (Safari used to demand that the prompt start in the click's turn).
 */
export function usePasskeyCeremony({ kind, data, autoStart, onFailure }: UsePasskeyCeremonyOptions): PasskeyCeremonyApi {
  const { view, submit, restart } = useAuthNFlow();
  const supported = passkeysWorkHere();
  const target = useMemo<Target | null>(() => {
    if (kind === 'authentication') {
      const options = requestOptionsOf(data);
      return options === null ? null : { kind, options };
    }
    const options = creationOptionsOf(data);
    return options === null ? null : { kind, options };
  }, [kind, data]);
  const [state, setState] = useState<CeremonyState>({ kind: 'idle' });
  const latest = useLatest({ onFailure });
  /** Run as soon as fresh options arrive. */
  const wanted = useRef(autoStart);
  /** Options whose answer was sent: the server may have spent their challenge. */
  const spent = useRef<object | null>(null);
  /** The ceremony on screen; a settled ceremony that is no longer this one is ignored. */
  const running = useRef<PasskeyCeremony | null>(null);
  /** The step asked for options once already; after that only a click does. */
  const prepared = useRef(false);

  const run = useCallback(
    (fresh: Target) => {
      wanted.current = false;
      setState({ kind: 'waiting' });
      const ceremony = fresh.kind === 'authentication' ? authenticate(fresh.options) : register(fresh.options);
      running.current = ceremony;
      ceremony.result.then(
        (update) => {
          if (running.current !== ceremony) {
            return;
          }
          running.current = null;
          spent.current = fresh.options;
          setState({ kind: 'idle' });
          submit('passkey', update);
        },
        (error: unknown) => {
          if (running.current !== ceremony) {
            return;
          }
          running.current = null;
          const failure = passkeyFailureOf(error);
          if (failure === 'aborted') {
            setState({ kind: 'idle' });
            return;
          }
          setState({ kind: 'failed', failure });
          latest.current.onFailure();
        },
      );
    },
    [submit, latest],
  );

  // The library now, so a click does not wait for it.
  useEffect(() => {
    if (supported) {
      loadWebAuthn().catch(() => undefined);
    }
  }, [supported]);

  useEffect(() => {
    if (!supported || view.busy) {
      return;
    }
    if (target === null || target.options === spent.current) {
      // Once on arrival; a failing restart must not be repeated in a loop.
      if (!prepared.current) {
        prepared.current = true;
        restart('passkey', {});
      }
      return;
    }
    prepared.current = true;
    if (wanted.current) {
      run(target);
    }
  }, [supported, view.busy, target, restart, run]);

  useEffect(
    () => () => {
      const ceremony = running.current;
      if (ceremony !== null) {
        running.current = null;
        ceremony.cancel();
        // React's development remount runs this too: the prompt it cancelled comes back.
        wanted.current = true;
      }
    },
    [],
  );

  const start = () => {
    if (!supported || view.busy || state.kind === 'waiting') {
      return;
    }
    if (target !== null && target.options !== spent.current) {
      run(target);
      return;
    }
    wanted.current = true;
    setState({ kind: 'idle' });
    restart('passkey', {});
  };

  return {
    supported,
    state,
    preparing: isRestarting(view, 'passkey'),
    submitting: isUpdating(view, 'passkey'),
    start,
  };
}
