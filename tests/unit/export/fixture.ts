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
