/**
 * A small hand-made graph in the contract of src/graph/types.ts, with the Arabic that breaks naive
 * writers: commas (Latin and Arabic), double quotes, a line break, «guillemets», and a label that
 * starts with a minus sign. The sentences are written for this test, after the style of a news
 * report on a summit; they quote no real article.
 */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../../src/graph/types';

export const TRICKY_STATEMENT = 'نحن مستعدون للحوار، دون شروط\nوسنرى, "غداً"';

// The statement is in the article as written: a graph file's offsets must slice back to it.
const text = `قال وزير الخارجية سيرغي لافروف، في مؤتمر صحفي: ${TRICKY_STATEMENT}.\nوأضاف أن الوفد الروسي سيزور أنكوراج.`;

const statementText = TRICKY_STATEMENT;
const statementStart = text.indexOf(statementText);

export const fixtureGraph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> = {
  options: { type: 'directed', multi: false, allowSelfLoops: false },
  attributes: {
    schemaVersion: 1,
    generator: 'tests/unit/export/fixture.ts',
    articles: [{ id: 'summit', title: 'قمة أنكوراج: لافروف يتحدث', text, source: 'مثال' }],
  },
  nodes: [
    {
      key: 'person:lavrov',
      attributes: {
        kind: 'person',
        label: 'سيرغي لافروف',
        labelEn: 'Sergey Lavrov',
        aliases: ['لافروف', 'سيرغي لافروف'],
        role: 'وزير الخارجية',
        country: 'place:russia',
        mentions: [{ article: 'summit', start: 18, end: 30, text: 'سيرغي لافروف' }],
        x: 10,
        y: 20.5,
      },
    },
    {
      key: 'delegation:russia',
      attributes: {
        kind: 'delegation',
        label: 'الوفد الروسي',
        aliases: [],
        mentions: [],
        x: 100,
        y: 0,
      },
    },
    {
      key: 'place:anchorage',
      attributes: {
        kind: 'place',
        label: '-أنكوراج',
        aliases: ['أنكوراج'],
        mentions: [],
        x: -50,
        y: 75,
      },
    },
    {
      key: 'statement:1',
      attributes: {
        kind: 'statement',
        label: 'نحن مستعدون للحوار…',
        aliases: [],
        text: TRICKY_STATEMENT,
        mode: 'direct',
        cue: 'قال',
        article: 'summit',
        start: statementStart,
        end: statementStart + statementText.length,
        speaker: 'person:lavrov',
        mentions: [],
        x: 0,
        y: 0,
      },
    },
  ],
  edges: [
    { key: 'said:1', source: 'person:lavrov', target: 'statement:1', attributes: { kind: 'said' } },
    {
      key: 'member:1',
      source: 'person:lavrov',
      target: 'delegation:russia',
      attributes: {
        kind: 'member_of',
        mentions: [{ article: 'summit', start: 0, end: 3, text: 'قال' }],
      },
    },
    {
      key: 'mentions:1',
      source: 'statement:1',
      target: 'place:anchorage',
      attributes: { kind: 'mentions' },
    },
  ],
};

/**
 * The fixture with what broke the XML and CSV exports: a key with a space and an edge key with an
 * arrow (not NMTOKENs), a vertical tab (U+000B, which Word puts in pasted text) in the title, a
 * label and a statement, a statement that a spreadsheet would run as a formula, an attribute name
 * that is no XML name, and the article's outlet, URL and date.
 */
export const FORMULA_STATEMENT = '=HYPERLINK("http://example.com/x","انقر هنا")';

export function trickyGraph(): typeof fixtureGraph {
  const graph = structuredClone(fixtureGraph);
  // The formula statement is in the article too, so the graph is a valid file (offsets hold).
  const body = graph.attributes!.articles[0]!.text;
  const formulaStart = body.length + 1;
  graph.attributes!.articles[0] = {
    ...graph.attributes!.articles[0]!,
    text: `${body}\n${FORMULA_STATEMENT}`,
    title: 'قمة\u000Bأنكوراج: لافروف يتحدث',
    url: 'https://example.com/news/summit',
    date: '2025-08-15',
  };
  graph.nodes.push(
    {
      key: 'person:دونالد ترامب',
      attributes: {
        kind: 'person',
        label: 'دونالد\u000B ترامب',
        aliases: ['ترامب'],
        role: 'الرئيس الأمريكي',
        country: 'place:anchorage',
        mentions: [{ article: 'summit', start: 0, end: 3, text: 'قال' }],
        x: 200,
        y: -40,
        'weird name <1>': 'x',
      } as never,
    },
    {
      key: 'statement:2',
      attributes: {
        kind: 'statement',
        label: '=HYPERLINK',
        aliases: [],
        text: FORMULA_STATEMENT,
        mode: 'reported',
        cue: 'أضاف',
        article: 'summit',
        start: formulaStart,
        end: formulaStart + FORMULA_STATEMENT.length,
        speaker: 'person:دونالد ترامب',
        mentions: [],
        x: 220,
        y: 10,
      },
    },
  );
  graph.edges.push({
    key: 'person:دونالد ترامب->statement:2',
    source: 'person:دونالد ترامب',
    target: 'statement:2',
    attributes: { kind: 'said' },
  });
  return graph;
}
