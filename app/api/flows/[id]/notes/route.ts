import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createTesterNote, listTesterNotes } from "@/db/queries/tester-notes";
import { parseWith, readJson, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";
import { testerNoteBody } from "./schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Testers' notes about preview conversations, newest first: designers read them in the editor. */
export const GET = route(async (_request: Request, context: Context) => {
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  return NextResponse.json({ notes: listTesterNotes(getDb(), id) });
});

export const POST = route(async (request: Request, context: Context) => {
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  const body = await readJson(request, testerNoteBody);
  const author = body.author || undefined;
  return NextResponse.json({ note: createTesterNote(getDb(), id, { text: body.text, author, transcript: body.transcript }) }, { status: 201 });
});
