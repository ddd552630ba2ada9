import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { defaultMessages, formatMessage, type MessageKey, type Messages, type MessageValues } from './messages.js';

const MessagesContext = createContext<Messages>(defaultMessages);

export interface MessagesProviderProps {
  /** Replaces some entries of the catalog; the rest come from the provider above, or English. */
  messages?: Partial<Messages> | undefined;
  children: ReactNode;
}

/** Layers `messages` over the catalog above it, so an `AuthNFlow` can refine its provider's wording. */
export function MessagesProvider({ messages, children }: MessagesProviderProps) {
  const parent = useContext(MessagesContext);
  const merged = useMemo(() => (messages === undefined ? parent : { ...parent, ...messages }), [parent, messages]);
  return <MessagesContext.Provider value={merged}>{children}</MessagesContext.Provider>;
}

/** Looks a key up in the current catalog and fills its `{name}` placeholders. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function useMessages(): Translate {
  const messages = useContext(MessagesContext);
  return useCallback<Translate>((key, values) => formatMessage(messages[key], values), [messages]);
}
