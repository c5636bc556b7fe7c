/**
 * `npm run export -- <graph.json> --format <format> --out <file>`: the app's data
 * exports for scripts. Exit code 2 with one line on stderr for a bad command line, graph file
 * or output path; see export-args.ts for the formats and where files of several parts go.
 */
import { runExport } from './export-run';

process.exitCode = await runExport(process.argv.slice(2));
