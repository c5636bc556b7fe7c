/**
 * Extraction results → one graphology graph. Several articles merge: the same real entity is
 * one node (keys are normalized names; a surname alone joins the one full name that ends with
 * it), statements are keyed by article and offset.
 */
import Graph from 'graphology';
import type { ExtractedEntity, ExtractionResult } from '../core/types.ts';
import { scopeSidesToEvents } from './events.ts';
import { layoutGraph } from './layout-choice.ts';
import { mergeKeys } from './merge.ts';
import { withOrdinaryKeys } from './reserved-keys.ts';
import {
  SCHEMA_VERSION,
  type EdgeAttributes,
  type EdgeKind,
  type EntityNodeAttributes,
  type GraphAttributes,
  type Mention,
  type NodeAttributes,
} from '../core/types.ts';

export type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const GENERATOR = 'isnad-pipeline/0.1';

export function createGraph(): IsnadGraph {
  return withOrdinaryKeys(
    new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
      multi: false,
      type: 'directed',
      allowSelfLoops: false,
    }),
  );
}

export function buildGraph(
  articleResults: ExtractionResult[],
  options: { layout?: boolean } = {},
): IsnadGraph {
  // Which keys are one entity across articles: computed once (a second of 10,000 articles),
  // as sides moving to their event changes none of it (mergeKeys leaves sides alone).
  const alias = mergeKeys(articleResults.flatMap((r) => r.entities));
  // Two meetings never make one side: sides are keyed by their event first.
  const results = scopeSidesToEvents(articleResults, alias);
  const graph = createGraph();
  graph.replaceAttributes({
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    articles: results.map((r) => r.article),
  });
  const keyOf = (k: string): string => alias.get(k) ?? k;
  const countryKeyOf = new Map<string, string>();
  for (const r of results)
    for (const e of r.entities)
      if (e.kind === 'place' && e.lexiconId) countryKeyOf.set(e.lexiconId, keyOf(e.key));

  for (const r of results) {
    for (const e of r.entities) addEntity(graph, keyOf(e.key), e);
  }
  // Countries are linked only when the country is itself a node.
  for (const r of results)
    for (const e of r.entities) {
      const country = e.countryId ? countryKeyOf.get(e.countryId) : undefined;
      const key = keyOf(e.key);
      if (country && country !== key && e.kind !== 'place' && e.kind !== 'organization')
        graph.mergeNodeAttributes(key, { country });
    }
  for (const r of results) {
    for (const s of r.statements) {
      const speaker = s.speaker ? keyOf(s.speaker) : undefined;
      graph.mergeNode(s.key, {
        kind: 'statement',
        label: shorten(s.text),
        aliases: [],
        text: s.text,
        mode: s.mode,
        cue: s.cue,
        article: r.article.id,
        start: s.start,
        end: s.end,
        mentions: [
          {
            article: r.article.id,
            start: s.start,
            end: s.end,
            text: s.text,
            ...(s.reason ? { reason: s.reason } : {}),
          },
        ],
        ...(speaker ? { speaker } : {}),
        ...(s.reason ? { reason: s.reason } : {}),
      });
      if (speaker) addEdge(graph, 'said', speaker, s.key);
      for (const m of s.mentions) addEdge(graph, 'mentions', s.key, keyOf(m));
    }
    for (const rel of r.relations)
      addEdge(
        graph,
        rel.kind,
        keyOf(rel.source),
        keyOf(rel.target),
        rel.evidence ? [rel.evidence] : undefined,
      );
  }
  if (options.layout !== false) layoutGraph(graph);
  return graph;
}

function addEntity(graph: IsnadGraph, key: string, e: ExtractedEntity): void {
  if (!graph.hasNode(key)) {
    const attrs: EntityNodeAttributes = {
      kind: e.kind,
      label: e.label,
      aliases: [...e.aliases],
      mentions: [...e.mentions],
    };
    if (e.labelEn) attrs.labelEn = e.labelEn;
    if (e.role) attrs.role = e.role;
    graph.addNode(key, attrs);
    return;
  }
  const cur = graph.getNodeAttributes(key);
  if (cur.kind === 'statement') return;
  // The label stays a form written in an article (the longest one), never a lexicon spelling.
  const names = new Set([cur.label, ...cur.aliases, e.label, ...e.aliases]);
  const label = e.label.length > cur.label.length ? e.label : cur.label;
  names.delete(label);
  // Appended in place: copying the list per article would be quadratic in the corpus size.
  for (const m of e.mentions) cur.mentions.push(m);
  graph.mergeNodeAttributes(key, {
    label,
    aliases: [...names],
    ...(cur.role || !e.role ? {} : { role: e.role }),
    ...(cur.labelEn || !e.labelEn ? {} : { labelEn: e.labelEn }),
  });
}

function addEdge(
  graph: IsnadGraph,
  kind: EdgeKind,
  source: string,
  target: string,
  mentions?: Mention[],
): void {
  if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
  if (graph.hasEdge(source, target)) return;
  graph.addDirectedEdgeWithKey(`${kind}:${source}->${target}`, source, target, {
    kind,
    ...(mentions ? { mentions } : {}),
  });
}

/** A statement's label: its first eight words. */
export function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text : `${words.slice(0, 8).join(' ')}…`;
}
