import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { FlowIssue } from '../../src/core/flow/flow.issues.js';
import { AuthNError } from '../../src/core/api/errors.js';
import { issuesOf } from '../../src/core/flow/flow.issues.js';
import { messageForIssue, translateIssue } from '../../src/react/i18n/message-for-issue.js';
import { formatMessage, type MessageKey, type MessageValues } from '../../src/react/i18n/messages.js';
import { messages as english } from '../../src/locales/en.js';

const EVERY_ISSUE: FlowIssue[] = [
  { code: 'authentication-failed' },
  { code: 'code-expired' },
  { code: 'code-used' },
  { code: 'invalid-field', rule: 'BelowMinLength' },
  { code: 'rate-limited', retryAfterSeconds: 12.2 },
  { code: 'out-of-step' },
  { code: 'disabled-user' },
  { code: 'travel-blocked' },
  { code: 'unauthorized' },
  { code: 'server', status: 'InternalError' },
  { code: 'network' },
  { code: 'timeout' },
  { code: 'invalid-response' },
  { code: 'expired-flow' },
  { code: 'wrong-method', provider: 'github', displayName: undefined },
  { code: 'email-mismatch' },
  { code: 'callback-failed' },
];

describe('messages', () => {
  it('has a catalog entry for every issue', () => {
    for (const issue of EVERY_ISSUE) {
      const { key } = messageForIssue(issue);
      expect(english[key], issue.code).toBeDefined();
    }
  });

  it('words an issue by its code, as the catalog spells it', () => {
    expect(messageForIssue({ code: 'code-expired' }).key).toBe('error.codeExpired');
    expect(messageForIssue({ code: 'invalid-response' }).key).toBe('error.invalidResponse');
    expect(messageForIssue({ code: 'authentication-failed' }).key).toBe('error.authenticationFailed');
    expect(messageForIssue({ code: 'network' }).key).toBe('error.network');
  });

  it('maps server validation rules to their own keys, with a generic fallback', () => {
    expect(messageForIssue({ code: 'invalid-field', rule: 'BelowMinLength' }).key).toBe('error.field.BelowMinLength');
    expect(messageForIssue({ code: 'invalid-field', rule: 'SomethingNew' }).key).toBe('error.field.invalid');
    expect(messageForIssue({ code: 'invalid-field', rule: 'toString' }).key).toBe('error.field.invalid');
  });

  it('names the field for a wrong password, and waits for the server on rate limits', () => {
    expect(messageForIssue({ code: 'authentication-failed' }, 'password').key).toBe('error.authenticationFailed.password');
    expect(messageForIssue({ code: 'rate-limited', retryAfterSeconds: 12.2 })).toEqual({
      key: 'error.rateLimited',
      values: { count: 13 },
    });
    expect(messageForIssue({ code: 'rate-limited', retryAfterSeconds: undefined }).key).toBe('error.rateLimited.later');
  });

  it('words every server status and validation rule of spec §8 from the catalog, with generic fallbacks', () => {
    for (const status of SERVER_STATUSES) {
      const { key } = messageForIssue({ code: 'server', status });
      expect(english[key], status).toBeDefined();
      expect(key, status).toMatch(/^error\./);
    }
    expect(messageForIssue({ code: 'server', status: 'ServiceNotAvailable' }).key).toBe('error.serviceUnavailable');
    expect(messageForIssue({ code: 'server', status: 'NoCredit' }).key).toBe('error.notConfigured');
    expect(messageForIssue({ code: 'server', status: 'InternalError' }).key).toBe('error.server');
    expect(messageForIssue({ code: 'server', status: 'SomethingNew' }).key).toBe('error.server');
    expect(messageForIssue({ code: 'server', status: 'toString' }).key).toBe('error.server');
    for (const rule of VALIDATION_CODES) {
      const { key } = messageForIssue({ code: 'invalid-field', rule });
      expect(english[key], rule).toBeDefined();
    }
    expect(messageForIssue({ code: 'invalid-field', rule: 'BadFormatUUID' }).key).toBe('error.field.BadFormat');
    expect(messageForIssue({ code: 'invalid-field', rule: 'BelowMinItems' }).key).toBe('error.field.BelowMinLength');
    expect(messageForIssue({ code: 'invalid-field', rule: 'ConfigNotExist' }).key).toBe('error.notConfigured');
  });

  it('never shows what the server wrote: every status, field error and result goes through the catalog', () => {
    const serverText = 'SERVER ENGLISH';
    const t = (key: MessageKey, values?: MessageValues) => formatMessage(english[key], values, 'en');
    for (const status of SERVER_STATUSES) {
      const error = new AuthNError({
        kind: 'api',
        status,
        httpStatus: 400,
        summary: serverText,
        requestId: 'prq_x',
        fieldErrors:
          status === 'ValidationError'
            ? [
                { code: 'BadFormatUUID', detail: serverText, source: '/data/email' },
                { code: 'SomethingNew', detail: serverText, source: '/flow_id' },
              ]
            : [],
        retryAfterSeconds: status === 'TooManyRequests' ? 3 : undefined,
        result: { error: serverText },
      });
      for (const choice of [undefined, 'password', 'email_otp'] as const) {
        const { fieldErrors, formError } = issuesOf(error, choice);
        for (const issue of [formError, ...Object.values(fieldErrors)]) {
          if (issue === null || issue === undefined) {
            continue;
          }
          const text = translateIssue(t, issue);
          expect(text, status).not.toContain(serverText);
          expect(text, status).not.toMatch(/\{\w+\}/);
          expect(text.length, status).toBeGreaterThan(0);
        }
      }
    }
  });

  it('picks plural forms by count, for the locale', () => {
    expect(formatMessage(english['error.rateLimited'], { count: 1 }, 'en')).toBe('Too many attempts. Try again in 1 second.');
    expect(formatMessage(english['error.rateLimited'], { count: 5 }, 'en')).toBe('Too many attempts. Try again in 5 seconds.');
    expect(formatMessage({ zero: 'z {count}', two: 'two', few: 'few {count}', other: 'o {count}' }, { count: 0 }, 'ar')).toBe('z 0');
    expect(formatMessage({ zero: 'z', two: 'two', few: 'few {count}', other: 'o' }, { count: 2 }, 'ar')).toBe('two');
    expect(formatMessage({ zero: 'z', two: 'two', few: 'few {count}', other: 'o' }, { count: 7 }, 'ar')).toBe('few 7');
    // A category the message lacks falls back to `other`; no count at all, too.
    expect(formatMessage({ one: 'one', other: 'other' }, { count: 1 }, 'ja')).toBe('other');
    expect(formatMessage({ one: 'one', other: 'other {count}' })).toBe('other {count}');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Hi {name}, {missing}', { name: 'Ann' })).toBe('Hi Ann, {missing}');
  });

  it('keeps user-facing text out of src/react: JSX text, named attributes, DOM text and attributes', () => {
    const offenders: string[] = [];
    const files = filesUnder(join(import.meta.dirname, '../../src/react')).filter((path) => !CATALOG_FILES.test(path));
    for (const path of files) {
      const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      offenders.push(...literalTextIn(file));
    }
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  it('catches each kind of literal it looks for', () => {
    const source = [
      '<p>Hello</p>;',
      '<p>{"Hello"}</p>;',
      '<p>{`Hello`}</p>;',
      '<b aria-label="Close" />;',
      "<b aria-label={'Close'} />;",
      '<img alt="Logo" />;',
      '<input placeholder="Email" />;',
      '<b title="Tip" />;',
      '<Button pendingLabel="Saving" />;',
      '<b aria-description="Saves" />;',
      "el.setAttribute('aria-label', 'Close');",
      "el.textContent = 'Close';",
      '<b aria-label={ok ? "Yes" : "No"} />;',
      // Not text: ids, class names, data, numbers, punctuation, and catalog lookups.
      '<b id="x" className="y" data-part="root" aria-live="polite" />;',
      "<p>{t('flow.loading')} · 42</p>;",
      "el.setAttribute('data-part', 'root');",
    ].join('\n');
    const file = ts.createSourceFile('probe.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    expect(literalTextIn(file)).toHaveLength(13);
  });
});

/** The English catalog itself. */
const CATALOG_FILES = /[\\/]i18n[\\/](en[\\/]|messages\.ts$)/;

/** Attributes a user reads or hears (also as `…Label` props of the kit's own primitives). */
const NAMED_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** DOM properties that put text on screen or in the accessibility tree. */
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'innerHTML', 'title', 'alt', 'placeholder', 'ariaLabel', 'value']);

function hasWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * Whether a literal in an expression reads as text rather than a token: it has a space, a capital
 * first letter or a non-ASCII letter. `'link'`, `'start-over'` and catalog keys are tokens.
 */
function readsAsText(text: string): boolean {
  return hasWords(text) && !Object.hasOwn(english, text) && (/\s/.test(text.trim()) || /^\p{Lu}/u.test(text.trim()) || /[^\p{ASCII}]/u.test(text));
}

/** String literals (plain or template) that read as text, anywhere under `node`. */
function textLiteralsIn(node: ts.Node): ts.Node[] {
  if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && readsAsText(node.text)) {
    return [node];
  }
  if (ts.isTemplateExpression(node) && [node.head, ...node.templateSpans.map((span) => span.literal)].some((part) => readsAsText(part.text))) {
    return [node];
  }
  // A call is a lookup (`t('key')`), not text; nested JSX is visited on its own.
  if (ts.isCallExpression(node) || ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) {
    return [];
  }
  const found: ts.Node[] = [];
  node.forEachChild((child) => {
    found.push(...textLiteralsIn(child));
  });
  return found;
}

