import { describe, expect, it } from 'vitest';
import { displayScale, hasPositions, toElements } from '../../../../src/app/graph-view/elements';
import {
  displayLabel,
  shortenLabel,
  statementLabel,
  STATEMENT_LABEL_WIDTH,
} from '../../../../src/app/graph-view/labels';
import { smallGraph } from '../fixtures/small-graph';

describe('shortenLabel keeps statement labels short', () => {
  it.each([
    ['a short label stays', 'أوكرانيا مهمة', 'أوكرانيا مهمة'],
    [
      'past five words gets an ellipsis',
      'واحد اثنان ثلاثة أربعة خمسة ستة',
      'واحد اثنان ثلاثة أربعة خمسة…',
    ],
    ['a long run of characters is cut', 'ا'.repeat(50), `${'ا'.repeat(32)}…`],
    ['whitespace is tidied', '  كلمة   أخرى ', 'كلمة أخرى'],
  ])('%s', (_title, label, expected) => {
    expect(shortenLabel(label)).toBe(expected);
  });
});

describe('stored positions → screen positions', () => {
  it.each([
    [
      'a unit grid spreads to 48 px between neighbours',
      [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
        { x: 2, y: 0 },
      ],
      48,
    ],
    [
      'a layout in pixels with room for labels is shown as stored',
      [
        { x: 0, y: 0 },
        { x: 96, y: 0 },
        { x: 192, y: 0 },
      ],
      1,
    ],
    ['one node is left alone', [{ x: 5, y: 5 }], 1],
    [
      'all at one point is left alone',
      [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
      ],
      1,
    ],
  ])('%s', (_title, points, expected) => {
    expect(displayScale(points)).toBeCloseTo(expected);
  });

  it('keeps the layout’s shape: one factor for every node', () => {
    const elements = toElements(smallGraph);
    const putin = elements.find((e) => e.data.id === 'putin')!.position!;
    const trump = elements.find((e) => e.data.id === 'trump')!.position!;
    expect(putin.y).toBe(0);
    expect(putin.x).toBeCloseTo(-trump.x);
  });

  it('gives hubs a bigger size and statements a short canvas label', () => {
    const elements = toElements(smallGraph);
    const size = (id: string) => Number(elements.find((e) => e.data.id === id)!.data.size);
    expect(size('putin')).toBeGreaterThan(size('alaska'));
    expect(elements.every((e) => e.group === 'edges' || typeof e.data.display === 'string')).toBe(
      true,
    );
  });

  it('knows when a graph has no stored positions', () => {
    const bare = {
      ...smallGraph,
      nodes: smallGraph.nodes.map((n) => ({
        key: n.key,
        attributes: { kind: 'person', label: n.key },
      })),
    };
    expect(hasPositions(smallGraph)).toBe(true);
    expect(hasPositions(bare)).toBe(false);
  });
});

describe('statement labels cut to fit, the same on screen and in exported images', () => {
  // 6 px per character: a 110 px label holds 17 characters with its ellipsis.
  const measure = (text: string) => text.length * 6;
  it.each([
    ['a short statement is whole, with no mark', 'أوكرانيا مهمة', 'أوكرانيا مهمة'],
    [
      'a long Arabic statement ends in an ellipsis held at its end by a right-to-left mark',
      'المحادثات كانت مفيدة جدا للطرفين',
      'المحادثات كانت…\u200F',
    ],
    [
      'a long English statement needs no mark',
      'The talks were very useful indeed',
      'The talks were…',
    ],
    ['one word too long is cut inside the word', 'ا'.repeat(40), `${'ا'.repeat(17)}…\u200F`],
  ])('%s', (_title, text, expected) => {
    const label = statementLabel(text, measure);
    expect(label).toBe(expected);
    expect(measure(label.replace('\u200F', ''))).toBeLessThanOrEqual(STATEMENT_LABEL_WIDTH);
  });
});

describe('names in the interface language', () => {
  it.each([
    [
      'Arabic shows the name as written',
      'ar',
      { kind: 'person', label: 'بوتين', labelEn: 'Putin' },
      'بوتين',
    ],
    [
      'English shows the lexicon’s English name',
      'en',
      { kind: 'person', label: 'بوتين', labelEn: 'Putin' },
      'Putin',
    ],
    [
      'English without an English name keeps the Arabic',
      'en',
      { kind: 'place', label: 'أنكوراج' },
      'أنكوراج',
    ],
    [
      'collapsed statements add a count (English)',
      'en',
      { kind: 'person', label: 'بوتين', labelEn: 'Putin', n: 17 },
      '\u200EPutin\n\u200E17 statements',
    ],
    [
      'collapsed statements add a count (Arabic)',
      'ar',
      { kind: 'person', label: 'بوتين', n: 17 },
      '\u200Fبوتين\n\u200F17 تصريحًا',
    ],
    [
      'three to ten statements take the plural (Arabic)',
      'ar',
      { kind: 'person', label: 'بوتين', n: 5 },
      '\u200Fبوتين\n\u200F5 تصريحات',
    ],
  ] as const)('%s', (_title, lang, data, expected) => {
    const collapsed = 'n' in data ? data.n : undefined;
    expect(displayLabel(data, lang, { collapsed })).toBe(expected);
  });
});
