/**
 * Reading a graph file back (`graph.export()` JSON) with validation and readable errors.
 */
import { z } from 'zod';
import { createGraph, type IsnadGraph } from './build.ts';
import { EDGE_KINDS, NODE_KINDS, SCHEMA_VERSION, STATEMENT_MODES } from '../core/types.ts';

export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFileError';
  }
}

const reasonSchema = z.object({
  rule: z.string(),
  cue: z.string().optional(),
  speakerBy: z.string().optional(),
});

const mentionSchema = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  reason: reasonSchema.optional(),
});

const nodeAttributesSchema = z
  .object({
    kind: z.enum(NODE_KINDS),
    label: z.string(),
    labelEn: z.string().optional(),
    aliases: z.array(z.string()).default([]),
    mentions: z.array(mentionSchema).default([]),
    x: z.number().optional(),
    y: z.number().optional(),
    role: z.string().optional(),
    country: z.string().optional(),
    text: z.string().optional(),
    mode: z.enum(STATEMENT_MODES).optional(),
    cue: z.string().optional(),
    article: z.string().optional(),
    start: z.number().optional(),
    end: z.number().optional(),
    speaker: z.string().optional(),
    reason: reasonSchema.optional(),
    edited: z
      .array(z.object({ op: z.string(), from: z.string().optional(), to: z.string().optional() }))
      .optional(),
  })
  .passthrough()
  .superRefine((a, ctx) => {
    if (a.kind === 'statement') {
      for (const f of ['text', 'mode', 'article', 'start', 'end'] as const)
        if (a[f] === undefined)
          ctx.addIssue({ code: 'custom', message: `statement node needs "${f}"` });
    }
  });

const graphSchema = z.object({
  attributes: z
    .object({
      schemaVersion: z.literal(SCHEMA_VERSION),
      generator: z.string().default('unknown'),
      articles: z.array(
        z
          .object({
            id: z.string(),
            title: z.string().default(''),
            text: z.string(),
            bodyEnd: z.number().optional(),
          })
          .passthrough(),
      ),
    })
    .passthrough(),
  options: z
    .object({ type: z.string().optional(), multi: z.boolean().optional() })
    .passthrough()
    .optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      attributes: z
        .object({ kind: z.enum(EDGE_KINDS), mentions: z.array(mentionSchema).optional() })
        .passthrough(),
    }),
  ),
});

export function graphFromSerialized(json: unknown): IsnadGraph {
  const parsed = graphSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new GraphFileError(
      `graph: invalid graph file at ${where}: ${issue?.message ?? 'unknown error'} (expected an Isnad graph.json, schemaVersion ${SCHEMA_VERSION})`,
    );
  }
  const data = parsed.data;
  const graph = createGraph();
  graph.replaceAttributes(data.attributes as never);
  const keys = new Set<string>();
  for (const n of data.nodes) {
    if (keys.has(n.key)) throw new GraphFileError(`graph: duplicate node "${n.key}"`);
    keys.add(n.key);
    graph.addNode(n.key, n.attributes as never);
  }
  for (const e of data.edges) {
    if (!keys.has(e.source) || !keys.has(e.target))
      throw new GraphFileError(`graph: edge ${e.source} → ${e.target} points at a missing node`);
    if (graph.hasEdge(e.source, e.target)) continue;
    if (e.key) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes as never);
    else graph.addDirectedEdge(e.source, e.target, e.attributes as never);
  }
  return graph;
}
