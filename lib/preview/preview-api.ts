import { requestJson } from "@/lib/api/api-error";
import type { ConversationTestCase } from "@/lib/runtime";

/** A stored conversation test case (GET/POST /api/flows/:id/tests). */
export interface StoredTestCase {
  id: string;
  flowId: string;
  name: string;
  testCase: ConversationTestCase;
  createdAt: string;
  updatedAt: string;
}

/** A tester's note with the conversation it is about (GET/POST /api/flows/:id/notes). */
export interface TesterNote {
  id: string;
  flowId: string;
  text: string;
  author: string | null;
  transcript: { from: "user" | "bot" | "agent" | "system"; text: string; at?: string }[];
  createdAt: string;
}

const base = (flowId: string) => `/api/flows/${encodeURIComponent(flowId)}`;

export const listTestCases = (flowId: string) => requestJson<{ tests: StoredTestCase[] }>(`${base(flowId)}/tests`);
export const createTestCase = (flowId: string, testCase: ConversationTestCase) =>
  requestJson<{ test: StoredTestCase }>(`${base(flowId)}/tests`, { method: "POST", body: JSON.stringify({ testCase }) });
export const updateTestCase = (flowId: string, id: string, testCase: ConversationTestCase) =>
  requestJson<{ test: StoredTestCase }>(`${base(flowId)}/tests/${encodeURIComponent(id)}`, { method: "PUT", body: JSON.stringify({ testCase }) });
export const deleteTestCase = (flowId: string, id: string) =>
  requestJson<{ test: StoredTestCase }>(`${base(flowId)}/tests/${encodeURIComponent(id)}`, { method: "DELETE" });

export const listTesterNotes = (flowId: string) => requestJson<{ notes: TesterNote[] }>(`${base(flowId)}/notes`);
export const createTesterNote = (flowId: string, note: { text: string; author?: string; transcript: TesterNote["transcript"] }) =>
  requestJson<{ note: TesterNote }>(`${base(flowId)}/notes`, { method: "POST", body: JSON.stringify(note) });

/** react-query keys, so saving a case or a note refreshes the lists. */
export const previewKeys = {
  tests: (flowId: string) => ["flows", flowId, "tests"] as const,
  notes: (flowId: string) => ["flows", flowId, "notes"] as const,
};
