/**
 * Writes every file or none: each goes to a temporary name beside its target first, and only
 * when all are written are they renamed into place.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportFile } from '../graph/export/index';

/**
 * Where each file goes: `out` itself for one file, or its default name inside `out` when that is
 * a folder; for several, `<out without extension>-<part>.<extension>` or default names in a folder.
 */
export function targetPaths(files: readonly ExportFile[], out: string): string[] {
  if (out.endsWith('/') || isDirectory(out)) return files.map((file) => join(out, file.name));
  if (files.length === 1) return [out];
  return files.map((file) => {
    const base = out.endsWith(`.${file.extension}`)
      ? out.slice(0, -file.extension.length - 1)
      : out;
    return `${base}-${file.part ?? 'part'}.${file.extension}`;
  });
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
