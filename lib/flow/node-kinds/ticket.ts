import { z } from "zod";

/**
 * When nobody can take the conversation: collects an email and a description and asks the host to
 * create a ticket. The user always leaves with a reference (`{{ticket_ref}}`).
 */
export const ticketConfigSchema = z.object({
  queue: z.string().default(""),
  askEmail: z.string().default("What email address can we reach you at?"),
  askDescription: z.string().default("Please describe your issue in a few words."),
  /** Said when the answer is not an email address; the node then asks again. */
  invalidEmail: z.string().default("That doesn't look like an email address (name@example.com). What email can we reach you at?"),
  confirmation: z.string().default("Thanks! Your ticket {{ticket_ref}} is open; we'll email you soon."),
});
export type TicketConfig = z.infer<typeof ticketConfigSchema>;

export const ticketDefaults = {
  queue: "",
  askEmail: "What email address can we reach you at?",
  askDescription: "Please describe your issue in a few words.",
  invalidEmail: "That doesn't look like an email address (name@example.com). What email can we reach you at?",
  confirmation: "Thanks! Your ticket {{ticket_ref}} is open; we'll email you soon.",
} as const satisfies TicketConfig;

export const ticketPorts = () => ["created", "failed"] as const;
