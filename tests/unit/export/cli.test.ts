import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../src/cli/export-run';
import { fixtureGraph, TRICKY_STATEMENT } from './fixture';

let dir: string;
let stderr: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-export-cli-'));
  stderr = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void stderr.push(line));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const graphFile = (content: string) => {
  const path = join(dir, 'graph.json');
  writeFileSync(path, content);
  return path;
};

describe('npm run export: invalid input is one clear line, exit code 2, nothing written', () => {
  it.each([
    ['a missing file', null, /export: .*missing\.json: no such file or folder/],
    ['text that is not JSON', 'not json', /is not JSON \(expected an Isnad graph file\)/],
    [
      'JSON without nodes and edges',
      '{"nodes": 3}',
      /not an Isnad graph file: invalid graph file at attributes/,
    ],
    [
      'a graph of another schema version',
      JSON.stringify({ ...fixtureGraph, attributes: { schemaVersion: 99 } }),
      /not an Isnad graph file: .*schemaVersion/,
    ],
    [
      'an edge to a node that does not exist',
      JSON.stringify({
        ...fixtureGraph,
        edges: [{ source: 'person:lavrov', target: 'nobody', attributes: { kind: 'said' } }],
      }),
      /not an Isnad graph file: .*nobody/,
    ],
  ])('%s', async (_title, content, message) => {
    const input = content === null ? join(dir, 'missing.json') : graphFile(content);
    const out = join(dir, 'out.gexf');
    expect(await runExport([input, '--format', 'gexf', '--out', out])).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
    expect(stderr[0]).not.toContain('\n');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['no arguments', [], /no graph file given/],
    ['an unknown format', ['g.json', '--format', 'pdf', '--out', 'x'], /--format must be one of/],
    ['no --out', ['g.json', '--format', 'csv'], /--out <file> is required/],
    ['a flag without its value', ['g.json', '--format'], /--format needs a value/],
    ['an unknown option', ['g.json', '--scale', '2'], /unknown option --scale/],
  ])('a usage error: %s', async (_title, argv, message) => {
    expect(await runExport(argv)).toBe(2);
    expect(stderr[0]).toMatch(message);
    expect(stderr[0]).toContain('usage: npm run export');
  });
});

describe('npm run export writes the formats', () => {
  it.each(['json', 'gexf', 'graphml'])('%s to --out', async (format) => {
    const out = join(dir, `exported.${format}`);
    expect(
      await runExport([
        graphFile(JSON.stringify(fixtureGraph)),
        `--format=${format}`,
        '--out',
        out,
      ]),
    ).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('سيرغي لافروف');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('json round-trips: the output is the same graph', async () => {
    const out = join(dir, 'copy.json');
    await runExport([graphFile(JSON.stringify(fixtureGraph)), '--format', 'json', '--out', out]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(fixtureGraph);
  });

  it('csv to tables.csv: three suffixed files', async () => {
    const out = join(dir, 'tables.csv');
    expect(
      await runExport([graphFile(JSON.stringify(fixtureGraph)), '--format', 'csv', '--out', out]),
    ).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'graph.json',
      'tables-edges.csv',
      'tables-nodes.csv',
      'tables-statements.csv',
    ]);
    const statements = Papa.parse<Record<string, string>>(
      readFileSync(join(dir, 'tables-statements.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { header: true },
    ).data;
    expect(statements[0]?.text).toBe(TRICKY_STATEMENT);
  });

  it('csv to a folder: the three default names inside it', async () => {
    const folder = join(dir, 'tables');
    mkdirSync(folder);
    await runExport([graphFile(JSON.stringify(fixtureGraph)), '--format', 'csv', '--out', folder]);
    expect(readdirSync(folder).sort()).toEqual(
      ['edges', 'nodes', 'statements'].map((table) =>
        expect.stringMatching(
          new RegExp(`^isnad-qma-ankwraj-lafrwf-ythdth-\\d{4}-\\d\\d-\\d\\d-${table}\\.csv$`),
        ),
      ),
    );
  });
});
