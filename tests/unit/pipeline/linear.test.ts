/**
 * Linear time, proven by counting: every adversarial shape (tests/fixtures/adversarial.ts) is
 * extracted at 10, 100 and 1000 KB, and the indexed reads per KB at 1000 KB stay within 10 % of
 * those at 10 KB, measured against the same growth of ordinary sentences in the same run.
 * Before the fix, «أشار إلى أن» repeated cost 128k reads/KB at 10 KB and 1048k at 100 KB.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES, shapeText, type ShapeName } from '../../fixtures/adversarial.ts';
import { countedReads } from './work-counter.ts';

const SIZES_KB = [10, 100, 1000] as const;
/** Reads are counted through proxies, which makes a megabyte of adversarial text slow to extract
 * (15–45 s on a busy 2-core machine); the verdict is the count, never the time. */
const TIMEOUT_MS = 120_000;

function readsPerKb(name: ShapeName, kb: number): number {
  let total = 0;
  for (const n of countedReads(shapeText(name, kb * 1000)).values()) total += n;
  return total / kb;
}

const baseline = SIZES_KB.map((kb) => readsPerKb('sentences (baseline)', kb));

describe('extraction work per KB stays flat from 10 KB to 1000 KB', () => {
  it.each(Object.keys(SHAPES).filter((n) => !n.includes('baseline')) as ShapeName[])(
    '%s',
    (name) => {
      const perKb = SIZES_KB.map((kb) => readsPerKb(name, kb));
      const first = perKb[0] ?? 0;
      const base = baseline[0] ?? 1;
      for (let i = 1; i < SIZES_KB.length; i++) {
        // Growth of this shape's cost per KB, relative to the baseline's growth (1 = linear).
        const growth = (perKb[i] ?? 0) / Math.max(first, 1) / ((baseline[i] ?? 0) / base);
        expect({ kb: SIZES_KB[i], growth: growth < 1.1 }).toEqual({
          kb: SIZES_KB[i],
          growth: true,
        });
      }
    },
    TIMEOUT_MS,
  );
});
