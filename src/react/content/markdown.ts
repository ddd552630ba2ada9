import type { Config } from 'dompurify';
import { shiftHeading, type HeadingRank } from './heading-rank.js';
import { EXTERNAL_LINK, safeHref } from './safe-url.js';

/**
 * Markdown in, sanitised HTML out; headings start at rank `top`. `null`: show it as plain text. The
 * HTML is a `TrustedHTML` where the browser has Trusted Types (DOMPurify's own policy, `dompurify`:
 * a page that enforces them lists it in its `trusted-types` directive), else a string.
 */
export type MarkdownRenderer = (markdown: string, top: HeadingRank) => TrustedHTML | string | null;

/**
 * What the kit parses as markdown at most. marked recurses once per level of nesting, so a few KB of
 * `>` or `- ` overflow the stack while rendering; legal text never nests this deep nor runs this long.
 */
export const MARKDOWN_LIMITS = { maxLength: 50_000, maxDepth: 12 } as const;

/** A blockquote marker or a list item's bullet at the start of what is left of a line. */
const NESTING_MARK = /^[ \t]{0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])/;

/** How deep a line nests: its markers in a row, and its indent (a level per two columns). */
function nestingOf(line: string): number {
  const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
  let depth = Math.floor(indent / 2);
  let rest = line;
  for (let mark = NESTING_MARK.exec(rest); mark !== null && depth <= MARKDOWN_LIMITS.maxDepth; mark = NESTING_MARK.exec(rest)) {
    depth += 1;
    rest = rest.slice(mark[0].length);
  }
  return depth;
}

/** Whether the text is short and shallow enough to parse; otherwise it shows as plain text. */
export function withinMarkdownLimits(markdown: string): boolean {
  return markdown.length <= MARKDOWN_LIMITS.maxLength && markdown.split('\n').every((line) => nestingOf(line) <= MARKDOWN_LIMITS.maxDepth);
}

/**
 * What server markdown may become: text structure and links only. No scripts, no event handlers,
 * no `style`, no forms, frames, media or images (an image is a tracking pixel or a `data:` URL in
 * legal text), no `id`/`class`/`data-*`/`aria-*` that could collide with the page or the kit.
 */
export const SANITIZE_CONFIG = {
  ALLOWED_TAGS: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'kbd',
    'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'sub', 'sup', 'small', 'abbr', 'span',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  ALLOWED_ATTR: ['href', 'title', 'start', 'reversed', 'colspan', 'rowspan', 'scope'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_TAGS: ['script', 'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'img'],
  FORBID_ATTR: ['style', 'id', 'class', 'target', 'rel'],
  KEEP_CONTENT: true,
} satisfies Config;

let loading: Promise<MarkdownRenderer> | undefined;
let loaded: MarkdownRenderer | undefined;

async function createRenderer(): Promise<MarkdownRenderer> {
  // Lazy: marked and DOMPurify are fetched only when some server text is markdown.
  const [{ Marked }, { default: createDOMPurify }] = await Promise.all([import('marked'), import('dompurify')]);
  const marked = new Marked({ gfm: true, async: false });
  // A private instance: the hook below must not change how the app's own DOMPurify behaves.
  const purify = createDOMPurify(window);
  if (!purify.isSupported) {
    // DOMPurify returns its input untouched where it cannot parse HTML: stay with plain text.
    throw new Error('DOMPurify cannot sanitise in this environment');
  }
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') {
      return;
    }
    const href = safeHref(node.getAttribute('href'));
    if (href === undefined) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('href', href);
    node.setAttribute('target', EXTERNAL_LINK.target);
    node.setAttribute('rel', EXTERNAL_LINK.rel);
  });
  return (markdown, top) => {
    if (!withinMarkdownLimits(markdown)) {
      return null;
    }
    try {
      const tokens = marked.lexer(markdown);
      marked.walkTokens(tokens, (token) => {
        if (token.type === 'heading') {
          token.depth = shiftHeading(token.depth, top);
        }
      });
      // The hook adds `target`/`rel` after the attribute check, so FORBID_ATTR strips only the server's.
      return purify.sanitize(marked.parser(tokens), { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: true });
    } catch {
      // Whatever the parser or sanitiser could not take (a stack overflow, say): the text stays readable.
      return null;
    }
  };
}

/** Loads marked and DOMPurify once; a failed load can be tried again. */
export function loadMarkdownRenderer(): Promise<MarkdownRenderer> {
  loading ??= createRenderer().then(
    (renderer) => {
      loaded = renderer;
      return renderer;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The renderer if it has loaded already, so text rendered later shows at once, without a flash. */
export function loadedMarkdownRenderer(): MarkdownRenderer | undefined {
  return loaded;
}
