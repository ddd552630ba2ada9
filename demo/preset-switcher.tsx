import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PRESET_NAMES, type PresetName } from '@authn-flow-kit/emulator';
import { applyPreset, fetchConfig, presetOf } from './handouts.js';
import { SelectField } from './select-field.js';

export const CONFIG_QUERY = ['demo', 'emulator-config'] as const;

/** What each preset offers (emulator/src/engine/config/presets.ts). */
export const PRESET_LABELS: Record<PresetName, string> = {
  password: 'Password',
  passwordless: 'Passwordless',
  mfa: 'Password + MFA',
  everything: 'Everything',
};

const PRESET_HINTS: Record<PresetName, string> = {
  password: 'Email and password, sign-up allowed.',
  passwordless: 'Codes and links by email, passkeys, Google and GitHub.',
  mfa: 'A password, then an authenticator app, email or text code.',
  everything: 'Every method, providers, captcha, profile, email check, terms.',
};

/** The preset in force on the demo's emulator, or `null` while unknown or custom. */
export function useCurrentPreset(): PresetName | null {
  const { data } = useQuery({ queryKey: CONFIG_QUERY, queryFn: fetchConfig });
  return data === undefined ? null : presetOf(data);
}

function hintOf(current: PresetName | null | undefined, failed: boolean): string {
  if (failed) {
    return "The emulator's hand-outs didn't answer.";
  }
  if (current === undefined) {
    return '';
  }
  return current === null ? 'A config of its own (set through /__emulator/config).' : PRESET_HINTS[current];
}

interface PresetSwitcherProps {
  /** Called once the new preset is in force: the demo starts a new flow on it. */
  onSwitched: () => void;
}

/** Picks the emulator preset; the flow on screen restarts on the new one. */
export function PresetSwitcher({ onSwitched }: PresetSwitcherProps) {
  const queryClient = useQueryClient();
  const config = useQuery({ queryKey: CONFIG_QUERY, queryFn: fetchConfig });
  const switching = useMutation({
    mutationFn: (preset: PresetName) => applyPreset(preset, config.data),
    onSuccess: (next) => {
      queryClient.setQueryData(CONFIG_QUERY, next);
      onSwitched();
    },
  });
  const current = switching.isPending ? switching.variables : config.data === undefined ? undefined : presetOf(config.data);
  // Before the config is read, and for a config of its own, the select says so.
  const unknown = current === undefined ? 'Loading…' : current === null ? 'Custom' : null;
  const extra = unknown === null ? [] : [{ value: 'unknown' as const, label: unknown }];
  return (
    <SelectField<PresetName | 'unknown'>
      label="Preset"
      value={current ?? 'unknown'}
      options={[...extra, ...PRESET_NAMES.map((name) => ({ value: name, label: PRESET_LABELS[name] }))]}
      disabled={config.isPending || switching.isPending}
      hint={hintOf(current, config.isError || switching.isError)}
      onChange={(preset) => {
        if (preset !== 'unknown') {
          switching.mutate(preset);
        }
      }}
    />
  );
}
