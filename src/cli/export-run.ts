/** The export command as a function of its arguments, so tests can run it without a process. */
import { exportData } from '../graph/export/index';
import { parseExportArgs, UsageError, USAGE } from './export-args';
import { InvalidGraphFile, readGraphFile } from './export-read';
import { targetPaths, writeAllOrNothing } from './export-write';

export function runExport(argv: readonly string[]): number {
  try {
    const request = parseExportArgs(argv);
    const graph = readGraphFile(request.input);
    const files = exportData(graph, request.format, { date: new Date() });
    const paths = targetPaths(files, request.out);
    writeAllOrNothing(files, paths);
    for (const path of paths) console.log(path);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof InvalidGraphFile) {
      console.error(error.message);
      return 2;
    }
    console.error(`export: ${(error as Error).message}`);
    return 1;
  }
}
