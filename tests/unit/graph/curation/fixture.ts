/**
 * The seed article's graph, and small readers of a serialized graph for the curation tables.
 * The edits are tested on a FROZEN extraction (tests/fixtures/seed-graph.json, written by
 * `npm run extract -- data/seed.txt --out tests/fixtures/seed-graph.json`), so a change of the
 * extractor does not move them; re-application is tested against the live extractor.
 */
import { readFileSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { buildGraph } from '../../../../src/graph/index.ts';
import type { EntityRef, Span } from '../../../../src/graph/curation/index.ts';
import type { NodeAttributes } from '../../../../src/core/types.ts';
import { extractArticle } from '../../../../src/pipeline/index.ts';

export const SEED_TEXT = readFileSync(
  new URL('../../../../data/seed.txt', import.meta.url),
  'utf8',
);

const FROZEN = readFileSync(new URL('../../../fixtures/seed-graph.json', import.meta.url), 'utf8');

/** The frozen graph of the seed (a fresh copy each call). */
export function seedGraph(): SerializedGraph {
  return JSON.parse(FROZEN) as SerializedGraph;
}

/** The seed extracted now, by the live extractor (what a re-extraction gives). */
export function liveSeedGraph(text = SEED_TEXT): SerializedGraph {
  return buildGraph([extractArticle({ id: 'seed', text })]).export();
}

export function attrsOf(graph: SerializedGraph, key: string): NodeAttributes | undefined {
  return graph.nodes.find((n) => n.key === key)?.attributes as NodeAttributes | undefined;
}

/** `kind source → target` for every edge touching `key`, sorted. */
export function edgesAround(graph: SerializedGraph, key: string): string[] {
  return graph.edges
    .filter((e) => e.source === key || e.target === key)
    .map((e) => `${e.attributes?.kind} ${e.source} → ${e.target}`)
    .sort();
}

export function speakerOf(graph: SerializedGraph, statement: string): string | undefined {
  return graph.edges.find((e) => e.target === statement && e.attributes?.kind === 'said')?.source;
}

export function statementsBy(graph: SerializedGraph, speaker: string): string[] {
  return graph.edges
    .filter((e) => e.source === speaker && e.attributes?.kind === 'said')
    .map((e) => e.target);
}

/** An entity as the app names it in an edit: key, label, first mention. */
export function ref(graph: SerializedGraph, key: string): EntityRef {
  const attrs = attrsOf(graph, key);
  if (!attrs) throw new Error(`fixture: no node ${key}`);
  const first = attrs.mentions[0];
  return {
    key,
    label: attrs.label,
    ...(first ? { at: { article: first.article, start: first.start, end: first.end } } : {}),
  };
}

/** A statement's span from its key. */
export function spanOf(graph: SerializedGraph, key: string): Span {
  const attrs = attrsOf(graph, key);
  if (!attrs || attrs.kind !== 'statement') throw new Error(`fixture: no statement ${key}`);
  return { article: attrs.article, start: attrs.start, end: attrs.end };
}

/** The span of the n-th occurrence of `words` in the seed text. */
export function wordsSpan(words: string, nth = 0, text = SEED_TEXT): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`fixture: «${words}» is not in the text`);
  return { article: 'seed', start: at, end: at + words.length };
}
