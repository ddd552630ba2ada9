import { useEffect, useRef, type RefObject } from 'react';
import type { CaptchaAdapter, CaptchaLabels, CaptchaWidget } from '../../captcha/captcha-adapter.js';
import { useLatest } from '../../hooks/use-latest.js';
import { usePartAttributes } from '../../primitives/parts.js';

export interface CaptchaMountProps {
  adapter: CaptchaAdapter;
  siteKey: string;
  labels: CaptchaLabels;
  /** Holds the drawn widget, to reset it. */
  widgetRef: RefObject<CaptchaWidget | null>;
  onDrawn: () => void;
  onToken: (token: string) => void;
  onExpired: () => void;
  onError: (error: unknown) => void;
}

/** The flow's scheme: its root's `data-color-scheme`, with `auto` resolved like the styles do. */
function colorSchemeOf(element: HTMLElement): 'light' | 'dark' {
  const scheme = element.closest<HTMLElement>('[data-part="root"]')?.dataset['colorScheme'];
  if (scheme === 'light' || scheme === 'dark') {
    return scheme;
  }
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * One widget drawn by the adapter into an element React leaves empty. A new `key` draws a new
 * widget; unmounting aborts a widget still loading and destroys a drawn one.
 * @selector [data-scope="authn"][data-part="captcha-widget"][data-captcha=<adapter name>]
 */
export function CaptchaMount({ adapter, siteKey, labels, widgetRef, ...handlers }: CaptchaMountProps) {
  const partAttributes = usePartAttributes();
  const containerRef = useRef<HTMLDivElement>(null);
  const latest = useLatest({ labels, ...handlers });
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) {
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    // Nothing reaches the step after the widget is gone: a late vendor callback is dropped here.
    const live =
      <A extends unknown[]>(call: (...args: A) => void) =>
      (...args: A) => {
        if (!signal.aborted) {
          call(...args);
        }
      };
    let widget: CaptchaWidget | null = null;
    Promise.resolve()
      .then(() =>
        adapter.render(container, {
          siteKey,
          language: document.documentElement.lang || undefined,
          colorScheme: colorSchemeOf(container),
          labels: latest.current.labels,
          signal,
          onToken: live((token: string) => latest.current.onToken(token)),
          onExpired: live(() => latest.current.onExpired()),
          onError: live((error: unknown) => latest.current.onError(error)),
        }),
      )
      .then(
        (drawn) => {
          if (signal.aborted) {
            drawn.destroy();
            return;
          }
          widget = drawn;
          widgetRef.current = drawn;
          latest.current.onDrawn();
        },
        live((error: unknown) => latest.current.onError(error)),
      );
    return () => {
      controller.abort();
      widget?.destroy();
      if (widgetRef.current === widget) {
        widgetRef.current = null;
      }
      container.replaceChildren();
    };
  }, [adapter, siteKey, widgetRef, latest]);
  return <div ref={containerRef} data-captcha={adapter.name} {...partAttributes('captcha-widget')} />;
}
