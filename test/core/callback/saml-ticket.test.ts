import { describe, expect, it } from 'vitest';
import { SAML_TICKET_PARAM, samlTicketOf, stripSamlTicket } from '../../../src/core/index.js';

const TICKET = 'pxs_2bcbcnlsowvr4ofyxvcmhpszuxadb6fp';

describe('samlTicketOf', () => {
  it('reads the ticket an IdP-initiated SAML sign-in lands with', () => {
    expect(SAML_TICKET_PARAM).toBe('saml_idp_initiated_ticket');
    expect(samlTicketOf(`http://localhost:3000/login?next=1&saml_idp_initiated_ticket=${TICKET}`)).toBe(TICKET);
  });

  it.each([
    ['no ticket', 'http://localhost:3000/login'],
    ['an empty one', 'http://localhost:3000/?saml_idp_initiated_ticket='],
    ['one out of the ticket pattern', 'http://localhost:3000/?saml_idp_initiated_ticket=pxs_%3Cscript%3E'],
    ['a URL it cannot read', 'not a url'],
  ])('reads nothing from %s', (_name, url) => {
    expect(samlTicketOf(url)).toBeUndefined();
  });
});

describe('stripSamlTicket', () => {
  it('removes the ticket and keeps the rest of the URL', () => {
    expect(stripSamlTicket(`http://localhost:3000/login?next=1&saml_idp_initiated_ticket=${TICKET}#top`)).toBe(
      'http://localhost:3000/login?next=1#top',
    );
  });
});
