/**
 * CSV through papaparse, which quotes cells holding commas, quotes or newlines, so Arabic
 * statements survive. A byte-order mark leads each file: without it Excel reads UTF-8 as a
 * legacy code page and Arabic turns into mojibake.
 *
 * Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (or their full-width forms) is run by Excel and LibreOffice as a formula — `=HYPERLINK(…)` in a
 * quoted statement would become a live link. Such cells get a leading `'`, as OWASP recommends
 * (papaparse's `escapeFormulae`); numbers stay numbers.
 */
import Papa from 'papaparse';
import type { Table } from './rows';

export const BOM = '\uFEFF';

export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function tableToCsv({ columns, rows }: Table): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return (
    BOM +
    Papa.unparse({ fields: columns, data }, { newline: '\r\n', escapeFormulae: FORMULA_START })
  );
}
