/**
 * The export legend when nodes are coloured by article, outlet or delegation: it lists the
 * colours the picture actually shows — each article with its outlet, each outlet, each
 * delegation — in the key's order, a grey entry only when grey nodes are drawn, and Arabic
 * names bidi-isolated inside an English legend.
 */
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { categoryLabel, colorEntries } from '../../../src/app/export/legend-colors';
import { CATEGORY_COLORS, NO_CATEGORY } from '../../../src/app/graph-view/measures';
import { indexGraph } from '../../../src/graph/queries';
import { smallGraph } from '../app/fixtures/small-graph';

const FSI = '\u2068';
const PDI = '\u2069';

/** The small graph told by three articles: two outlets, the third with none. */
const ARTICLE_OF: Record<string, string> = {
  trump: 'a2',
  s2: 'a2',
  russia: 'a2',
  rubio: 'a3',
  s3: 'a3',
  alaska: 'a3',
};
const graph: SerializedGraph = {
  ...smallGraph,
  attributes: {
    ...smallGraph.attributes,
    articles: [
      { id: 'a1', title: 'قمة ألاسكا', source: 'الجزيرة', text: '' },
      { id: 'a2', title: 'ترامب يتحدث', source: 'Reuters', text: '' },
      { id: 'a3', title: 'روبيو في ألاسكا', text: '' },
    ],
  },
  nodes: smallGraph.nodes.map((node) => {
    const article = ARTICLE_OF[node.key];
    if (!article) return node;
    const attrs = node.attributes as Record<string, unknown> & { mentions?: object[] };
    return {
      ...node,
      attributes: {
        ...attrs,
        ...(attrs.kind === 'statement' ? { article } : {}),
        mentions: (attrs.mentions ?? []).map((m) => ({ ...m, article })),
      },
    };
  }),
};
const index = indexGraph(graph);
const everything = graph.nodes.map((n) => n.key);
const [blue, orange, red] = CATEGORY_COLORS;

const entries = (
  ...args: Parameters<typeof colorEntries> extends [unknown, ...infer R] ? R : never
) => colorEntries(index, ...args).map((e) => [e.label, e.color]);

describe('the export legend’s colours', () => {
  it.each([
    [
      'by article, the whole graph: each article with its outlet, grey for what no article names',
      'article',
      everything,
      'ar',
      [
        ['قمة ألاسكا — الجزيرة', blue],
        ['ترامب يتحدث — Reuters', orange],
        ['روبيو في ألاسكا', red],
        ['مقالات أخرى أو بلا مقال', NO_CATEGORY],
      ],
    ],
    [
      'by article, a view of one article: only its colour',
      'article',
      ['trump', 's2', 'russia'],
      'ar',
      [['ترامب يتحدث — Reuters', orange]],
    ],
    [
      'by article in English: Arabic titles and outlets isolated, Latin ones not',
      'article',
      ['putin', 's1', 'trump'],
      'en',
      [
        [`${FSI}قمة ألاسكا${PDI} — ${FSI}الجزيرة${PDI}`, blue],
        [`${FSI}ترامب يتحدث${PDI} — Reuters`, orange],
      ],
    ],
    [
      'by outlet: each outlet once, grey for the article with none',
      'outlet',
      everything,
      'en',
      [
        [`${FSI}الجزيرة${PDI}`, blue],
        ['Reuters', orange],
        ['other articles, or none', NO_CATEGORY],
      ],
    ],
    [
      'by delegation: each delegation by its name in the interface language',
      'delegation',
      ['putin', 'lavrov', 'trump', 's1'],
      'en',
      [
        ['Russian delegation', blue],
        ['US delegation', orange],
      ],
    ],
    [
      'by delegation with a place shown: grey, named',
      'delegation',
      ['putin', 'ukraine'],
      'ar',
      [
        ['الوفد الروسي', blue],
        ['وفود أخرى أو بلا وفد', NO_CATEGORY],
      ],
    ],
    ['by kind: no colour entries (the kinds are the legend)', 'kind', everything, 'ar', []],
  ] as const)('%s', (_title, by, shown, lang, expected) => {
    expect(entries(by, shown, lang)).toEqual(expected);
  });

  it('a long title is cut to one legend line, its ellipsis inside the isolate', () => {
    const long = indexGraph({
      ...graph,
      attributes: {
        ...graph.attributes,
        articles: [{ id: 'a1', title: 'كلمة '.repeat(20).trim(), source: 'الجزيرة', text: '' }],
      },
    });
    const label = categoryLabel(long, 'article', 'a1', 'en');
    expect(label.startsWith(FSI)).toBe(true);
    expect(label).toContain(`…${PDI} — ${FSI}الجزيرة${PDI}`);
    expect(label.length).toBeLessThan(70);
  });
});
