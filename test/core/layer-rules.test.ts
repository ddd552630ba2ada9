import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers of DESIGN.md are lint rules (eslint.config.js): an import across them fails `npm run
 * lint`. Each case is a one-line file at a real path of the layer it would break.
 */
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith('no-restricted-imports'))
    .map((message) => message.message);
}

// The first lint loads the config, and the cycle rule reads the import graph of what a case imports.
describe('the layer rules', { timeout: 15_000 }, () => {
  it.each([
    ['src/core/flow/x.ts', "import { useState } from 'react';\nexport const x = useState;\n", /React-free/],
    ['src/core/api/x.ts', "import { createEmulator } from '@authn-flow-kit/emulator';\nexport const x = createEmulator;\n", /nor the emulator/],
    ['src/react/steps/x.ts', "import { flowMachine } from '../../core/flow/flow.machine.js';\nexport const x = flowMachine;\n", /public entry/],
    ['src/react/flow/x.ts', "import { createEmulator } from '@authn-flow-kit/emulator';\nexport const x = createEmulator;\n", /never imports the emulator/],
    ['emulator/src/engine/x.ts', "import { checkPassword } from '../../../src/core/api/password-policy.js';\nexport const x = checkPassword;\n", /core entry/],
    ['emulator/src/engine/x.ts', "import { AuthNFlow } from 'authn-flow-kit';\nexport const x = AuthNFlow;\n", /authn-flow-kit\/core/],
    ['src/locales/x.ts', "import { messages } from './en.js';\nexport const x = messages;\n", /types only/],
    ['src/react/theme/x.ts', "import type { ButtonProps } from '../primitives/button.js';\nexport type X = ButtonProps;\n", /floor of the React layer/],
    ['src/react/theme/x.ts', "import { flowMachine } from '../../core/flow/flow.machine.js';\nexport const x = flowMachine;\n", /public entry/],
    ['src/react/primitives/x.ts', "import { useAuthNFlow } from '../hooks/use-authn-flow.js';\nexport const x = useAuthNFlow;\n", /primitives sit below/],
    ['src/react/steps/code-step/x.ts', "import { stepComponentOf } from '../../flow/step-components.js';\nexport const x = stepComponentOf;\n", /below the flow root/],
    ['src/react/hooks/x.ts', "import { CodeStep } from '../steps/lazy-steps.js';\nexport const x = CodeStep;\n", /hooks sit below/],
    ['src/react/hooks/x.ts', "import { FlowScreen } from '../flow/flow-screen.js';\nexport const x = FlowScreen;\n", /hooks sit below/],
  ])('refuses %s importing across a layer', async (filePath, code, message) => {
    expect(await restrictedImports(filePath, code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['src/react/steps/x.ts', "import { flowMachine } from '../../core/index.js';\nexport const x = flowMachine;\n"],
    ['emulator/src/engine/x.ts', "import { checkPassword } from '../../../src/core/index.js';\nexport const x = checkPassword;\n"],
    ['src/locales/x.ts', "import type { Messages } from '../react/i18n/message-types.js';\nexport type X = Messages;\n"],
    ['src/react/theme/x.ts', "import type { FlowStepId } from '../../core/index.js';\nexport type X = FlowStepId;\n"],
    ['src/react/primitives/x.ts', "import { useAppearance } from '../theme/appearance.js';\nexport const x = useAppearance;\n"],
    ['src/react/steps/code-step/x.ts', "import { FlowContext } from '../../hooks/flow-context.js';\nexport const x = FlowContext;\n"],
  ])('lets %s import through the public entry', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });

  it('refuses an import that closes a cycle, and lets a type-only one through', async () => {
    // button.tsx imports parts.ts, so parts.ts importing the button back would be a cycle.
    const cycleOf = async (code: string) => {
      const [result] = await eslint.lintText(code, { filePath: 'src/react/primitives/parts.ts' });
      return (result?.messages ?? []).filter((message) => message.ruleId === 'import-x/no-cycle');
    };
    expect(await cycleOf("import { Button } from './button.js';\nexport const x = Button;\n")).toHaveLength(1);
    expect(await cycleOf("import type { ButtonProps } from './button.js';\nexport type X = ButtonProps;\n")).toEqual([]);
  });
});
