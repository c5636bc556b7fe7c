/**
 * Data exports as a user makes them, checked by reading the downloads back with the tools other
 * programs use: graphology's GEXF and GraphML parsers (with xmldom, in Node) and papaparse.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { SerializedGraph } from 'graphology-types';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { graphFromSerialized } from '../../src/graph/index';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openApp, openSession, type Page, type Session } from './browser';

const OUT = join(ARTIFACTS, 'export');

async function exportVia(page: Page, button: string, scope: 'visible' | 'all'): Promise<string> {
  const menu = page.getByTestId('export');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  await page.getByTestId(`export-scope-${scope}`).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${button}`).click(),
  ]);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true }).data;

describe('data export from the menu', () => {
  let session: Session;
  let page: Page;
  let graph: SerializedGraph;

  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'));
    graph = await page.evaluate(() => window.isnad!.store.getState().graph!);
  });
  afterAll(async () => session?.close());

  it('graph JSON of everything is the loaded graph, and reads back as a valid graph file', async () => {
    const json = JSON.parse(await exportVia(page, 'json', 'all')) as SerializedGraph;
    expect(json).toEqual(graph);
    // The contract's reader, as the app and the CLI use it on an opened file.
    const reread = graphFromSerialized(json);
    expect([reread.order, reread.size]).toEqual([graph.nodes.length, graph.edges.length]);
  });

  it.each([
    ['GEXF', 'gexf', (text: string) => parseGexf(Graph, text)],
    ['GraphML', 'graphml', (text: string) => parseGraphml(Graph, text)],
  ] as const)(
    '%s parses back with graphology: same counts and attributes',
    async (_n, button, parse) => {
      const parsed = parse(await exportVia(page, button, 'all'));
      expect(parsed.order).toBe(graph.nodes.length);
      expect(parsed.size).toBe(graph.edges.length);
      for (const node of graph.nodes.slice(0, 25)) {
        const attrs = node.attributes as Record<string, unknown>;
        expect(parsed.getNodeAttribute(node.key, 'label')).toBe(attrs.label);
        expect(parsed.getNodeAttribute(node.key, 'kind')).toBe(attrs.kind);
        if (attrs.kind === 'statement')
          expect(parsed.getNodeAttribute(node.key, 'text')).toBe(attrs.text);
      }
      const kinds = (g: { edges: Array<{ attributes?: Record<string, unknown> }> }) =>
        g.edges.map((e) => e.attributes?.kind).sort();
      expect(kinds(parsed.export())).toEqual(kinds(graph));
    },
  );

  it('CSV statements parse back to one row per statement, Arabic text intact', async () => {
    const rows = csvRows(await exportVia(page, 'csv-statements', 'all'));
    const statements = graph.nodes.filter((n) => n.attributes?.kind === 'statement');
    expect(rows).toHaveLength(statements.length);
    for (const statement of statements) {
      const row = rows.find((r) => r.id === statement.key);
      expect(row?.text).toBe(statement.attributes?.text);
      expect(row?.start).toBe(String(statement.attributes?.start));
    }
    expect(
      rows.filter((r) => r.speaker && /[\u0600-\u06FF]/.test(r.speaker)).length,
    ).toBeGreaterThan(5);
  });

  it('CSV nodes and edges parse back to the same keys', async () => {
    const nodes = csvRows(await exportVia(page, 'csv-nodes', 'all'));
    expect(nodes.map((r) => r.id)).toEqual(graph.nodes.map((n) => n.key));
    expect(nodes.map((r) => r.label)).toEqual(graph.nodes.map((n) => n.attributes?.label));
    const edges = csvRows(await exportVia(page, 'csv-edges', 'all'));
    expect(edges).toHaveLength(graph.edges.length);
  });

  it('“what is visible now” follows the filters on screen', async () => {
    const visible = await page.evaluate(() => {
      const { store, cy } = window.isnad!;
      store.getState().toggleKind('person');
      return new Promise<number>((resolve) =>
        requestAnimationFrame(() => resolve(cy!.nodes().not('.hidden, .dimmed').length)),
      );
    });
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(graph.nodes.length);
    const subset = JSON.parse(await exportVia(page, 'json', 'visible')) as SerializedGraph;
    expect(subset.nodes).toHaveLength(visible);
    expect(graphFromSerialized(subset).order).toBe(visible); // still a valid graph file
    expect(subset.nodes.every((n) => n.attributes?.kind === 'person')).toBe(true);
    const everything = parseGexf(Graph, await exportVia(page, 'gexf', 'all'));
    expect(everything.order).toBe(graph.nodes.length);
    await page.evaluate(() => window.isnad!.store.getState().clearFilters());
  });
});