function isNamedAttribute(name: string): boolean {
  return NAMED_ATTRIBUTES.has(name) || /Label$/.test(name);
}

function literalTextIn(file: ts.SourceFile): string[] {
  const offenders: string[] = [];
  const report = (node: ts.Node) => offenders.push(`${file.fileName}: ${node.getText(file).trim()}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) {
      report(node);
    }
    // `{'text'}` or `{cond ? 'a' : 'b'}` as a child.
    if (ts.isJsxExpression(node) && node.expression !== undefined && !ts.isJsxAttribute(node.parent)) {
      textLiteralsIn(node.expression).forEach(report);
    }
    if (ts.isJsxAttribute(node) && isNamedAttribute(node.name.getText(file)) && node.initializer !== undefined) {
      // `aria-label="close"`: any word at all; in an expression, what reads as text.
      if (ts.isStringLiteral(node.initializer) ? hasWords(node.initializer.text) : textLiteralsIn(node.initializer).length > 0) {
        report(node);
      }
    }
    // el.setAttribute('aria-label', 'text')
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'setAttribute' &&
      node.arguments.length === 2 &&
      ts.isStringLiteral(node.arguments[0]!) &&
      isNamedAttribute(node.arguments[0].text)
    ) {
      textLiteralsIn(node.arguments[1]!).forEach(report);
    }
    // el.textContent = 'text'
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      TEXT_PROPERTIES.has(node.left.name.text)
    ) {
      textLiteralsIn(node.right).forEach(report);
    }
    node.forEachChild(visit);
  };
  visit(file);
  return offenders;
}

/** Platform statuses of spec §8 (authn-flow-api.md), the AuthN ones, and a network sentinel. */
const SERVER_STATUSES = [
  'ValidationError',
  'TooManyRequests',
  'NoCredit',
  'Unauthorized',
  'ServiceNotEnabled',
  'ProviderError',
  'MissingConfigIDScope',
  'MissingConfigID',
  'ServiceNotAvailable',
  'NotFound',
  'InternalError',
  'Accepted',
  'Failed',
  'AuthenticationFailure',
  'MfaCodeExpired',
  'DisabledUser',
  'TravelDistanceExceeded',
  'ExpiredToken',
  'InvalidToken',
  'InvalidPayloadReceived',
  'NoStatus',
  'Error',
];

/** Every validation `code` of spec §8. */
const VALIDATION_CODES = `FieldRequired InvalidString InvalidNumber InvalidInteger InvalidObject InvalidArray InvalidNull
  InvalidBool BadFormat BadFormatPangeaDuration BadFormatDateTime BadFormatTime BadFormatDate BadFormatEmail
  BadFormatHostname BadFormatIPv4 BadFormatIPv6 BadFormatIPAddress BadFormatUUID BadFormatURI BadFormatURIReference
  BadFormatIRI BadFormatIRIReference BadFormatJSONPointer BadFormatRelativeJSONPointer BadFormatRegex BadFormatJSONPath
  BadFormatBase64 DoesNotMatchPattern DoesNotMatchPatternProperties NotEnumMember AboveMaxLength BelowMinLength
  AboveMaxItems BelowMinItems NotMultipleOf NotWithinRange UnexpectedProperty InvalidPropertyName AboveMaxProperties
  BelowMinProperties NotContains ContainsTooMany ContainsTooFew ItemNotUnique UnexpectedAdditionalItem InvalidConst
  IsDependentOn IsTooBig IsTooSmall ShouldNotBeValid NoUnevaluatedItems NoUnevaluatedProperties DoesNotExist IsReadOnly
  CannotAddToDefault MustProvideOne MutuallyExclusive BadState InaccessibleURI ProviderDisabled ConfigProjectMismatch
  ConfigServiceMismatch ConfigNotExist`.split(/\s+/);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}
