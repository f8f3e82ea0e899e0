/** lib/flow: the flow document and runtime bundle, defined once (zod), and what turns one into the other. */
export * from "./json";
export * from "./settings";
export * from "./document";
export * from "./bundle";
export * from "./node-kinds";
export { compileFlow, FlowCompileError, type CompileMeta } from "./compile";
export { canonicalJson } from "./canonical-json";
export { newFlowDocument } from "./new-document";
