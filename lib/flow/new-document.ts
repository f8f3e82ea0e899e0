import { CURRENT_SCHEMA_VERSION, type FlowDocument } from "./document";
import { flowSettingsSchema } from "./settings";

/** The document of a brand-new flow: just a Start node, ready for the designer. */
export function newFlowDocument(name: string): FlowDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    nodes: [{ id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} }],
    edges: [],
    variables: [],
    settings: flowSettingsSchema.parse({}),
  };
}
