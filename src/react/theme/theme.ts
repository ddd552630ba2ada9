/**
 * The public design tokens of the kit. Each key is a CSS custom property on the flow's root:
 * `colorAccent` is `--authn-color-accent`, `buttonBg` is `--authn-button-bg`. Global tokens come
 * first; component tokens fall back to them in styles.css (`--authn-button-bg` defaults to
 * `--authn-color-accent`), so one accent colour restyles every part and one part can still differ.
 */
export const THEME_TOKENS = [
  // Colours
  'colorBg',
  'colorFg',
  'colorMuted',
  'colorBorder',
  'colorAccent',
  'colorAccentFg',
  'colorDanger',
  'colorSuccess',
  'colorSurface',
  'colorFocus',
  // Shape, type, spacing, density
  'radius',
  'fontFamily',
  'fontSize',
  // The one bold weight: headings and buttons (and the brand's name); everything else is regular.
  'fontWeightBold',
  'lineHeight',
  'space',
  'density',
  'maxWidth',
  'controlHeight',
  'borderWidth',
  'focusWidth',
  // Components: the flow's card, header, heading, fields, buttons, links
  'rootBg',
  'rootBorder',
  'rootPadding',
  'rootRadius',
  'rootShadow',
  'logoSize',
  'headingFontFamily',
  'headingFontSize',
  'headingFontWeight',
  'labelFontWeight',
  'inputBg',
  'inputFg',
  'inputBorder',
  'inputRadius',
  'buttonBg',
  'buttonFg',
  'buttonRadius',
  'buttonFontWeight',
  'buttonSecondaryBg',
  'buttonSecondaryFg',
  'buttonSecondaryBorder',
  'linkColor',
] as const;

export type AuthNThemeToken = (typeof THEME_TOKENS)[number];

/** Token values: CSS values (`'#1d4ed8'`, `'12px'`), or plain numbers for `density` and `lineHeight`. */
export type AuthNThemeTokens = Partial<Record<AuthNThemeToken, string | number>>;

/**
 * The `theme` prop: tokens for both colour schemes, and optionally other values in the dark one
 * (used with `colorScheme="dark"`, or `"auto"` when the system is dark).
 */
export interface AuthNTheme extends AuthNThemeTokens {
  /** Tokens that differ in the dark scheme. @default undefined */
  dark?: AuthNThemeTokens;
}

/** `colorAccent` → `--authn-color-accent`. */
export function cssVariableOf(token: AuthNThemeToken): `--authn-${string}` {
  return `--authn-${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * A value that cannot leave its declaration: no `;`, braces, angle brackets or backslashes, so a
 * theme taken from a CMS cannot add rules or close the `<style>` element; and that loads nothing:
 * no `url(`, `image(`/`image-set(` or `src(`, which would fetch from anywhere (a tracking beacon, or
 * an exfiltration channel keyed by the page's state). Others are dropped.
 */
const UNSAFE_VALUE = /[;{}<>\\]|\/\*|\b(?:url|image|image-set|src)\s*\(/i;

/**
 * Whether every quote and bracket the value opens, it closes: CSS reads an open `(`, `[` or quote
 * to the end of the sheet, so one would swallow every later token and the dark rules.
 */
function isBalanced(value: string): boolean {
  const closers: string[] = [];
  let quote: string | null = null;
  for (const character of value) {
    if (quote !== null) {
      quote = character === quote ? null : quote;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '(' || character === '[') {
      closers.push(character === '(' ? ')' : ']');
    } else if ((character === ')' || character === ']') && closers.pop() !== character) {
      return false;
    }
  }
  return quote === null && closers.length === 0;
}

// `unknown`: a theme from a CMS's JSON may hold `null` where the types say a string.
function isSafeValue(value: unknown): value is string | number {
  return typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && value.trim() !== '' && !UNSAFE_VALUE.test(value) && isBalanced(value);
}

/** The declarations of a token set, e.g. `{ '--authn-color-accent': '#0f766e' }`; unsafe values left out. */
export function themeToCssVariables(tokens: AuthNThemeTokens): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const token of THEME_TOKENS) {
    const value = tokens[token];
    if (isSafeValue(value)) {
      variables[cssVariableOf(token)] = String(value).trim();
    }
  }
  return variables;
}

function declarations(tokens: AuthNThemeTokens): string {
  return Object.entries(themeToCssVariables(tokens))
    .map(([name, value]) => `${name}:${value};`)
    .join('');
}

/**
 * The stylesheet text for a theme on the root whose `data-authn-theme` is `scopeId`; `''` when the
 * theme sets nothing. Declared on the root itself, which is where styles.css reads `--authn-*`.
 */
export function themeStylesheet(scopeId: string, theme: AuthNTheme): string {
  const root = `[data-scope="authn"][data-part="root"][data-authn-theme="${scopeId.replace(/["\\]/g, '')}"]`;
  const base = declarations(theme);
  const dark = theme.dark === undefined ? '' : declarations(theme.dark);
  let css = base === '' ? '' : `${root}{${base}}`;
  if (dark !== '') {
    css += `${root}[data-color-scheme="dark"]{${dark}}`;
    css += `@media (prefers-color-scheme: dark){${root}[data-color-scheme="auto"]{${dark}}}`;
  }
  return css;
}
