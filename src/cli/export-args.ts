/** `<graph.json> --format <format> --out <file>` → a request, or a usage error. */
import { DATA_FORMATS, FORMATS, type DataFormat } from '../graph/export/index';

const formatLines = DATA_FORMATS.map(
  (format) =>
    `  ${format.padEnd(8)}${FORMATS[format].label} (.${FORMATS[format].extension}) for ${FORMATS[format].forTools}`,
).join('\n');

export const USAGE = `usage: npm run export -- <graph.json> --format ${DATA_FORMATS.join('|')} --out <file>
${formatLines}
  csv writes three tables: --out t.csv → t-statements.csv, t-nodes.csv, t-edges.csv.
  neo4j writes two: --out g.csv → g-nodes.csv, g-relationships.csv.
  --out <existing folder>/ → isnad-<article>-<date>[-<part>].<ext> in it.`;

export interface ExportRequest {
  input: string;
  format: DataFormat;
  out: string;
}

export class UsageError extends Error {}

export function parseExportArgs(argv: readonly string[]): ExportRequest {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [];
    if (name === undefined) {
      positional.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`export: --${name} needs a value`);
    flags.set(name, value);
  }
  for (const name of flags.keys())
    if (name !== 'format' && name !== 'out')
      throw new UsageError(`export: unknown option --${name}`);
  const [input, ...extra] = positional;
  if (!input) throw new UsageError('export: no graph file given');
  if (extra.length > 0) throw new UsageError(`export: unexpected argument ${extra[0]}`);
  const format = flags.get('format');
  if (!isDataFormat(format))
    throw new UsageError(`export: --format must be one of ${DATA_FORMATS.join(', ')}`);
  const out = flags.get('out');
  if (!out) throw new UsageError('export: --out <file> is required');
  return { input, format, out };
}

function isDataFormat(value: string | undefined): value is DataFormat {
  return (DATA_FORMATS as readonly string[]).includes(value ?? '');
}
