import { describe, expect, it } from 'vitest';
import {
  layoutOverlay,
  wrapWords,
  type OverlayContent,
  type OverlayItem,
} from '../../../src/app/export/overlay-layout';

// A stand-in for canvas text metrics: every character is half the font size wide.
const measure = (text: string, font: { size: number }) => text.length * font.size * 0.5;

const content: OverlayContent = {
  direction: 'rtl',
  caption: ['قمة أنكوراج', 'المصدر: مثال · تاريخ التصدير: 2026-11-29'],
  legend: [
    { shape: 'node', label: 'شخص', color: '#2563eb', nodeShape: 'ellipse' },
    { shape: 'node', label: 'وفد', color: '#7c3aed', nodeShape: 'round-hexagon' },
    { shape: 'edge', label: 'قال', color: '#475569', width: 1.6, dash: [] },
    { shape: 'edge', label: 'عضو في', color: '#a78bfa', width: 1.4, dash: [6, 3] },
  ],
};

const texts = (items: OverlayItem[]) =>
  items.flatMap((item) => (item.type === 'text' ? [item] : []));

describe('the legend and caption band', () => {
  const layout = layoutOverlay(content, 800, 1, measure);

  it('writes the caption lines, then one label per legend entry', () => {
    expect(texts(layout.items).map((t) => t.text)).toEqual([
      'قمة أنكوراج',
      'المصدر: مثال · تاريخ التصدير: 2026-11-29',
      'شخص',
      'وفد',
      'قال',
      'عضو في',
    ]);
  });

  it('starts Arabic at the right edge and runs leftwards', () => {
    const [title, , first, second] = texts(layout.items);
    expect(title!.x).toBe(800 - 16);
    expect(title!.direction).toBe('rtl');
    expect(second!.x).toBeLessThan(first!.x);
  });

  it('draws each swatch in its shape: circle, hexagon, solid and dashed lines', () => {
    const swatches = layout.items.filter((i) => i.type !== 'text').slice(1); // after the rule
    expect(
      swatches.map((s) => (s.type === 'polygon' ? `polygon${s.points.length}` : s.type)),
    ).toEqual(['circle', 'polygon6', 'line', 'line']);
    expect(swatches[3]).toMatchObject({ dash: [6, 3] });
  });

  it('scales with the image: 2× is twice as tall, with twice the font size', () => {
    const double = layoutOverlay(content, 1600, 2, measure);
    expect(Math.abs(double.height - 2 * layout.height)).toBeLessThanOrEqual(1);
    expect(texts(double.items)[0]!.font.size).toBe(2 * texts(layout.items)[0]!.font.size);
  });

  it('wraps the legend onto more rows when the image is narrow', () => {
    expect(layoutOverlay(content, 200, 1, measure).height).toBeGreaterThan(layout.height);
  });

  it('starts English at the left edge', () => {
    const english = layoutOverlay({ ...content, direction: 'ltr' }, 800, 1, measure);
    expect(texts(english.items)[0]!.x).toBe(16);
  });
});

describe('wrapWords', () => {
  it.each([
    ['fits on one line', 'قمة أنكوراج', 100, ['قمة أنكوراج']],
    ['breaks between words', 'واحد اثنان ثلاثة', 9, ['واحد', 'اثنان', 'ثلاثة']],
    ['keeps a word longer than the line whole', 'كلمةطويلةجدا', 3, ['كلمةطويلةجدا']],
    ['gives nothing for blank text', '   ', 10, []],
  ])('%s', (_title, text, max, expected) => {
    expect(wrapWords(text, max, (t) => t.length)).toEqual(expected);
  });
});
