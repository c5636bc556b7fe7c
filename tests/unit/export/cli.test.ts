import { graphFromSerialized } from '../../../src/graph/serialize';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../src/cli/export-run';
import { exportGraphData } from '../../../src/app/export/export-data';
import { DATA_FORMATS } from '../../../src/graph/export/index';
import { fixtureGraph, TRICKY_STATEMENT, trickyGraph } from './fixture';

let dir: string;
let stderr: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-export-cli-'));
  stderr = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void stderr.push(line));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

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
  it.each(['json', 'gexf', 'graphml', 'cyjs', 'ftm'])('%s to --out', async (format) => {
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

  it('json is the same graph, with color and size added for sigma-based tools', async () => {
    const out = join(dir, 'copy.json');
    await runExport([graphFile(JSON.stringify(fixtureGraph)), '--format', 'json', '--out', out]);
    const copy = JSON.parse(readFileSync(out, 'utf8')) as typeof fixtureGraph;
    expect(copy.nodes.map((n) => n.key)).toEqual(fixtureGraph.nodes.map((n) => n.key));
    expect(copy.nodes[0]!.attributes).toEqual({
      ...fixtureGraph.nodes[0]!.attributes,
      color: expect.any(String),
      size: expect.any(Number),
    });
  });

  it('neo4j to g.csv: g-nodes.csv and g-relationships.csv', async () => {
    const out = join(dir, 'g.csv');
    expect(
      await runExport([graphFile(JSON.stringify(fixtureGraph)), '--format', 'neo4j', '--out', out]),
    ).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['g-nodes.csv', 'g-relationships.csv', 'graph.json']);
  });

  // The CLI and the app's menu call the same exporter: for the same graph and day, the same bytes.
  it.each(DATA_FORMATS)('%s: the CLI writes what the app downloads', async (format) => {
    const graph = trickyGraph();
    const out = join(dir, `cli-${format}`);
    mkdirSync(out);
    expect(
      await runExport([graphFile(JSON.stringify(graph)), '--format', format, '--out', out]),
    ).toBe(0);
    // The app exports the graph as it loaded it (a graph file is cleaned at the door).
    const loaded = structuredClone(graph);
    graphFromSerialized(loaded); // checks it and cleans its strings in place, as the CLI does
    const app = exportGraphData(loaded, null, format, 'all', new Date());
    expect(readdirSync(out).sort()).toEqual(app.map((f) => f.name).sort());
    for (const file of app) expect(readFileSync(join(out, file.name), 'utf8')).toBe(file.content);
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
