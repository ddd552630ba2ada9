import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { FlowIssue } from '../../src/core/flow/flow.issues.js';
import { messageForIssue } from '../../src/react/i18n/message-for-issue.js';
import { defaultMessages, formatMessage } from '../../src/react/i18n/messages.js';

const EVERY_ISSUE: FlowIssue[] = [
  { code: 'authentication-failed' },
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
      expect(defaultMessages[key], issue.code).toBeTypeOf('string');
    }
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
      values: { seconds: 13 },
    });
    expect(messageForIssue({ code: 'rate-limited', retryAfterSeconds: undefined }).key).toBe('error.rateLimited.later');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Hi {name}, {missing}', { name: 'Ann' })).toBe('Hi Ann, {missing}');
  });

  it('keeps user-facing text out of the components', () => {
    const offenders: string[] = [];
    const visit = (file: ts.SourceFile, node: ts.Node) => {
      // JSX text with a letter in it, or a literal accessible name.
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) {
        offenders.push(`${file.fileName}: ${node.text.trim()}`);
      }
      if (
        ts.isJsxAttribute(node) &&
        NAMED_ATTRIBUTES.has(node.name.getText(file)) &&
        node.initializer !== undefined &&
        ts.isStringLiteral(node.initializer)
      ) {
        offenders.push(`${file.fileName}: ${node.getText(file)}`);
      }
      node.forEachChild((child) => visit(file, child));
    };
    for (const path of filesUnder(join(import.meta.dirname, '../../src/react'))) {
      const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      visit(file, file);
    }
    expect(offenders).toEqual([]);
  });
});

const NAMED_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : path.endsWith('.tsx') ? [path] : [];
  });
}
