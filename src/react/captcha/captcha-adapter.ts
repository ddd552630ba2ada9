/**
 * The `captcha` prop of `<AuthNFlow>`: how the captcha step draws a widget and gets a token. The
 * flow's `captcha` choice gives a site key; the step hands the widget's token to
 * `flow/update captcha {code}`. An adapter is plain DOM, so any vendor (or a test fake) fits.
 */
export interface CaptchaAdapter {
  /** Names the adapter in `data-captcha` on the widget's container, e.g. `recaptcha-enterprise`. */
  readonly name: string;
  /**
   * Draws a widget into `container` (empty, owned by the adapter until `destroy`). May load a
   * script first: reject with a `CaptchaError` when that fails or takes too long, and stop when
   * `options.signal` aborts (the step left, or asked for a fresh widget).
   */
  render(container: HTMLElement, options: CaptchaRenderOptions): CaptchaWidget | Promise<CaptchaWidget>;
}

export interface CaptchaRenderOptions {
  /** The project's site key, from the `captcha` choice (`site_key`). */
  siteKey: string;
  /** The widget's language (BCP 47), from the page: `<html lang>`. @default undefined */
  language: string | undefined;
  /** The flow's resolved colour scheme, for widgets that have a dark look. */
  colorScheme: 'light' | 'dark';
  /** Text for widgets the kit draws itself (the emulator's); vendor widgets bring their own. */
  labels: CaptchaLabels;
  /** Aborted when the widget is no longer wanted: stop loading, and call nothing after it. */
  signal: AbortSignal;
  /** The user passed the check: the token goes to the server at once. */
  onToken(token: string): void;
  /** The token ran out before it was used: the step resets the widget and says so. */
  onExpired(): void;
  /** The widget failed (network, a bad site key): the step offers to draw it again. */
  onError(error: unknown): void;
}

export interface CaptchaLabels {
  /** The check button of the emulator's in-page widget, e.g. "I'm not a robot". */
  check: string;
  /** The `title` of a widget's frame, for screen readers. */
  frame: string;
}

/** A drawn widget. */
export interface CaptchaWidget {
  /** Clears the check, for a new token (after expiry). */
  reset(): void;
  /** Removes the widget and its listeners; the container is then empty. */
  destroy(): void;
}

/** Why a widget could not be drawn. */
export type CaptchaErrorKind = 'load-failed' | 'load-timeout' | 'widget-failed';

/** What adapters reject `render` with, so the step can say what went wrong. */
export class CaptchaError extends Error {
  override readonly name = 'CaptchaError';
  readonly kind: CaptchaErrorKind;

  constructor(kind: CaptchaErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}
