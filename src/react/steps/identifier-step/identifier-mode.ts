import type { ChoiceData, FlowChoice, FlowView } from '../../../core/index.js';

/** What the identifier field asks for, by the project's `username_format`. */
export type IdentifierMode = 'email' | 'username' | 'phone';

export type SocialChoice = Extract<FlowChoice, { choice: 'social' }>;
export type SamlChoice = Extract<FlowChoice, { choice: 'saml' }>;
export type ProviderChoice = SocialChoice | SamlChoice;

export interface IdentifierPlan {
  /** The field to show, and the choice it answers; `null` when no identifier is asked for. */
  field: { mode: IdentifierMode; choice: 'set_email' | 'set_username' } | null;
  providers: ProviderChoice[];
  /** The only way in is one SAML provider: the step sends the user there at once. */
  samlOnly: SamlChoice | null;
  /** Nothing on this step can lead anywhere ("no valid methods"). */
  nothingToOffer: boolean;
}

function isProvider(entry: FlowChoice): entry is ProviderChoice {
  return entry.choice === 'social' || entry.choice === 'saml';
}

/** `required_for: []` means the identifier leads to no method; absent means it does (spec §5). */
function leadsSomewhere(data: ChoiceData<'set_email'> | ChoiceData<'set_username'>): boolean {
  return data.required_for === undefined || data.required_for.length > 0;
}

/**
 * How the step looks for this view: `set_email {email}` for email projects, `set_username
 * {username}` for string and phone ones (a phone as E.164), with whichever of the two is offered.
 */
export function identifierPlanOf(view: FlowView): IdentifierPlan {
  const setEmail = view.choices.find((entry) => entry.choice === 'set_email');
  const setUsername = view.choices.find((entry) => entry.choice === 'set_username');
  const providers = view.choices.filter(isProvider);
  const hasPasskey = view.choices.some((entry) => entry.choice === 'passkey');
  // Whichever the project's format asks for, else the other one.
  const offered = (view.usernameFormat === 'email' ? (setEmail ?? setUsername) : (setUsername ?? setEmail)) ?? null;
  const mode: IdentifierMode =
    offered?.choice !== 'set_username' || view.usernameFormat === 'email' ? 'email' : view.usernameFormat === 'phone' ? 'phone' : 'username';
  // A field that leads nowhere is still the way to a passkey, or the only thing left to show.
  const field =
    offered !== null && (leadsSomewhere(offered.data) || hasPasskey || providers.length === 0)
      ? { mode, choice: offered.choice }
      : null;
  const onlyProvider = providers.length === 1 ? providers[0] : undefined;
  const samlOnly = field === null && !hasPasskey && onlyProvider?.choice === 'saml' ? onlyProvider : null;
  // With no provider and no passkey, the field shows whenever one is offered: it is all there is.
  const nothingToOffer = providers.length === 0 && !hasPasskey && (offered === null || !leadsSomewhere(offered.data));
  return { field, providers, samlOnly, nothingToOffer };
}
