/** Where the export's files go (written all or nothing by files.ts). */
import { statSync } from 'node:fs';
import { join } from 'node:path';
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
