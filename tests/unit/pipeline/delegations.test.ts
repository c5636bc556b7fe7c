/** Sides beyond summits: list frames, side words, and a side belongs to its article's event. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.ts';
import { extractArticle } from '../../../src/pipeline/index.ts';
import { labelsOf, membersOf, run } from './helpers.ts';

describe('delegations', () => {
  it.each([
    [
      'an adjective and a relative pronoun before the list verb',
      'استقبل الرئيس الوفد البريطاني الموسع الذي ضم السيناتور جون ماكين، والسفير روبرت فورد.',
      ['جون ماكين → الوفد البريطاني', 'روبرت فورد → الوفد البريطاني'],
    ],
    [
      'a mission (بعثة) with its nationality',
      'وضمت البعثة المغربية اللاعب حكيم زياش، والمدرب وليد الركراكي.',
      ['حكيم زياش → البعثة المغربية', 'وليد الركراكي → البعثة المغربية'],
    ],
  ])('%s', (_t, text, members) => {
    expect(membersOf(run(text))).toEqual(members);
  });

  it('«الطرف» names a side', () => {
    expect(labelsOf(run('وقال الطرف الأمريكي إن المحادثات مثمرة.'), 'delegation')).toEqual([
      'الطرف الأمريكي',
    ]);
  });

  it('the same side of two articles (two meetings) stays two sides in a merged graph', () => {
    const a = extractArticle({ id: 'a', text: 'ضم الجانب الأمريكي الوزير ماركو روبيو.' });
    const b = extractArticle({ id: 'b', text: 'ضم الجانب الأمريكي المبعوث ستيف ويتكوف.' });
    const graph = buildGraph([a, b], { layout: false });
    const sides = graph.filterNodes((_k, attrs) => attrs.kind === 'delegation');
    expect(sides).toHaveLength(2);
    for (const side of sides) expect(graph.inDegree(side)).toBe(1);
  });
});
