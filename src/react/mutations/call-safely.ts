/** A throwing app callback must not turn a successful sign-in into a failed one. */
export function callSafely<T>(callback: ((value: T) => void) | undefined, value: T): void {
  if (callback === undefined) {
    return;
  }
  try {
    callback(value);
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}
