import { ApiError, conflictDetails, getFlow, saveFlow, type Flow } from "@/lib/api/flows";
import { addExamples } from "./add-examples";

/** What teaching an intent did: the phrases added (none when it knew them all) and the saved draft. */
export interface TeachResult {
  added: string[];
  flow: Flow;
}

/**
 * Adds `phrases` as examples of `intent` on the draft's intent node `nodeId`, through the flows
 * API with the draft's revision: a new revision of the draft, never a silent overwrite. If
 * someone saved in between (409), the change is applied once more to the draft they saved —
 * adding examples does not depend on the rest of the document, so that is safe.
 */
export async function teachIntent(flowId: string, nodeId: string, intent: string, phrases: readonly string[]): Promise<TeachResult> {
  let { flow } = await getFlow(flowId);
  for (let attempt = 0; ; attempt++) {
    const { document, added } = addExamples(flow.document, nodeId, intent, phrases);
    if (added.length === 0) return { added, flow };
    try {
      const saved = await saveFlow(flowId, { revision: flow.revision, document });
      return { added, flow: saved.flow };
    } catch (error) {
      const current = error instanceof ApiError && error.status === 409 ? conflictDetails(error.details)?.current : undefined;
      if (!current || attempt > 0) throw error;
      flow = current;
    }
  }
}
