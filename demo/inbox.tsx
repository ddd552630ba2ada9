import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchOutbox, safeLink, type SentMessage } from './handouts.js';

export const OUTBOX_QUERY = ['demo', 'outbox'] as const;

/** Often enough that a code is there by the time you look; the hand-out is a local read. */
const POLL_MS = 1500;

/**
 * What the emulator "sent", newest first: codes to copy and links to open in a new tab, so the
 * email and text-message methods can be tried without an inbox or a phone.
 */
export function Inbox() {
  const headingId = useId();
  // Polls only while the page is visible (react-query's default): a background tab costs nothing.
  const outbox = useQuery({ queryKey: OUTBOX_QUERY, queryFn: fetchOutbox, refetchInterval: POLL_MS });
  const messages = outbox.data ?? [];
  return (
    <section className="demo-card demo-inbox" aria-labelledby={headingId}>
      <header className="demo-inbox-header">
        <h2 id={headingId}>Inbox</h2>
        <span className="demo-count">{messages.length === 1 ? '1 message' : `${messages.length} messages`}</span>
      </header>
      <p className="demo-hint">Emails and texts the emulator sent. Nothing leaves this machine.</p>
      {outbox.isError ? (
        <p className="demo-empty">The emulator&apos;s outbox didn&apos;t answer.</p>
      ) : messages.length === 0 ? (
        <p className="demo-empty">Nothing sent yet. Choose a code or a link in the flow and it shows up here.</p>
      ) : (
        <ol className="demo-messages">
          {messages.map((message, index) => (
            // The outbox only grows: a message's place from the oldest end never changes.
            <Message key={messages.length - index} message={message} newest={index === 0} />
          ))}
        </ol>
      )}
    </section>
  );
}

function Message({ message, newest }: { message: SentMessage; newest: boolean }) {
  const link = safeLink(message.link);
  return (
    <li className="demo-message" data-channel={message.channel} data-newest={newest || undefined}>
      <p className="demo-message-meta">
        <span className="demo-channel">{message.channel === 'sms' ? 'Text' : 'Email'}</span>
        <span className="demo-to">{message.to}</span>
      </p>
      <p className="demo-subject">{message.subject}</p>
      {message.code !== undefined ? <CodeToCopy code={message.code} /> : null}
      {link !== null ? (
        <a className="demo-button demo-button-secondary" href={link} target="_blank" rel="noopener noreferrer">
          Open the link
          <span className="demo-visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : null}
    </li>
  );
}

/** How long "Copied" shows. */
const COPIED_MS = 2000;

function CodeToCopy({ code }: { code: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) {
      return;
    }
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <div className="demo-code-row">
      <code className="demo-code">{code}</code>
      <button
        type="button"
        className="demo-button demo-button-secondary demo-copy"
        aria-label={`Copy ${code}`}
        onClick={() => {
          // No clipboard (an insecure origin, or permission refused): the code stays selectable.
          const clipboard = navigator.clipboard as Clipboard | undefined;
          clipboard?.writeText(code).then(
            () => setCopied(true),
            () => undefined,
          );
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
      <span className="demo-visually-hidden" role="status">
        {copied ? `Copied ${code}` : ''}
      </span>
    </div>
  );
}
