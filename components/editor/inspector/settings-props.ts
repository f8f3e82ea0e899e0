import type { FlowNodeOf, NodeKind } from "@/lib/flow";

/** What every kind's settings form receives: the selected node, already narrowed to its kind. */
export interface SettingsProps<K extends NodeKind> {
  node: FlowNodeOf<K>;
}
