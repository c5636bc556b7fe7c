/**
 * CSV through papaparse, which quotes cells holding commas, quotes or newlines, so Arabic
 * statements survive. A byte-order mark leads each file: without it Excel reads UTF-8 as a
 * legacy code page and Arabic turns into mojibake.
 */
import Papa from 'papaparse';
import type { Table } from './rows';

export const BOM = '\uFEFF';

export function tableToCsv({ columns, rows }: Table): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return BOM + Papa.unparse({ fields: columns, data }, { newline: '\r\n' });
}
