/**
 * Graph files are untrusted (issue 13): every span must lie inside an article of the file and
 * slice back to its text, nesting is limited before parsing, control characters are cleaned, and
 * reserved words are ordinary node keys. Each failure names the element and a problem code the
 * app words in its own language.
 */
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  graphFromSerialized,
  GraphFileError,
  parseGraphJson,
} from '../../../src/graph/index.ts';
import { extractArticle } from '../../../src/pipeline/index.ts';

const TEXT = 'وقال الرئيس الروسي فلاديمير بوتين إن الحوار مع واشنطن ضروري.';
type Json = {
  attributes: { articles: Array<{ id: string; text: string; title: string }> };
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ source: string; target: string; attributes: Record<string, unknown> }>;
};
const fresh = (): Json =>
  JSON.parse(JSON.stringify(buildGraph([extractArticle({ id: 'a', text: TEXT })]).export()));
const putinOf = (g: Json) => g.nodes.find((n) => n.key.includes('بوتين'))!;
const mentionOf = (g: Json) =>
  (putinOf(g).attributes.mentions as Array<Record<string, unknown>>)[0]!;
const statementOf = (g: Json) => g.nodes.find((n) => n.attributes.kind === 'statement')!;

function problemOf(json: unknown): { problem: string; where: string } | 'accepted' {
  try {
    graphFromSerialized(json);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof GraphFileError)) throw error;
    return { problem: error.problem, where: error.where };
  }
}

describe('a graph file is refused, naming the element and why', () => {
  it.each([
    [
      'a mention whose text is not the article’s at its offsets',
      (g: Json) => void (mentionOf(g).text = 'ترامب'),
      { problem: 'textMismatch', where: /^nodes\[\d+\] «person:.*» mentions\[0\]$/ },
    ],
    [
      'a mention past the end of its article',
      (g: Json) => Object.assign(mentionOf(g), { start: 5000, end: 5005 }),
      { problem: 'offsetOutOfRange', where: /mentions\[0\]$/ },
    ],
    [
      'a mention that ends before it starts',
      (g: Json) => Object.assign(mentionOf(g), { start: 10, end: 5 }),
      { problem: 'offsetOutOfRange', where: /mentions\[0\]$/ },
    ],
    [
      'a mention of an article the file does not contain',
      (g: Json) => void (mentionOf(g).article = 'b'),
      { problem: 'unknownArticle', where: /mentions\[0\]$/ },
    ],
    [
      'a statement whose text is not the article’s',
      (g: Json) => void (statementOf(g).attributes.text = 'نص آخر تماما'),
      { problem: 'textMismatch', where: /^nodes\[\d+\] «statement:a:\d+»$/ },
    ],
    [
      'a statement of an unknown article',
      (g: Json) => void (statementOf(g).attributes.article = 'zz'),
      { problem: 'unknownArticle', where: /«statement:a:\d+»$/ },
    ],
    [
      'an edge to a node that is not in the file',
      (g: Json) => void (g.edges[0]!.target = 'person:nobody'),
      { problem: 'missingNode', where: /^edges «/ },
    ],
  ])('%s', (_title, spoil, expected) => {
    const g = fresh();
    spoil(g);
    const got = problemOf(g);
    expect(got).not.toBe('accepted');
    expect(got).toMatchObject({ problem: expected.problem });
    expect((got as { where: string }).where).toMatch(expected.where);
  });

  it('nesting deeper than 32 levels is refused before parsing (no stack overflow)', () => {
    const text = JSON.stringify(fresh()).replace(
      '"kind":"person",',
      `"kind":"person","extra":${'['.repeat(200_000)}${']'.repeat(200_000)},`,
    );
    expect(() => parseGraphJson(text)).toThrow(/nested deeper than 32 levels/);
    // Brackets inside strings do not count.
    expect(() => parseGraphJson(JSON.stringify({ s: '['.repeat(100) }))).not.toThrow();
  });

  it('a value nested too deep is refused by the reader too (objects built in memory)', () => {
    const g = fresh() as unknown as { nodes: Array<{ attributes: Record<string, unknown> }> };
    let deep: unknown = [];
    for (let i = 0; i < 100; i++) deep = [deep];
    g.nodes[0]!.attributes.extra = deep;
    expect(problemOf(g)).toMatchObject({ problem: 'tooDeep' });
  });
});

describe('what a graph file may hold', () => {
  it('control characters in its strings become spaces (same length, offsets hold)', () => {
    const g = fresh();
    const article = g.attributes.articles[0]!;
    const m = mentionOf(g);
    const at = (m.start as number) + 3;
    article.text = `${article.text.slice(0, at)}\u000b${article.text.slice(at + 1)}`;
    m.text = `${(m.text as string).slice(0, 3)}\u000b${(m.text as string).slice(4)}`;
    putinOf(g).attributes.label = 'فلاديمير\u0085بوتين';
    const back = graphFromSerialized(g);
    const text = back.getAttribute('articles')[0]!.text;
    expect(text).toHaveLength(TEXT.length);
    expect([...text].some((c) => c.charCodeAt(0) < 0x20 && c !== '\n')).toBe(false);
    expect(back.getNodeAttribute(putinOf(g).key, 'label')).toBe('فلاديمير بوتين');
  });

  it.each([['__proto__'], ['constructor'], ['hasOwnProperty'], ['toString']])(
    'a node keyed %s is an ordinary node, with its edges',
    (key) => {
      const g = fresh();
      const person = putinOf(g);
      g.nodes.push({ key, attributes: { ...person.attributes, mentions: [] } });
      g.edges.push({ source: person.key, target: key, attributes: { kind: 'affiliated_with' } });
      g.edges.push({ source: key, target: person.key, attributes: { kind: 'affiliated_with' } });
      const back = graphFromSerialized(g);
      expect(back.hasNode(key)).toBe(true);
      expect(back.hasEdge(person.key, key)).toBe(true);
      expect(back.hasEdge(key, person.key)).toBe(true);
      expect(back.outDegree(key)).toBe(1);
      expect(back.size).toBe(g.edges.length);
    },
  );
});
