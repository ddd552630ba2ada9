import { firstIssueOf, issuesOf, type AuthNError, type FlowIssue } from '../../core/index.js';

/** The one issue of an error outside a form: why a list or a sign-out could not be done. */
export function issueOfError(error: AuthNError): FlowIssue {
  return firstIssueOf(issuesOf(error, undefined), error.status ?? '');
}
