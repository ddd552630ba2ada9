import type { ComponentType } from 'react';
import type { FlowView } from '../../core/flow/flow.selectors.js';
import type { FlowComponents } from '../theme/appearance.js';
import { stepComponentOf, type StepComponent } from './step-components.js';

/**
 * The component for the view: a step of the kit or the app's, or, when the phase offers nothing
 * the kit knows, the app's component for one of the choices it does not know (`carrier_pigeon`).
 */
export function screenComponentOf(view: FlowView, components: FlowComponents | undefined): StepComponent {
  if (view.step === 'unsupported' && components !== undefined) {
    for (const { choice } of view.unknownChoices) {
      const custom = Object.hasOwn(components, choice) ? components[choice] : undefined;
      if (custom !== undefined) {
        // A custom step takes no props: it reads the flow from `useCustomChoice(name)`.
        return custom as ComponentType;
      }
    }
  }
  return stepComponentOf(view.step, components);
}
