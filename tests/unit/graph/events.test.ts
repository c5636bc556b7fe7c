import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/core/types.ts';
import { buildGraph } from '../../../src/graph/index.ts';

/** One article's result with a US side whose members are the given people (keys by name). */
function article(id: string, date: string | undefined, members: string[]): ExtractionResult {
  const person = (name: string) => ({
    key: `person:${name}`,
    kind: 'person' as const,
    label: name,
    aliases: [],
    mentions: [{ article: id, start: 0, end: 1, text: 'x' }],
  });
  return {
    article: { id, title: id, text: 'x', ...(date ? { date } : {}) },
    entities: [
      ...members.map(person),
      {
        key: `delegation:${id}:us`,
        kind: 'delegation',
        label: 'الجانب الأمريكي',
        aliases: [],
        mentions: [{ article: id, start: 0, end: 1, text: 'x' }],
      },
    ],
    statements: [],
    relations: members.map((m) => ({
      kind: 'member_of' as const,
      source: `person:${m}`,
      target: `delegation:${id}:us`,
    })),
  };
}

const sides = (results: ExtractionResult[]) =>
  buildGraph(results, { layout: false })
    .filterNodes((_, a) => a.kind === 'delegation')
    .sort();

describe('sides belong to their event', () => {
  it.each([
    [
      'one article keeps its own key',
      [article('a', '2025-08-15', ['دونالد ترامب'])],
      ['delegation:a:us'],
    ],
    [
      'two meetings months apart make two sides, though the same man leads both',
      [
        article('a', '2025-08-15', ['دونالد ترامب', 'ماركو روبيو']),
        article('b', '2025-12-02', ['دونالد ترامب', 'ماركو روبيو']),
      ],
      ['delegation:a:us', 'delegation:b:us'],
    ],
    [
      'undated articles are never taken for the same meeting',
      [article('a', undefined, ['دونالد ترامب']), article('b', undefined, ['دونالد ترامب'])],
      ['delegation:a:us', 'delegation:b:us'],
    ],
    [
      'two reports of one meeting a day apart sharing a member make one side',
      [
        article('a', '2025-08-15', ['دونالد ترامب', 'ماركو روبيو']),
        article('b', '2025-08-16T09:00:00Z', ['ماركو روبيو', 'ستيف ويتكوف']),
      ],
      ['delegation:a:us'],
    ],
    [
      'the same days but no member in common make two sides',
      [article('a', '2025-08-15', ['ماركو روبيو']), article('b', '2025-08-15', ['ستيف ويتكوف'])],
      ['delegation:a:us', 'delegation:b:us'],
    ],
  ])('%s', (_title, results, expected) => {
    expect(sides(results)).toEqual(expected);
  });

  it('two reports of one meeting: members of both sides are on the one side', () => {
    const graph = buildGraph(
      [
        article('a', '2025-08-15', ['دونالد ترامب', 'ماركو روبيو']),
        article('b', '2025-08-15', ['ماركو روبيو', 'ستيف ويتكوف']),
      ],
      { layout: false },
    );
    expect(graph.inNeighbors('delegation:a:us').sort()).toEqual([
      'person:دونالد ترامب',
      'person:ستيف ويتكوف',
      'person:ماركو روبيو',
    ]);
  });

  it('members stay with the side of their own article', () => {
    const graph = buildGraph(
      [
        article('a', '2025-08-15', ['دونالد ترامب', 'ماركو روبيو']),
        article('b', '2025-12-02', ['دونالد ترامب', 'بيت هيغسيث']),
      ],
      { layout: false },
    );
    const members = (side: string) => graph.inNeighbors(side).sort();
    expect(members('delegation:a:us')).toEqual(['person:دونالد ترامب', 'person:ماركو روبيو']);
    expect(members('delegation:b:us')).toEqual(['person:بيت هيغسيث', 'person:دونالد ترامب']);
  });
});
