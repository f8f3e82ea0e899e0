import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createTesterNote, listTesterNotes } from "@/db/queries/tester-notes";
import { requireUser } from "@/lib/auth/require-user";
import { parseWith, readJson, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";
import { testerNoteBody } from "./schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Testers' notes about preview conversations, newest first: designers read them in the editor. */
export const GET = route(async (request: Request, context: Context) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  return NextResponse.json({ notes: listTesterNotes(getDb(), id) });
});

export const POST = route(async (request: Request, context: Context) => {
  const user = await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  const body = await readJson(request, testerNoteBody);
  // A name typed in the dialog still wins (a designer may pass on a tester's words); otherwise
  // the note is signed by whoever is signed in, not left anonymous.
  const author = body.author || user.name.trim() || user.email;
  return NextResponse.json({ note: createTesterNote(getDb(), id, { text: body.text, author, transcript: body.transcript }) }, { status: 201 });
});
