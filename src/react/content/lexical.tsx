import type { ReactNode } from 'react';
import { shiftHeading, type HeadingRank } from './heading-rank.js';
import { EXTERNAL_LINK, safeHref } from './safe-url.js';

/**
 * Lexical editor state (the JSON Pangea's console saves agreement text and disclaimers as, spec §5)
 * turned into React elements. There is no HTML string on this path: every text node becomes a React
 * text child, so nothing in it can become markup, and only the node types below render at all.
 */

type LexicalNode = { type: string } & Record<string, unknown>;

/** Deeper nesting than any real document; stops a hostile payload from exhausting the stack. */
const MAX_DEPTH = 32;

// Lexical's text format bits (lexical/src/LexicalConstants.ts).
const FORMATS: readonly [bit: number, tag: 'strong' | 'em' | 's' | 'u' | 'code' | 'sub' | 'sup' | 'mark'][] = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
];

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function childrenOf(node: LexicalNode): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

/**
 * The root of a Lexical editor state, or `null` when the text is not one (then it is markdown).
 * Only text that looks like a JSON object is parsed.
 */
export function parseLexical(text: string): LexicalNode | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const root = typeof parsed === 'object' && parsed !== null ? (parsed as { root?: unknown }).root : undefined;
    return isNode(root) && root.type === 'root' && Array.isArray(root.children) ? root : null;
  } catch {
    return null;
  }
}

function formatted(text: string, format: unknown, key: number): ReactNode {
  const bits = typeof format === 'number' ? format : 0;
  if (bits === 0) {
    return text;
  }
  // Innermost first: `code` wraps the text, then the emphasis around it.
  const content = FORMATS.reduce<ReactNode>((inner, [bit, Tag]) => ((bits & bit) !== 0 ? <Tag>{inner}</Tag> : inner), text);
  return <span key={key}>{content}</span>;
}

function renderChildren(node: LexicalNode, top: HeadingRank, depth: number): ReactNode[] {
  return childrenOf(node).map((child, index) => renderNode(child, index, top, depth + 1));
}

function renderNode(value: unknown, key: number, top: HeadingRank, depth: number): ReactNode {
  if (!isNode(value) || depth > MAX_DEPTH) {
    return null;
  }
  const node = value;
  switch (node.type) {
    case 'text':
    case 'code-highlight':
      return typeof node.text === 'string' ? formatted(node.text, node.format, key) : null;
    case 'linebreak':
      return <br key={key} />;
    case 'tab':
      return '\t';
    case 'paragraph':
      return <p key={key}>{renderChildren(node, top, depth)}</p>;
    case 'heading': {
      const level = typeof node.tag === 'string' ? Number(node.tag.replace(/^h/, '')) : 1;
      const Tag = `h${shiftHeading(Number.isFinite(level) ? level : 1, top)}` as const;
      return <Tag key={key}>{renderChildren(node, top, depth)}</Tag>;
    }
    case 'quote':
      return <blockquote key={key}>{renderChildren(node, top, depth)}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{renderChildren(node, top, depth)}</code>
        </pre>
      );
    case 'list': {
      const ordered = node.listType === 'number' || node.tag === 'ol';
      const start = typeof node.start === 'number' && node.start !== 1 ? node.start : undefined;
      return ordered ? (
        <ol key={key} start={start}>
          {renderChildren(node, top, depth)}
        </ol>
      ) : (
        <ul key={key}>{renderChildren(node, top, depth)}</ul>
      );
    }
    case 'listitem':
      return <li key={key}>{renderChildren(node, top, depth)}</li>;
    case 'link':
    case 'autolink': {
      const href = safeHref(node.url);
      // A link to somewhere unsafe keeps its words and loses the link.
      return href === undefined ? (
        <span key={key}>{renderChildren(node, top, depth)}</span>
      ) : (
        <a key={key} href={href} {...EXTERNAL_LINK}>
          {renderChildren(node, top, depth)}
        </a>
      );
    }
    default:
      // A node type we do not know (a newer editor, a plugin): keep its text, drop its meaning.
      return childrenOf(node).length > 0 ? <span key={key}>{renderChildren(node, top, depth)}</span> : null;
  }
}

/** The React elements of a Lexical root; headings start at rank `top`. */
export function renderLexical(root: LexicalNode, top: HeadingRank): ReactNode[] {
  return renderChildren(root, top, 0);
}
