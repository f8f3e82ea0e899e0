/**
 * Builds the portable runtime into public/runtime (or `outDir`):
 *   baton-runtime.mjs    the interpreter (lib/runtime/portable.ts), one minified ESM file, no imports
 *   baton-runtime.d.ts   its types in one self-contained file (also as .d.mts, which TypeScript
 *                        picks for `import … from "./baton-runtime.mjs"`)
 *   baton.mjs            the CLI, runs with plain `node` where there is no node_modules; it imports
 *                        the interpreter from ./baton-runtime.mjs, so its test cases run the shipped file
 * Run: `npm run build:runtime`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { minify } from "terser";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");
const runtimeDir = path.join(root, "lib/runtime");

export interface RuntimeBuild {
  outDir: string;
  files: string[];
  /** Bytes of the minified interpreter and of it gzipped at level 9. */
  size: { minified: number; gzip: number };
}

/**
 * Properties that never cross the runtime's API (the working `Turn`, the executors, the per-bundle `Prepared`
 * cache, the classifier's vectors and weights, a language pack made ready): the minifier may shorten them, which the
 * 12 KB budget needs. A name here must not be a property of anything a caller passes or reads.
 */
const INTERNAL_PROPERTIES =
  /^(prepared|classifierFactory|base|visits|budgetSpent|liveAgentPhrases|classifiers|rowsOf|encode|active|classes|rows|vals|cls|stems|enter|onInput|onEffect|bundle|draft|retry|re|lang|stops|functions|prepositionSet|joins|heads|everyday|sentimentWord|sentimentAny|mentions|aloneRequest|requestRules|negated|featureCache)$/;

/** Builds the three files and returns where they are and how big the interpreter is. */
export async function buildRuntime(options: { outDir?: string } = {}): Promise<RuntimeBuild> {
  const outDir = path.resolve(options.outDir ?? path.join(root, "public/runtime"));
  mkdirSync(outDir, { recursive: true });
  const runtimeFile = path.join(outDir, "baton-runtime.mjs");
  const cliFile = path.join(outDir, "baton.mjs");
  const common = { bundle: true, format: "esm", target: "es2022", legalComments: "none", logLevel: "silent" } as const;
  const bundled = await build({
    ...common,
    entryPoints: [path.join(runtimeDir, "portable.ts")],
    outfile: runtimeFile,
    platform: "neutral",
    minify: true,
    mangleProps: INTERNAL_PROPERTIES,
    write: false,
  });
  writeFileSync(runtimeFile, await minifyAgain(bundled.outputFiles[0]?.text ?? ""));
  await build({
    ...common,
    entryPoints: [path.join(runtimeDir, "cli/bin.ts")],
    outfile: cliFile,
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    plugins: [{ name: "runtime-file", setup: (cli) => cli.onResolve({ filter: /\/driver$/ }, importsTheDriver) }],
  });
  // the .d.ts lists exactly the values the built file exports (portable.ts), plus every type
  const exported = Object.keys(await import(`${pathToFileURL(runtimeFile).href}?t=${Date.now()}`));
  const declarations = bundleDeclarations(new Set(exported));
  const dts = path.join(outDir, "baton-runtime.d.ts");
  writeFileSync(dts, declarations);
  writeFileSync(path.join(outDir, "baton-runtime.d.mts"), declarations);
  const code = readFileSync(runtimeFile);
  return {
    outDir,
    files: [runtimeFile, dts, path.join(outDir, "baton-runtime.d.mts"), cliFile],
    size: { minified: code.length, gzip: gzipSync(code, { level: 9 }).length },
  };
}

/** The CLI takes the driver (and with it the whole interpreter) from the shipped file beside it. */
function importsTheDriver(args: { path: string; resolveDir: string }): { path: string; external: true } | undefined {
  const target = path.resolve(args.resolveDir, args.path);
  return target === path.join(runtimeDir, "driver") ? { path: "./baton-runtime.mjs", external: true } : undefined;
}

/**
 * A terser pass over esbuild's output: its compressor and its frequency-ordered names save about
 * 400 B min+gz that esbuild leaves.
 * The options were picked by measuring gzip. The `unsafe` ones hold for this code: it never `new`s
 * a function expression or reads `this` in one (`unsafe_arrows`, `unsafe_methods`), its getters
 * have no effect a skipped read could miss (`pure_getters`), and what it passes to `String()` and
 * `Number()` is JSON, never a symbol or an object with its own `valueOf` (`unsafe`).
 * `sequences: false` and unwrapped function arguments leave more repeats for gzip to find.
 * `unsafe_comps` may turn `a < b` into `b > a` (safe without custom `valueOf`), `lhs_constants: false`
 * keeps `x === "text"` in that order, `ascii_only` writes the three non-ASCII characters (in the
 * text normaliser) as escapes: −49 B min+gz together, as gzip sees more alike text and fewer
 * distinct bytes. (`unsafe_math` would save 7 B but may change float results; scores must match.)
 * tests/unit/runtime/build.test.ts checks the built file against the source, event by event.
 */
