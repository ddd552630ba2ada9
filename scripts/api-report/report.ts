import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The public entries of both packages, and the report file each is recorded in. */
export const ENTRIES = [
  { entry: 'src/index.ts', report: 'api/authn-flow-kit.api.md', name: 'authn-flow-kit' },
  { entry: 'src/core/index.ts', report: 'api/authn-flow-kit-core.api.md', name: 'authn-flow-kit/core' },
  { entry: 'emulator/src/index.ts', report: 'api/emulator.api.md', name: '@authn-flow-kit/emulator' },
  { entry: 'emulator/src/node/index.ts', report: 'api/emulator-node.api.md', name: '@authn-flow-kit/emulator/node' },
] as const;

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const FORMAT =
  ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | ts.TypeFormatFlags.WriteArrowStyleSignature;

const KINDS: [ts.SymbolFlags, string][] = [
  [ts.SymbolFlags.Class, 'class'],
  [ts.SymbolFlags.Function, 'function'],
  [ts.SymbolFlags.Variable, 'const'],
  [ts.SymbolFlags.Interface, 'interface'],
  [ts.SymbolFlags.TypeAlias, 'type'],
  [ts.SymbolFlags.Enum, 'enum'],
];

function kindOf(symbol: ts.Symbol): string {
  return KINDS.find(([flag]) => (symbol.flags & flag) !== 0)?.[1] ?? 'export';
}

/** Past this, a type is shortened to its head and a digest of the whole, which still changes with it. */
const MAX_TYPE_LENGTH = 240;

function shortened(text: string): string {
  if (text.length <= MAX_TYPE_LENGTH) {
    return text;
  }
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return `${text.slice(0, MAX_TYPE_LENGTH)}… (${text.length} chars, sha256 ${digest})`;
}

/** An interface's members, which `typeToString` would print as the interface's name alone. */
function membersOf(checker: ts.TypeChecker, type: ts.Type, at: ts.Node): string {
  const members = checker
    .getPropertiesOfType(type)
    .map((property) => {
      const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
      return `${property.name}${optional}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(property, at), at, FORMAT)}`;
    });
  return `{ ${members.join('; ')} }`;
}

/** One line per export: its kind, its name and its type as the checker prints it. */
function lineOf(checker: ts.TypeChecker, exported: ts.Symbol, at: ts.Node): string {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const kind = kindOf(symbol);
  if (kind === 'interface') {
    return `interface ${exported.name} ${shortened(membersOf(checker, checker.getDeclaredTypeOfSymbol(symbol), at))}`;
  }
  const type = kind === 'type' ? checker.getDeclaredTypeOfSymbol(symbol) : checker.getTypeOfSymbolAtLocation(symbol, at);
  const text = checker.typeToString(type, at, FORMAT | (kind === 'type' ? ts.TypeFormatFlags.InTypeAlias : 0));
  return `${kind} ${exported.name}: ${shortened(text)}`;
}

/** The report of every entry, by report path: what a change to the public surface must update. */
export function apiReports(): Map<string, string> {
  const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (config === undefined) {
    throw new Error('tsconfig.json could not be read');
  }
  const program = ts.createProgram({ rootNames: ENTRIES.map(({ entry }) => `${ROOT}${entry}`), options: config.options });
  const checker = program.getTypeChecker();
  const reports = new Map<string, string>();
  for (const { entry, report, name } of ENTRIES) {
    const source = program.getSourceFile(`${ROOT}${entry}`);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (source === undefined || module === undefined) {
      throw new Error(`${entry} has no exports`);
    }
    // Sorted by code unit, not by locale, so every machine writes the same file.
    const lines = checker
      .getExportsOfModule(module)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((exported) => lineOf(checker, exported, source));
    reports.set(report, [`# \`${name}\`: public API`, '', 'Made by `npm run api:report`; a change to the public surface updates it.', '', '```ts', ...lines, '```', ''].join('\n'));
  }
  return reports;
}
