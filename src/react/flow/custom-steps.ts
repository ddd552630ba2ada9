import type { ComponentType } from 'react';
import type { FlowView } from '../../core/index.js';
import type { FlowComponents, StepComponent } from '../theme/components.js';
import { stepComponentOf } from './step-components.js';

/**
 * The component for the view: a step of the kit or the app's, or, when the phase offers nothing
 * the kit knows, the app's component for one of the choices it does not know (`carrier_pigeon`).
 */
export function screenComponentOf(view: FlowView, components: FlowComponents): StepComponent {
  if (view.step === 'unsupported') {
    // A choice the kit knows but could not use (`unavailable`) is not the app's custom step: an
    // override of the kit's own step for it expects that step's data.
    for (const { choice } of view.unknownChoices.filter((entry) => entry.unavailable !== true)) {
      const custom = Object.hasOwn(components, choice) ? components[choice] : undefined;
      if (custom !== undefined) {
        // A custom step takes no props: it reads the flow from `useCustomChoice(name)`.
        return custom as ComponentType;
      }
    }
  }
  return stepComponentOf(view.step, components);
}
