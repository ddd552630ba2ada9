import type { ComponentType, ReactNode, ButtonHTMLAttributes, HTMLAttributes, InputHTMLAttributes, Ref } from 'react';
import type { FlowStepId } from '../../core/index.js';

// What the app can replace through `components`, and the props a replacement gets. The contracts
// live here, below the primitives and the steps that implement them, so the appearance names them
// without importing the components themselves.

/** A step reads everything from `useAuthNFlow()`; it takes no props. */
export type StepComponent = ComponentType;

/**
 * Step id → component. Give some to `<AuthNFlow components>` to replace a step of the kit or to
 * add one for a choice the kit does not render yet (say `email_otp`).
 */
export type StepComponents = Partial<Record<FlowStepId, StepComponent>>;

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  /** Look of the button. Exposed as `data-variant`. @default 'primary' */
  variant?: 'primary' | 'secondary' | 'link';
  /** The `data-part` name, e.g. `submit`. @default 'button' */
  part?: string;
  /** A call is running: the button stays focusable but ignores clicks. @default false */
  pending?: boolean;
  /** Shown instead of `children` while pending, e.g. "Signing in…". @default children */
  pendingLabel?: ReactNode;
  /** Unavailable. Uses `aria-disabled` (still focusable and announced), not `disabled`. @default false */
  disabled?: boolean;
}

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The heading rank; pick the one that fits the page around the flow. @default 2 */
  level?: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  /** The visible label. Every input has one. */
  label: ReactNode;
  /** Help shown under the input and tied to it with `aria-describedby`. @default undefined */
  description?: ReactNode;
  /** The error text; sets `aria-invalid` and is tied to the input with `aria-describedby`. @default undefined */
  error?: string | null | undefined;
  /** More ids for `aria-describedby`, e.g. a password checklist. @default undefined */
  describedBy?: string | undefined;
  /** Rendered after the input inside `data-part="control"`, e.g. a show-password toggle. @default undefined */
  trailing?: ReactNode;
  /** The input element, to focus it. @default undefined */
  inputRef?: Ref<HTMLInputElement>;
  /** Overrides the generated id of the input. @default useId() */
  id?: string;
}

/**
 * Primitives the kit's steps are built from, replaceable everywhere at once. A replacement gets
 * the same props; inside it, the kit's own primitive of that name renders the default, so a
 * wrapper (`(props) => <Button {...props} className="my-btn" />`) needs no other import.
 */
export interface PrimitiveComponents {
  /** @default the kit's Button */
  Button?: ComponentType<ButtonProps>;
  /** @default the kit's TextField */
  TextField?: ComponentType<TextFieldProps>;
  /** @default the kit's Heading */
  Heading?: ComponentType<HeadingProps>;
}

export type PrimitiveName = keyof PrimitiveComponents;

/**
 * Step id → component, primitive name → component, and any other key: a choice this kit does not
 * know (`carrier_pigeon`), rendered when the server offers it. A custom step reads the flow from
 * `useAuthNFlow()` / `useCustomChoice()`, so it stays inside the machine.
 */
export type FlowComponents = StepComponents &
  PrimitiveComponents & {
    [choice: string]:
      | ComponentType
      | ComponentType<ButtonProps>
      | ComponentType<TextFieldProps>
      | ComponentType<HeadingProps>
      | undefined;
  };
