/** A CSV column: its header and how to read it from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled; lines end with
 * CRLF. A leading `=`, `+`, `-`, `@` (or tab/CR) in a text field gets a `'` in front so a
 * spreadsheet never runs a user's message as a formula.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => field(column.header)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => field(column.value(row))).join(","));
  return lines.join("\r\n") + "\r\n";
}

function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
