import { describe, expect, it } from 'vitest';
import { exportFileName, isoDay, slugify } from '../../../src/graph/export/index';

describe('slugify turns an article title into a Latin file-name part', () => {
  it.each([
    ['an Arabic headline', 'بوتين يلتقي ترامب في ألاسكا', 'bwtyn-yltqy-tramb-fy-alaska'],
    ['hamza seats and Arabic-Indic digits', 'قمة أنكوراج ٢٠٢٥', 'qma-ankwraj-2025'],
    ['short vowels and shadda are dropped', 'مؤتمرٌ صحفيّ', 'mwtmr-shfy'],
    ['tatweel is not a letter', 'قـــمة', 'qma'],
    [
      'Latin with accents and punctuation',
      'Sommet à Anchorage: Poutine–Trump!',
      'sommet-a-anchorage-poutine-trump',
    ],
    ['mixed scripts', 'Lavrov لافروف', 'lavrov-lafrwf'],
    ['nothing usable', '؟!…', ''],
    ['empty', '', ''],
  ])('%s', (_title, input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('keeps names short, without a trailing hyphen', () => {
    const slug = slugify('كلمة '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('exportFileName is isnad-<slug>-<day>.<ext>', () => {
  const day = new Date(2026, 10, 29, 23, 59);
  it.each([
    [
      'the title when it gives a slug',
      ['قمة أنكوراج', 'seed'],
      'png',
      '',
      'isnad-qma-ankwraj-2026-11-29.png',
    ],
    [
      'the article id when the title gives none',
      ['؟؟', 'seed'],
      'gexf',
      '',
      'isnad-seed-2026-11-29.gexf',
    ],
    [
      'a safe fallback when nothing does',
      [undefined, '***'],
      'svg',
      '',
      'isnad-graph-2026-11-29.svg',
    ],
    ['a table suffix for CSV', ['seed'], 'csv', '-nodes', 'isnad-seed-2026-11-29-nodes.csv'],
  ] as const)('uses %s', (_title, candidates, ext, suffix, expected) => {
    expect(exportFileName(candidates, day, ext, suffix)).toBe(expected);
  });

  it('dates by the local calendar day', () => {
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
