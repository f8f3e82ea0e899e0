/** One line of a chat as every Baton chat surface shows it (preview, public chat, agent desk). */
export interface ChatMessage {
  id: string;
  from: "user" | "bot" | "agent" | "system";
  /** Plain text: rendered as text, never as HTML. */
  text: string;
  /** Shown above the bubble, e.g. the agent's name. */
  author?: string;
  /** A ticket or callback reference the user keeps (shown as a copyable chip). */
  reference?: string;
  /** Shown dimmed: e.g. the bot part of a conversation the agent desk shows for context. */
  muted?: boolean;
  /** A labelled separator drawn above this message (e.g. "Handed off · user_request"). */
  dividerBefore?: string;
}

/** A button under the latest message; `value` is what is sent (the label when absent). */
export interface ChatQuickReply {
  label: string;
  value?: string | undefined;
}
