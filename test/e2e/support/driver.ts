import { expect, type Locator, type Page } from '@playwright/test';

/** How a journey is driven: the mouse and `fill`, or the keyboard alone. */
export type InputMode = 'pointer' | 'keyboard';

/** The most Tab presses a control may be away; more means it is not where a keyboard user would find it. */
const MAX_TAB_STOPS = 20;

/**
 * The user's hands. A journey is written once against this and runs in both modes: in keyboard
 * mode every action is Tab / Shift+Tab to the control, checked to be the intended one, then typing,
 * Enter. Nothing is clicked, filled or focused by script.
 */
export interface Driver {
  readonly mode: InputMode;
  /** Replaces the field's text with `text`. */
  fill(field: Locator, text: string): Promise<void>;
  /** Activates a button or link (click / Enter). */
  press(control: Locator): Promise<void>;
  /** Types `text` into the field and submits its form (fill + Enter in both modes). */
  submit(field: Locator, text: string): Promise<void>;
}

export function createDriver(page: Page, mode: InputMode): Driver {
  return mode === 'pointer' ? pointerDriver() : keyboardDriver(page);
}

function pointerDriver(): Driver {
  return {
    mode: 'pointer',
    fill: (field, text) => field.fill(text),
    press: (control) => control.click(),
    submit: async (field, text) => {
      await field.fill(text);
      await field.press('Enter');
    },
  };
}

function keyboardDriver(page: Page): Driver {
  const type = async (field: Locator, text: string) => {
    await focusByKeyboard(page, field);
    await expect(field).toBeEditable();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
  };
  return {
    mode: 'keyboard',
    fill: type,
    press: async (control) => {
      await focusByKeyboard(page, control);
      await expect(control).toBeEnabled();
      await page.keyboard.press('Enter');
    },
    submit: async (field, text) => {
      await type(field, text);
      await page.keyboard.press('Enter');
    },
  };
}

/** Whether `target` has the keyboard focus (in its own document, which has focus: frames count). */
async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element.ownerDocument.activeElement === element && element.ownerDocument.hasFocus());
}

/** Where `target` lies from the focused element: Shift+Tab goes back when it comes earlier. */
async function isBeforeFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    // A control in a frame is compared through its frame element, in the page's own order.
    let node: Element = element;
    while (node.ownerDocument.defaultView?.frameElement) {
      node = node.ownerDocument.defaultView.frameElement;
    }
    const focused = node.ownerDocument.activeElement;
    if (focused === null || focused === node.ownerDocument.body) {
      return false;
    }
    return (focused.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
}

/** A short name of what has focus, for the failure message: `button "Continue"`, `input#email`. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element instanceof HTMLIFrameElement && element.contentDocument?.activeElement) {
      element = element.contentDocument.activeElement;
    }
    if (element === null) {
      return 'nothing';
    }
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${name ? ` "${name}"` : ''}`;
  });
}

/**
 * Moves the focus to `target` with Tab (or Shift+Tab when it lies before the focus) and fails
 * unless it gets there within MAX_TAB_STOPS, listing where the focus went instead.
 */
export async function focusByKeyboard(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  if (await hasFocus(target)) {
    return;
  }
  const key = (await isBeforeFocus(target)) ? 'Shift+Tab' : 'Tab';
  const visited: string[] = [];
  for (let stop = 0; stop < MAX_TAB_STOPS; stop += 1) {
    await page.keyboard.press(key);
    if (await hasFocus(target)) {
      return;
    }
    visited.push(await describeFocus(page));
  }
  throw new Error(`${key} never reached ${target.toString()}; the focus went: ${visited.join(' → ')}`);
}
