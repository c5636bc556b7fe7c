/**
 * The seed article against its gold annotations (tests/fixtures/seed.gold.json, a copy of
 * ../shared/corpus/gold/seed.json): every score must stay at or above its bar.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.ts';
import { parseGold, scoreArticle, summarize } from '../../../src/graph/eval/index.ts';
import { extractArticle } from '../../../src/pipeline/index.ts';

const root = new URL('../../../', import.meta.url);
const text = readFileSync(new URL('data/seed.txt', root), 'utf8');
const gold = parseGold(
  JSON.parse(readFileSync(new URL('tests/fixtures/seed.gold.json', root), 'utf8')),
  'seed.gold.json',
);

describe('seed article against gold', () => {
  const graph = buildGraph([extractArticle({ id: 'seed', text })], { layout: false });
  const score = scoreArticle(graph, gold, 'seed');
  const s = summarize(score);

  it.each([
    ['entity F1', s.entityF1],
    ['statement F1', s.statementF1],
    ['speaker attribution', s.attribution],
    ['delegation membership F1', s.delegationF1],
  ])('%s ≥ 0.95', (_name, value) => {
    expect(value, score.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
