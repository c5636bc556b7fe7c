/**
 * Reading a graph file back (`graph.export()` JSON) with validation and readable errors. Files
 * are untrusted: nesting depth is checked before parsing, every string is cleaned of control
 * characters (same length), and every offset must lie in its article and slice back to its text.
 * A failure names the element (`nodes[3] «person:x» mentions[0]`) and a problem code the app
 * words in its own language.
 */
import { z } from 'zod';
import { cleanControls } from '../core/clean.ts';
import { createGraph, type IsnadGraph } from './build.ts';
import { EDGE_KINDS, NODE_KINDS, SCHEMA_VERSION, STATEMENT_MODES } from '../core/types.ts';

import { MAX_GRAPH_DEPTH } from './limits.ts';

// No `new Function` probe or compiled parsers: the app's CSP allows no eval (src/build/csp.ts).
z.config({ jitless: true });

export { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH } from './limits.ts';

export const GRAPH_PROBLEMS = [
  'tooLarge',
  'notJson',
  'tooDeep',
  'invalid',
  'duplicateNode',
  'missingNode',
  'unknownArticle',
  'offsetOutOfRange',
  'textMismatch',
] as const;
export type GraphProblem = (typeof GRAPH_PROBLEMS)[number];

export class GraphFileError extends Error {
  constructor(
    message: string,
    /** What is wrong, for a message in the reader's language. */
    readonly problem: GraphProblem = 'invalid',
    /** Which element: `nodes[3] «person:x» mentions[0]`, or '' for the whole file. */
    readonly where = '',
    /** The value at fault, when short enough to show. */
    readonly detail = '',
  ) {
    super(message);
    this.name = 'GraphFileError';
  }
}

const reasonSchema = z.object({
  rule: z.string(),
  cue: z.string().optional(),
  speakerBy: z.string().optional(),
});

/** JSON text → value, refusing nesting deeper than MAX_GRAPH_DEPTH before parsing it. */
export function parseGraphJson(text: string): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_GRAPH_DEPTH)
        throw new GraphFileError(
          `graph: nested deeper than ${MAX_GRAPH_DEPTH} levels (expected an Isnad graph.json)`,
          'tooDeep',
        );
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(
      `graph: not valid JSON (${(error as Error).message})`,
      'notJson',
      '',
      (error as Error).message,
    );
  }
}

/** Cleans every string in place (controls → spaces) and refuses too deep a value; iterative. */
function cleanStrings(root: unknown): void {
  const stack: Array<[Record<string, unknown> | unknown[], number]> = [];
  if (root && typeof root === 'object') stack.push([root as Record<string, unknown>, 1]);
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_GRAPH_DEPTH)
      throw new GraphFileError(
        `graph: nested deeper than ${MAX_GRAPH_DEPTH} levels (expected an Isnad graph.json)`,
        'tooDeep',
      );
    const entries = value as Record<string, unknown>;
    for (const key of Object.keys(entries)) {
      const item = entries[key];
      if (typeof item === 'string') {
        const clean = cleanControls(item);
        if (clean !== item) entries[key] = clean;
      } else if (item && typeof item === 'object')
        stack.push([item as Record<string, unknown>, depth + 1]);
    }
  }
}

/** A short, one-line quotation of a value for a message. */
function quoted(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return `«${one.length > 40 ? `${one.slice(0, 40)}…` : one}»`;
}

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
  cleanStrings(json);
  const parsed = graphSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new GraphFileError(
      `graph: invalid graph file at ${where}: ${issue?.message ?? 'unknown error'} (expected an Isnad graph.json, schemaVersion ${SCHEMA_VERSION})`,
      'invalid',
      where,
      issue?.message ?? '',
    );
  }
  const data = parsed.data;
  checkSpans(data);
  const graph = createGraph();
  graph.replaceAttributes(data.attributes as never);
  const keys = new Set<string>();
  for (const n of data.nodes) {
    if (keys.has(n.key))
      throw new GraphFileError(
        `graph: duplicate node "${n.key}"`,
        'duplicateNode',
        `nodes «${n.key}»`,
        n.key,
      );
    keys.add(n.key);
    graph.addNode(n.key, n.attributes as never);
  }
  for (const e of data.edges) {
    if (!keys.has(e.source) || !keys.has(e.target))
      throw new GraphFileError(
        `graph: edge ${e.source} → ${e.target} points at a missing node`,
        'missingNode',
        `edges «${e.source} → ${e.target}»`,
        keys.has(e.source) ? e.target : e.source,
      );
    if (graph.hasEdge(e.source, e.target)) continue;
    if (e.key) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes as never);
    else graph.addDirectedEdge(e.source, e.target, e.attributes as never);
  }
  return graph;
}

type GraphData = z.infer<typeof graphSchema>;
interface Span {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** Every mention and statement lies inside an article of the file and slices back to its text. */
function checkSpans(data: GraphData): void {
  const texts = new Map<string, string>();
  for (const a of data.attributes.articles) texts.set(a.id, a.text);
  const check = (span: Span, where: string) => {
    const text = texts.get(span.article);
    if (text === undefined)
      throw new GraphFileError(
        `graph: ${where}: article "${span.article}" is not in the file`,
        'unknownArticle',
        where,
        span.article,
      );
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length))
      throw new GraphFileError(
        `graph: ${where}: offsets ${span.start}–${span.end} are outside article "${span.article}" (${text.length} characters)`,
        'offsetOutOfRange',
        where,
        `${span.start}–${span.end}`,
      );
    if (text.slice(span.start, span.end) !== span.text)
      throw new GraphFileError(
        `graph: ${where}: text ${quoted(span.text)} is not what article "${span.article}" has at ${span.start}–${span.end} (${quoted(text.slice(span.start, span.end))})`,
        'textMismatch',
        where,
        quoted(span.text),
      );
  };
  data.nodes.forEach((n, i) => {
    const at = `nodes[${i}] «${n.key}»`;
    n.attributes.mentions.forEach((m, j) => check(m, `${at} mentions[${j}]`));
    const a = n.attributes;
    if (a.kind === 'statement')
      check(
        { article: a.article ?? '', start: a.start ?? 0, end: a.end ?? 0, text: a.text ?? '' },
        at,
      );
  });
  data.edges.forEach((e, i) =>
    e.attributes.mentions?.forEach((m, j) =>
      check(m, `edges[${i}] «${e.source} → ${e.target}» mentions[${j}]`),
    ),
  );
}
