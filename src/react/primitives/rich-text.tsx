import { useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import type { HeadingRank } from '../content/heading-rank.js';
import { parseLexical, renderLexical } from '../content/lexical.js';
import { loadedMarkdownRenderer, loadMarkdownRenderer, type MarkdownRenderer } from '../content/markdown.js';
import { usePartAttributes } from './parts.js';

export interface RichTextProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'dangerouslySetInnerHTML'> {
  /** Server text: markdown, or Lexical editor-state JSON (spec §5 agreements, disclaimer). */
  text: string;
  /** The rank the text's top headings get, below the step's own heading. @default 3 */
  headingLevel?: HeadingRank;
  /** The `data-part` name. @default 'rich-text' */
  part?: string;
}

/** Paragraphs of plain text: what markdown shows as until its renderer has loaded (and on the server). */
function PlainText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>);
}

/**
 * Renders text the server wrote (agreements, disclaimers) safely. Lexical JSON becomes React
 * elements directly, with no HTML string at all. Markdown goes through `marked`, then DOMPurify
 * (both loaded on first use); until then, and if they fail to load, it shows as plain text, never
 * as raw HTML. Links keep only http(s) and mailto targets and open in a new tab.
 * @selector [data-scope="authn"][data-part="rich-text"][data-state="lexical" | "markdown" | "plain"]
 */
export function RichText({ text, headingLevel = 3, part = 'rich-text', className, ...rest }: RichTextProps) {
  const partAttributes = usePartAttributes();
  const lexical = useMemo(() => parseLexical(text), [text]);
  const [renderer, setRenderer] = useState<MarkdownRenderer | undefined>(loadedMarkdownRenderer);
  const needsMarkdown = lexical === null && renderer === undefined;

  useEffect(() => {
    if (!needsMarkdown) {
      return;
    }
    let active = true;
    loadMarkdownRenderer().then(
      (loaded) => {
        if (active) {
          setRenderer(() => loaded);
        }
      },
      // Offline or blocked: the plain text stays, which still reads correctly.
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [needsMarkdown]);

  // `null` also when the renderer declines the text (too long, too deep): it stays plain text.
  const html = useMemo(
    () => (lexical === null && renderer !== undefined ? renderer(text, headingLevel) : null),
    [lexical, renderer, text, headingLevel],
  );

  if (lexical !== null) {
    return (
      <div {...rest} {...partAttributes(part, 'lexical', className)}>
        {renderLexical(lexical, headingLevel)}
      </div>
    );
  }
  if (html !== null) {
    // Sanitised just above by DOMPurify with SANITIZE_CONFIG (content/markdown.ts).
    return <div {...rest} {...partAttributes(part, 'markdown', className)} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div {...rest} {...partAttributes(part, 'plain', className)}>
      <PlainText text={text} />
    </div>
  );
}
