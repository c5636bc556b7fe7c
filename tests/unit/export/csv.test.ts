import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, tableToCsv } from '../../../src/graph/export/csv';
import { exportData, graphTables } from '../../../src/graph/export/index';
import { fixtureGraph, FORMULA_STATEMENT, TRICKY_STATEMENT, trickyGraph } from './fixture';

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
    ['the tricky statement of the fixture', TRICKY_STATEMENT],
    ['a control character (CSV has no forbidden characters)', 'قمة\u000Bأنكوراج'],
  ])('%s', (_title, text) => {
    const csv = tableToCsv({ columns: ['id', 'text'], rows: [{ id: 'a', text }] });
    expect(parse(csv)).toEqual([{ id: 'a', text }]);
  });

  // What Excel and LibreOffice would run as a formula gets a leading ' (OWASP's advice).
  it.each([
    ['a HYPERLINK formula', '=HYPERLINK("http://x","انقر")', `'=HYPERLINK("http://x","انقر")`],
    ['a plus', '+1+1', "'+1+1"],
    ['a leading minus, even before Arabic', '-أنكوراج', "'-أنكوراج"],
    ['an at sign (Lotus-style @SUM)', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a leading tab', '\t=1+1', "'\t=1+1"],
    ['a leading carriage return', '\r=1+1', "'\r=1+1"],
    ['a full-width equals sign', '\uFF1D1+1', "'\uFF1D1+1"],
    ['an equals sign inside the text (harmless)', 'قال = نعم', 'قال = نعم'],
  ])('neutralizes %s', (_title, text, written) => {
    const csv = tableToCsv({ columns: ['text'], rows: [{ text }] });
    expect(parse(csv)).toEqual([{ text: written }]);
  });

  it('keeps negative numbers as numbers', () => {
    expect(tableToCsv({ columns: ['x'], rows: [{ x: -50 }] })).toBe(`${BOM}x\r\n-50`);
  });

  it('starts with a byte-order mark so Excel reads UTF-8', () => {
    expect(tableToCsv({ columns: ['a'], rows: [] }).startsWith(BOM)).toBe(true);
  });
});

describe('the three tables of a graph', () => {
  const tables = graphTables(fixtureGraph);

  it('statements name the speaker, the delegation and what is mentioned', () => {
    expect(tables.statements.rows).toEqual([
      {
        id: 'statement:1',
        speaker: 'سيرغي لافروف',
        delegation: 'الوفد الروسي',
        speaker_role: 'وزير الخارجية',
        text: TRICKY_STATEMENT,
        mode: 'direct',
        mode_ar: 'مباشر',
        cue: 'قال',
        mentions: '-أنكوراج',
        article_title: 'قمة أنكوراج: لافروف يتحدث',
        outlet: 'مثال',
        url: '',
        date: '',
        article: 'summit',
        start: expect.any(Number),
        end: expect.any(Number),
      },
    ]);
  });

  it('nodes name the country, not its key, and give mentions as the words of the article', () => {
    const lavrov = tables.nodes.rows.find((r) => r.id === 'person:lavrov');
    expect(lavrov).toMatchObject({ country: 'place:russia', mentions: 'سيرغي لافروف' }); // no such node: key kept
    const trump = graphTables(trickyGraph()).nodes.rows.find((r) => r.id === 'person:دونالد ترامب');
    expect(trump).toMatchObject({ country: '-أنكوراج', mentions: 'قال' });
  });

  it('statements carry the article title, outlet, URL and date, and the speaker by name', () => {
    const row = graphTables(trickyGraph()).statements.rows.find((r) => r.id === 'statement:2');
    expect(row).toMatchObject({
      speaker: 'دونالد\u000B ترامب',
      speaker_role: 'الرئيس الأمريكي',
      url: 'https://example.com/news/summit',
      date: '2025-08-15',
      mode: 'reported',
      mode_ar: 'منقول',
    });
  });

  it('a statement written as a formula reaches the spreadsheet as text', () => {
    const [statements] = exportData(trickyGraph(), 'csv', { date: new Date(2026, 10, 29) });
    const row = parse(statements!.content).find((r) => r.id === 'statement:2');
    expect(row?.text).toBe(`'${FORMULA_STATEMENT}`);
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
      mentions: 'قال',
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
    // The one formula-like cell (the «-أنكوراج» mention) comes back with its guard.
    const guarded = tables.statements.rows.map((r) => ({ ...r, mentions: `'${r.mentions}` }));
    expect(parse(files[0]!.content)).toEqual(asText(guarded));
    const guardedEdges = tables.edges.rows.map((r) =>
      r.target_label === '-أنكوراج' ? { ...r, target_label: `'-أنكوراج` } : r,
    );
    expect(parse(files[2]!.content)).toEqual(asText(guardedEdges));
  });
});
