/** A document on its way through migrations: plain JSON, not yet checked against any schema. */
export type RawDocument = { [key: string]: unknown };

/**
 * One named, tested step that upgrades a document from `from` to `to` (= from + 1). `up` must not
 * mutate its input and must keep anything it does not understand, so the next step (or
 * `validate`) can still report it.
 */
export interface Migration {
  from: number;
  to: number;
  name: string;
  up: (document: RawDocument) => RawDocument;
}
