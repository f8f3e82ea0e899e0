import { z } from "zod";
import { noteTranscriptLineSchema } from "@/db/queries/tester-notes";

/** POST /api/flows/:id/notes — a tester's note and the conversation it is about. */
export const testerNoteBody = z
  .object({
    text: z.string().trim().min(1, "Write a note").max(5_000, "Keep the note under 5,000 characters"),
    author: z.string().trim().max(100).optional(),
    transcript: z.array(noteTranscriptLineSchema).max(1_000),
  })
  .strict();
