import { issuesOf, type AuthNError, type FlowIssue } from '../../core/index.js';

/** The one issue of an error outside a form: why a list or a sign-out could not be done. */
export function issueOfError(error: AuthNError): FlowIssue {
  const { formError, fieldErrors } = issuesOf(error, undefined);
  return formError ?? Object.values(fieldErrors).find((issue) => issue !== undefined) ?? { code: 'server', status: error.status ?? '' };
}
