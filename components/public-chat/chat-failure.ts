import { ApiError } from "@/lib/api/live";

/** Why the public chat cannot show a conversation, in words for the person at the keyboard. */
export interface ChatFailure {
  kind: "not_found" | "unavailable" | "network" | "other";
  title: string;
  message: string;
}

/** Reads an error from starting or loading a chat. */
export function chatFailureOf(error: unknown): ChatFailure {
  if (error instanceof ApiError) {
    if (error.status === 404) return { kind: "not_found", title: "This chat doesn't exist", message: "The link may be wrong, or the chat was removed." };
    if (error.status === 409 || error.status === 403)
      return { kind: "unavailable", title: "This chat isn't available", message: "It hasn't been published yet, or it is being fixed. Please try again later." };
    if (error.status === 429) return { kind: "other", title: "Too many chats at once", message: "Please wait a minute and try again." };
    if (error.status === 0) return { kind: "network", title: "You're offline", message: "We can't reach the chat server. Check your connection and try again." };
  }
  return { kind: "other", title: "Something went wrong", message: "The chat could not start. Please try again." };
}