async function minifyAgain(code: string): Promise<string> {
  const result = await minify(code, {
    ecma: 2020,
    module: true,
    compress: {
      passes: 2,
      hoist_funs: true,
      sequences: false,
      pure_getters: true,
      unsafe: true,
      unsafe_arrows: true,
      unsafe_methods: true,
      unsafe_comps: true,
      lhs_constants: false,
    },
    mangle: true,
    format: { comments: false, wrap_func_args: false, ascii_only: true },
  });
  if (result.code === undefined) throw new Error("terser returned no code");
  return orderForGzip(result.code);
}

/**
 * Moves each top-level function declaration, one after another, to the place where the file
 * gzips smallest (−130 B min+gz). Declarations are hoisted, so their order never changes what the
 * module does; but gzip only finds a repeat in the 32 KB before it, and a function next to ones
 * written alike costs less. Two passes over the functions (about 8,000 trial gzips, 8 s): the
 * second, once its neighbours have moved too, saves 20 B more.
 */
export function orderForGzip(code: string): string {
  const file = ts.createSourceFile("runtime.mjs", code, ts.ScriptTarget.Latest);
  const statements = file.statements.map((statement) => ({
    text: code.slice(statement.getStart(file), statement.end),
    movable: ts.isFunctionDeclaration(statement),
  }));
  const size = (order: readonly { text: string }[]) => gzipSync(order.map((statement) => statement.text).join(""), { level: 9 }).length;
  let order = statements;
  let best = size(order);
  for (let pass = 0; pass < 2; pass++) {
    for (const moved of statements.filter((statement) => statement.movable)) {
      const others = order.filter((statement) => statement !== moved);
      for (let at = 0; at <= others.length; at++) {
        const candidate = [...others.slice(0, at), moved, ...others.slice(at)];
        const bytes = size(candidate);
        if (bytes < best) [order, best] = [candidate, bytes];
      }
    }
  }
  return order.map((statement) => statement.text).join("");
}

/**
 * One declaration file for the public API: tsc emits a .d.ts per module, then the modules the
 * index reaches are concatenated with their imports dropped and `export` kept only on what
 * index.ts exports. Works because the runtime's exported names are unique across its files.
 */
export function bundleDeclarations(values: Set<string>): string {
  const emitted = new Map<string, string>();
  const program = ts.createProgram([path.join(runtimeDir, "index.ts")], {
    declaration: true,
    emitDeclarationOnly: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmitOnError: false,
  });
  program.emit(undefined, (file, text) => emitted.set(path.resolve(file).replace(/\.d\.ts$/, ""), text));
  const indexKey = path.join(runtimeDir, "index");
  const index = emitted.get(indexKey);
  if (index === undefined) throw new Error("tsc emitted no declarations for lib/runtime/index.ts");

  const resolveKey = (key: string) => (emitted.has(key) ? key : `${key}/index`);
  const order: string[] = [];
  const visit = (given: string) => {
    const key = resolveKey(given);
    if (order.includes(key)) return;
    order.push(key);
    const text = emitted.get(key) ?? "";
    for (const match of text.matchAll(/(?:from |import\()"(\.{1,2}\/[^"]+)"/g)) {
      visit(path.resolve(path.dirname(key), (match[1] ?? "").replace(/\.(ts|js)$/, "")));
    }
  };
  visit(indexKey);

  const bodies = order
    .filter((key) => key !== indexKey && emitted.has(key))
    .map((key) =>
      (emitted.get(key) ?? "")
        .replace(/^import[\s\S]*?from\s+"[^"]+";\n/gm, "")
        .replace(/^export \{\};\n/gm, "")
        .replace(/^export (type )?\{[^}]*\}( from "[^"]+")?;\n/gm, "")
        .replace(/import\("[^"]+"\)\./g, "")
        .replace(/^export (declare |interface |type |const |function )/gm, (_, word: string) => (word === "const " ? "declare const " : word === "function " ? "declare function " : word)),
    );
  const exports = [...index.matchAll(/^export (type )?\{([^}]*)\}/gm)]
    .map(([, type, names = ""]) => {
      const list = names.split(",").map((name) => name.trim()).filter((name) => name && (type || values.has(name)));
      return list.length ? `export ${type ?? ""}{ ${list.join(", ")} };` : "";
    })
    .filter(Boolean)
    .join("\n");
  return [
    "// Baton runtime — generated by lib/tasks/build-runtime.ts. Do not edit.",
    ...bodies.map((body) => body.trim()),
    exports,
    "",
  ].join("\n\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildRuntime().then(
    (result) => {
      console.log(`runtime → ${path.relative(root, result.outDir)}: ${result.size.minified} B minified, ${result.size.gzip} B min+gz`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
