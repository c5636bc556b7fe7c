/** The export command as a function of its arguments, so tests can run it without a process. */
import { exportData } from '../graph/export/index';
import { parseExportArgs, UsageError, USAGE } from './export-args';
import { InvalidGraphFile, readGraphFile } from './export-read';
import { targetPaths } from './export-write';
import { checkOutputs, testHold, UserError, writeAllOrNothing } from './files';

/** Exit code 0 when written, 2 for the user's mistake (one line naming it), 1 for a bug. */
export async function runExport(argv: readonly string[]): Promise<number> {
  try {
    const request = parseExportArgs(argv);
    const graph = readGraphFile(request.input);
    const files = exportData(graph, request.format, { date: new Date() });
    const paths = targetPaths(files, request.out);
    // Every target checked before anything is written: no table of three left alone.
    checkOutputs('export', paths, [request.input]);
    await writeAllOrNothing(
      'export',
      files.map((file, i) => ({ path: paths[i] as string, content: file.content })),
      testHold(),
    );
    for (const path of paths) console.log(path);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof InvalidGraphFile || error instanceof UserError) {
      console.error(error.message);
      return 2;
    }
    console.error(
      `export: internal error, a bug in Isnad (please report it): ${(error as Error).message}`,
    );
    return 1;
  }
}
