import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/index.ts';
import { parseGold, prf, scoreArticle, summarize } from '../../../src/graph/eval/index.ts';
import { extractArticle } from '../../../src/pipeline/index.ts';

const text =
  'وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مع أوكرانيا صعبة. وأضاف: “لن نتراجع عن مواقفنا أبدا”.';
const graph = buildGraph([extractArticle({ id: 't', text })], { layout: false });

const gold = parseGold(
  {
    article: 't.txt',
    entities: [
      { id: 'lavrov', kind: 'person', names: ['سيرغي لافروف', 'لافروف'] },
      { id: 'ukraine', kind: 'place', names: ['أوكرانيا'] },
      { id: 'russia', kind: 'place', names: ['روسيا'] },
      { id: 'ru', kind: 'delegation', names: ['الوفد الروسي'], optional: true },
    ],
    statements: [
      { id: 's1', speaker: 'lavrov', key: 'المحادثات مع أوكرانيا صعبة' },
      { id: 's2', speaker: 'lavrov', key: 'لن نتراجع عن مواقفنا' },
    ],
    optionalStatements: [],
  },
  'inline',
);

describe('scoring against gold', () => {
  const score = scoreArticle(graph, gold, 't');

  it('counts matches, misses and extras', () => {
    expect(score.entities).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(score.statements).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(score.attribution).toEqual({ correct: 2, total: 2 });
    expect(score.errors).toContain('missed place روسيا');
  });

  it('summarizes as F1 and accuracy', () => {
    const s = summarize(score);
    expect(s.entityF1).toBeCloseTo(0.8, 5);
    expect(s.statementF1).toBe(1);
    expect(s.delegationF1).toBe(1);
  });

  it('prf of nothing is perfect, of only misses is zero', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(prf({ tp: 0, fp: 0, fn: 3 }).f1).toBe(0);
  });
});

describe('gold names written with ل merged into ال', () => {
  /** The errors of an article naming «للأمم المتحدة», scored against a gold that writes it so. */
  function errorsFor(goldName: string): string[] {
    const g = buildGraph(
      [
        extractArticle({
          id: 'u',
          text: 'وقال المبعوث الخاص للأمم المتحدة سامي النجار إن الهدنة صامدة.',
        }),
      ],
      { layout: false },
    );
    const un = parseGold(
      {
        article: 'u.txt',
        entities: [{ id: 'un', kind: 'organization', names: [goldName] }],
        statements: [],
        optionalStatements: [],
      },
      'inline',
    );
    return scoreArticle(g, un, 'u').errors;
  }

  it('match the name with its article', () => {
    expect(errorsFor('للأمم المتحدة')).not.toContain('missed organization للأمم المتحدة');
  });

  it('match the name an annotator wrote with both letters of لل taken off', () => {
    const errors = errorsFor('أمم المتحدة');
    expect(errors).not.toContain('missed organization أمم المتحدة');
    expect(errors).not.toContain('extra organization الأمم المتحدة');
  });
});
