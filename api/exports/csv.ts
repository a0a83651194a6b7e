import { EXPORT_COLUMNS, type ExportRow } from './export-rows.js';

/**
 * RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula
 * (starting with = + - @) are prefixed with an apostrophe: notes are typed by clients.
 */
export function toCsv(rows: readonly ExportRow[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [EXPORT_COLUMNS.map((column) => cell(column.title)), ...rows.map((row) => EXPORT_COLUMNS.map((column) => cell(row[column.key])))];
  // A byte-order mark, so that spreadsheet programs read the UTF-8 correctly.
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
