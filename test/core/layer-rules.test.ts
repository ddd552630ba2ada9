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

describe('the layer rules', () => {
  it.each([
    ['src/core/flow/x.ts', "import { useState } from 'react';\nexport const x = useState;\n", /React-free/],
    ['src/core/api/x.ts', "import { createEmulator } from '@authn-flow-kit/emulator';\nexport const x = createEmulator;\n", /nor the emulator/],
    ['src/react/steps/x.ts', "import { flowMachine } from '../../core/flow/flow.machine.js';\nexport const x = flowMachine;\n", /public entry/],
    ['src/react/flow/x.ts', "import { createEmulator } from '@authn-flow-kit/emulator';\nexport const x = createEmulator;\n", /never imports the emulator/],
    ['emulator/src/engine/x.ts', "import { checkPassword } from '../../../src/core/api/password-policy.js';\nexport const x = checkPassword;\n", /core entry/],
    ['emulator/src/engine/x.ts', "import { AuthNFlow } from 'authn-flow-kit';\nexport const x = AuthNFlow;\n", /authn-flow-kit\/core/],
    ['src/locales/x.ts', "import { messages } from './en.js';\nexport const x = messages;\n", /types only/],
  ])('refuses %s importing across a layer', async (filePath, code, message) => {
    expect(await restrictedImports(filePath, code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['src/react/steps/x.ts', "import { flowMachine } from '../../core/index.js';\nexport const x = flowMachine;\n"],
    ['emulator/src/engine/x.ts', "import { checkPassword } from '../../../src/core/index.js';\nexport const x = checkPassword;\n"],
    ['src/locales/x.ts', "import type { Messages } from '../react/i18n/message-types.js';\nexport type X = Messages;\n"],
  ])('lets %s import through the public entry', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
