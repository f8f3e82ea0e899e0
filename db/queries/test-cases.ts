import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { conversationTestCaseSchema, type ConversationTestCase } from "@/lib/flow/test-case";
import { AppError } from "@/lib/errors";
import type { Queryable } from "../open";
import { flowTestCases, type FlowTestCaseRow } from "../schema";
import { getFlow } from "./flows";

/** A stored conversation test case as the API returns it (dates as ISO strings). */
export interface TestCaseRecord {
  id: string;
  flowId: string;
  name: string;
  testCase: ConversationTestCase;
  createdAt: string;
  updatedAt: string;
}

/** The flow's test cases, oldest first (the order they were written in). 404 for an unknown flow. */
export function listTestCases(db: Queryable, flowId: string): TestCaseRecord[] {
  getFlow(db, flowId);
  return db.select().from(flowTestCases).where(eq(flowTestCases.flowId, flowId)).orderBy(asc(flowTestCases.createdAt), sql`rowid`).all().map(toRecord);
}

export function createTestCase(db: Queryable, flowId: string, testCase: ConversationTestCase, now = new Date()): TestCaseRecord {
  getFlow(db, flowId);
  const row = db
    .insert(flowTestCases)
    .values({ id: randomUUID(), flowId, name: testCase.name, case: testCase, createdAt: now, updatedAt: now })
    .returning()
    .get();
  return toRecord(row);
}

/** Replaces a stored case; 404 when the flow or the case (of this flow) does not exist. */
export function updateTestCase(db: Queryable, flowId: string, id: string, testCase: ConversationTestCase, now = new Date()): TestCaseRecord {
  getFlow(db, flowId);
  const row = db
    .update(flowTestCases)
    .set({ name: testCase.name, case: testCase, updatedAt: now })
    .where(and(eq(flowTestCases.flowId, flowId), eq(flowTestCases.id, id)))
    .returning()
    .get();
  if (!row) throw notFound(id);
  return toRecord(row);
}

export function deleteTestCase(db: Queryable, flowId: string, id: string): TestCaseRecord {
  getFlow(db, flowId);
  const row = db.delete(flowTestCases).where(and(eq(flowTestCases.flowId, flowId), eq(flowTestCases.id, id))).returning().get();
  if (!row) throw notFound(id);
  return toRecord(row);
}

function notFound(id: string): AppError {
  return new AppError("not_found", `No test case with id "${id}" in this flow.`, { id });
}

function toRecord(row: FlowTestCaseRow): TestCaseRecord {
  // stored rows were validated on the way in; parsing again keeps the type honest without a cast
  return {
    id: row.id,
    flowId: row.flowId,
    name: row.name,
    testCase: conversationTestCaseSchema.parse(row.case),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
