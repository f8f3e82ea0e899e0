/** lib/flow: the flow document and runtime bundle, defined once (zod), and what turns one into the other. */
export * from "./json";
export * from "./settings";
export * from "./document";
export * from "./bundle";
export * from "./node-kinds";
export { compileFlow, FlowCompileError, type CompileMeta } from "./compile";
export { canonicalJson } from "./canonical-json";
export { newFlowDocument } from "./new-document";
export { validate, validateAndCompile, problemCodes, type Problem, type ProblemCode } from "./validate";
export { migrateDocument, FlowMigrationError } from "./migrate";
export { migrations, type Migration, type RawDocument } from "./migrations";
export { findTemplateVariables } from "./templates";
export { supportedOperators } from "./validate/json-logic";
export { builtInVariables } from "./validate/rules/variables";
