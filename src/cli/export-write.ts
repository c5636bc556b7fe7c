/**
 * Writes every file or none: each goes to a temporary name beside its target first, and only
 * when all are written are they renamed into place.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

export function writeAllOrNothing(files: readonly ExportFile[], paths: readonly string[]): void {
  const temporary = paths.map((path) =>
    join(dirname(path), `.${basename(path)}.${process.pid}.tmp`),
  );
  try {
    files.forEach((file, i) => writeFileSync(temporary[i]!, file.content, 'utf8'));
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true });
    throw error;
  }
  temporary.forEach((path, i) => renameSync(path, paths[i]!));
}
