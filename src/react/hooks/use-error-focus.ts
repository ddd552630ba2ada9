import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { FlowView } from '../../core/index.js';

/** The first invalid field, else the form error: where a failed submit sends focus. */
function focusFirstError(form: HTMLElement | null): void {
  if (form === null) {
    return;
  }
  // The prototype's own method: a control named `querySelector` would shadow the form's.
  const find = (selector: string) => Element.prototype.querySelector.call(form, selector) as HTMLElement | null;
  const target = find('[aria-invalid="true"]') ?? find('[data-part="form-error"][data-state="visible"]');
  target?.focus();
}

/**
 * Moves focus to the first error after a failed submit: when a call ends with errors (the view
 * goes from busy to idle with issues), and when the step's own checks fail (call the returned
 * function). Focus moves after React has rendered the error, so it is read with the field.
 */
export function useErrorFocus(
  formRef: RefObject<HTMLElement | null>,
  view: Pick<FlowView, 'busy' | 'formError' | 'fieldErrors'>,
): () => void {
  const wasBusy = useRef(view.busy);
  const hasIssues = view.formError !== null || Object.keys(view.fieldErrors).length > 0;
  useEffect(() => {
    const failed = wasBusy.current && !view.busy && hasIssues;
    wasBusy.current = view.busy;
    if (failed) {
      focusFirstError(formRef.current);
    }
  }, [view.busy, hasIssues, formRef]);

  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) {
      focusFirstError(formRef.current);
    }
  }, [request, formRef]);
  return useCallback(() => setRequest((count) => count + 1), []);
}
