/** Where the export's files go (written all or nothing by files.ts). */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExportFile } from '../graph/export/index';

/** Where each file goes: `out` itself for one file; suffixed names or a folder for several. */
export function targetPaths(files: readonly ExportFile[], out: string): string[] {
  if (files.length === 1) return [out];
  if (out.endsWith('/') || isDirectory(out)) return files.map((file) => join(out, file.name));
  const base = out.replace(/\.csv$/i, '');
  return files.map((file) => `${base}-${tableSuffix(file.name)}.csv`);
}

/** `isnad-x-2026-11-29-nodes.csv` → `nodes`. */
function tableSuffix(name: string): string {
  return basename(name, '.csv').split('-').pop() ?? 'table';
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
