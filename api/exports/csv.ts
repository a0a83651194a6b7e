import { EXPORT_COLUMNS, type ExportRow } from './export-rows.js';

// OWASP CSV injection: spreadsheets run a cell as a formula when its first character that is not
// blank or a quote is = + - @ (or the full-width forms some of them accept), or when it opens with
// a tab or CR. Notes and names are typed by clients.
const FORMULA_START = /^[\s"']*[=+\-@\t\r＝＋－＠]/;
// Comma is our separator; spreadsheets set to a European locale (Luxembourg) split on semicolons.
const NEEDS_QUOTES = /[",;\r\n]/;

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV with a header row; formulas are defused with a leading apostrophe. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.map((column) => cell(column.title)), ...rows.map((row) => EXPORT_COLUMNS.map((column) => cell(row[column.key])))];
  // A byte-order mark, so that spreadsheet programs read the UTF-8 correctly.
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
