import { firstIssueOf, issuesOf, type AuthNError, type FlowIssue } from '../../core/index.js';

/** The one issue of an error outside a form: why a list or a sign-out could not be done. */
export function issueOfError(error: AuthNError): FlowIssue {
  // An error always has an issue of its own: `firstIssueOf`'s fallback status is never needed here.
  return firstIssueOf(issuesOf(error, undefined));
}
