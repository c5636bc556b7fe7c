import { describe, expect, it } from 'vitest';
import { MAX_AREA, MAX_SIDE, planImageSize } from '../../../src/app/export/image-size';

describe('planImageSize: the scale asked for, unless the browser could not make the canvas', () => {
  it.each([
    [
      '1× of the screen',
      { width: 1200, height: 800 },
      { scale: 1 },
      0,
      { width: 1200, height: 800, scale: 1 },
    ],
    [
      '4× of the screen',
      { width: 1200, height: 800 },
      { scale: 4 },
      0,
      { width: 4800, height: 3200, scale: 4 },
    ],
    [
      'a target width sets the scale',
      { width: 1000, height: 500 },
      { scale: 1, targetWidth: 2500 },
      0,
      { width: 2500, height: 1250, scale: 2.5 },
    ],
    [
      'a zero target width is ignored',
      { width: 1000, height: 500 },
      { scale: 2, targetWidth: 0 },
      0,
      { width: 2000, height: 1000, scale: 2 },
    ],
  ])('%s', (_title, base, request, band, expected) => {
    expect(planImageSize(base, request, band)).toEqual(expected);
  });

  it.each([
    [
      'a very wide graph at 4× is held to the side limit',
      { width: 6000, height: 300 },
      { scale: 4 },
    ],
    ['a large square at 4× is held to the area limit', { width: 3000, height: 3000 }, { scale: 4 }],
    [
      'a huge target width is held too',
      { width: 1000, height: 800 },
      { scale: 1, targetWidth: 40_000 },
    ],
  ])('%s, and says so', (_title, base, request) => {
    const size = planImageSize(base, request, 100);
    expect(size.cappedFrom).toBeGreaterThan(size.scale);
    expect(size.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(size.width * (size.height + 100 * size.scale)).toBeLessThanOrEqual(MAX_AREA * 1.001);
  });

  it('counts the legend band in the height that must fit', () => {
    const tall = planImageSize({ width: 1000, height: 4000 }, { scale: 4 }, 200);
    expect((4000 + 200) * tall.scale).toBeLessThanOrEqual(MAX_SIDE + 1);
  });
});
