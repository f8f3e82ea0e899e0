import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";

/** The document the store holds before a flow is loaded: no nodes, default settings. */
export function emptyDocument(name = "Untitled flow"): FlowDocument {
  return flowDocumentSchema.parse({ schemaVersion: 1, name, nodes: [] });
}
