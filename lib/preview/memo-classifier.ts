import { trainClassifier, type Classifier, type ClassifierFactory, type LanguagePack } from "@/lib/runtime";

const MAX_CACHED = 500;

/**
 * A classifier factory that trains each distinct intent set once. The runtime caches classifiers
 * per bundle object, and the preview compiles a new bundle on every edit: keyed by content, an
 * edit elsewhere in the flow no longer retrains every intent node (training is deterministic, so
 * a cached classifier is the one training would give).
 */
export function createMemoClassifier(train: ClassifierFactory = trainClassifier): ClassifierFactory {
  const cache = new Map<string, Classifier>();
  return (intents, options) => {
    const key = JSON.stringify([
      intents.map(({ name, examples, keywords, patterns }) => [name, examples, keywords, patterns]),
      options.outOfScope ?? [],
      options.threshold ?? null,
      packKey(options.language),
    ]);
    const cached = cache.get(key);
    if (cached) {
      // refresh its place so the most recently used stay
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const classifier = train(intents, options);
    cache.set(key, classifier);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value ?? key);
    return classifier;
  };
}

const packKeys = new WeakMap<LanguagePack, string>();

/** A language pack's content as a key part, worked out once per pack object (compile shares one). */
function packKey(pack: LanguagePack): string {
  let key = packKeys.get(pack);
  if (key === undefined) packKeys.set(pack, (key = JSON.stringify(pack)));
  return key;
}

/** The one the preview, its test runner and the benchmark share in a page. */
export const previewClassifier: ClassifierFactory = createMemoClassifier();
