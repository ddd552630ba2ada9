import { useEffect, useRef } from 'react';
import type { FlowView } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import type { ProviderChoice, SamlChoice } from './identifier-mode.js';

/**
 * SAML without a click, as Pangea's views do (spec §5 `saml`): an IdP-initiated sign-in is
 * answered at once (`idp_flow_state`), and when one SAML provider is the only way in, the user is
 * sent there. Once per mount, and never over an error: coming back refused must not loop.
 */
export function useSamlAutoRedirect(view: FlowView, providers: ProviderChoice[], samlOnly: SamlChoice | null): void {
  const { submit, redirect, redirectTarget } = useAuthNFlow();
  const done = useRef(false);
  const idpInitiated = providers.find(
    (entry): entry is SamlChoice => entry.choice === 'saml' && entry.data.idp_init_flow === true,
  );
  const blocked = view.busy || view.formError !== null;
  useEffect(() => {
    if (done.current || blocked) {
      return;
    }
    if (idpInitiated !== undefined) {
      done.current = true;
      const { provider_id, provider_name, state } = idpInitiated.data;
      // An IdP-initiated offer may come without a state (`""` once read): then none is sent back.
      submit('saml', state ? { provider_id, provider_name, idp_flow_state: state } : { provider_id, provider_name });
      return;
    }
    const url = samlOnly === null ? null : redirectTarget(samlOnly.data.redirect_uri ?? '');
    if (url !== null) {
      done.current = true;
      redirect(url);
    }
  }, [blocked, idpInitiated, samlOnly, submit, redirect, redirectTarget]);
}
