import { useLayoutEffect, type RefObject } from 'react';

const STORAGE_KEY = 'authn-demo-first-screen';

/** Heights (px) of the flow's first screen, by `<preset>@<card width>`, and the last one by `last@<width>`. */
type Heights = Record<string, number>;

function readHeights(): Heights {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null) {
      return {};
    }
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
  } catch {
    return {};
  }
}

const ROOT = '[data-scope="authn"][data-part="root"]';

/**
 * Keeps the flow card from growing when the first answer fills in the first screen (the providers
 * under the email form) or replaces "Loading…": until it comes, the card is as tall as that screen
 * was last time on this browser (`--demo-first-screen`, which
 * demo.css gives the loading card), for this preset and card width; demo.css holds a first guess
 * per preset for a first visit. The height is measured once the first screen is up.
 */
export function useFirstScreenHeight(stage: RefObject<HTMLElement | null>, preset: string | null, flowKey: number): void {
  useLayoutEffect(() => {
    const element = stage.current;
    if (element === null) {
      return;
    }
    const width = Math.round(element.clientWidth);
    const ownKey = `${preset ?? 'last'}@${width}`;
    const known = readHeights();
    const reserved = known[ownKey] ?? known[`last@${width}`];
    if (reserved === undefined) {
      element.style.removeProperty('--demo-first-screen');
    } else {
      element.style.setProperty('--demo-first-screen', `${reserved}px`);
    }
    let measured = false;
    let frame = 0;
    const measure = () => {
      const root = element.querySelector(ROOT);
      // Measured once the start has answered: not while loading, nor on the form drawn before it.
      const waiting = root?.querySelector(':scope > [data-part="loading-view"]') !== null || root.matches('[data-state="opening"]');
      if (measured || root === null || waiting) {
        return;
      }
      measured = true;
      // The next frame: the first screen's parts have all rendered by then.
      frame = requestAnimationFrame(() => {
        const height = Math.ceil(root.getBoundingClientRect().height);
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...readHeights(), [ownKey]: height, [`last@${width}`]: height }));
      });
    };
    const observer = new MutationObserver(measure);
    observer.observe(element, { childList: true, subtree: true });
    measure();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [stage, preset, flowKey]);
}
