import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, tableToCsv } from '../../../src/graph/export/csv';
import { exportData, graphTables } from '../../../src/graph/export/index';
import { fixtureGraph, TRICKY_STATEMENT } from './fixture';

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;

describe('CSV keeps Arabic cells intact', () => {
  it.each([
    ['an Arabic comma', 'قال، ثم أضاف'],
    ['a Latin comma inside Arabic', 'موسكو, واشنطن'],
    ['double quotes', 'قال: "لا"'],
    ['guillemets', '«مواضيع ذات صلة»'],
    ['a line break', 'السطر الأول\nالسطر الثاني'],
    ['a Windows line break', 'أ\r\nب'],
    ['a leading minus (kept, not escaped as a formula)', '-أنكوراج'],
    ['the tricky statement of the fixture', TRICKY_STATEMENT],
  ])('%s', (_title, text) => {
    const csv = tableToCsv({ columns: ['id', 'text'], rows: [{ id: 'a', text }] });
    expect(parse(csv)).toEqual([{ id: 'a', text }]);
  });

  it('starts with a byte-order mark so Excel reads UTF-8', () => {
    expect(tableToCsv({ columns: ['a'], rows: [] }).startsWith(BOM)).toBe(true);
  });
});

describe('the three tables of a graph', () => {
  const tables = graphTables(fixtureGraph);

  it('statements name the speaker, the delegation, what is mentioned and their source', () => {
    expect(tables.statements.rows).toEqual([
      {
        id: 'statement:1',
        speaker: 'سيرغي لافروف',
        delegation: 'الوفد الروسي',
        text: TRICKY_STATEMENT,
        mode: 'direct',
        cue: 'قال',
        mentions: '-أنكوراج',
        article: 'summit',
        start: expect.any(Number),
        end: expect.any(Number),
        article_title: 'قمة أنكوراج: لافروف يتحدث',
        outlet: 'مثال',
        url: '',
        date: '',
      },
    ]);
  });

  it('nodes lead with id, kind and label, then every other attribute', () => {
    expect(tables.nodes.columns.slice(0, 3)).toEqual(['id', 'kind', 'label']);
    expect(tables.nodes.columns).toEqual(expect.arrayContaining(['text', 'x', 'y', 'mentions']));
    expect(tables.nodes.rows).toHaveLength(fixtureGraph.nodes.length);
  });

  it('edges carry both labels beside the keys', () => {
    expect(tables.edges.rows[1]).toEqual({
      id: 'member:1',
      source: 'person:lavrov',
      target: 'delegation:russia',
      source_label: 'سيرغي لافروف',
      target_label: 'الوفد الروسي',
      kind: 'member_of',
      mentions: 'summit@0-3',
    });
  });

  it('exportData writes one CSV file per table, and they parse back to the same rows', () => {
    const files = exportData(fixtureGraph, 'csv', { date: new Date(2026, 10, 29) });
    expect(files.map((f) => f.name)).toEqual([
      'isnad-qma-ankwraj-lafrwf-ythdth-2026-11-29-statements.csv',
      'isnad-qma-ankwraj-lafrwf-ythdth-2026-11-29-nodes.csv',
      'isnad-qma-ankwraj-lafrwf-ythdth-2026-11-29-edges.csv',
    ]);
    const asText = (rows: ReadonlyArray<Record<string, unknown>>) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])));
    expect(parse(files[0]!.content)).toEqual(asText(tables.statements.rows));
    expect(parse(files[2]!.content)).toEqual(asText(tables.edges.rows));
  });
});
