/**
 * What is folded away — statements folded into their speaker's count, with their edges, and the
 * `about` stand-in edges while statements are drawn — is kept beside the Cytoscape instance, not
 * on it.
 *
 * Why: Cytoscape sorts and visits every element it holds on every frame, drawn or not. On a
 * 5,000-node corpus 13,000 of its 19,000 elements are folded; held as hidden elements, they made
 * every redraw 2–2.5 times as long (50 → 100–140 ms; a search keystroke's frame 64 → 150 ms)
 * and the first draw seconds longer.
 *
 * Folding takes elements off the canvas as definitions — data, position and scratch kept,
 * display classes dropped (the controllers set them again) — and unfolding adds them back, each
 * edge once both its ends are on the canvas. What reads the whole graph from the canvas (data
 * export, re-arrange, edits) reads the pool too.
 */
import type { Collection, Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';

interface Pool {
  /** Folded elements by id. */
  byId: Map<string, ElementDefinition>;
  /** Folded edges by the id of each of their ends. */
  edgesAt: Map<string, Set<string>>;
}

const pools = new WeakMap<Core, Pool>();

/** Classes a folded element keeps: what it is, not how it is shown at the moment. */
const KEPT = new Set(['summary', 'tinted']);

function poolOf(cy: Core): Pool {
  let pool = pools.get(cy);
  if (!pool) {
    pool = { byId: new Map(), edgesAt: new Map() };
    pools.set(cy, pool);
  }
  return pool;
}

const keptClasses = (classes: unknown) =>
  String(classes ?? '')
    .split(' ')
    .filter((c) => KEPT.has(c))
    .join(' ');

function put(pool: Pool, definition: ElementDefinition): void {
  const id = String(definition.data.id);
  pool.byId.set(id, { ...definition, classes: keptClasses(definition.classes) });
  if (definition.group !== 'edges') return;
  for (const end of [definition.data.source, definition.data.target]) {
    const at = pool.edgesAt.get(String(end));
    if (at) at.add(id);
    else pool.edgesAt.set(String(end), new Set([id]));
  }
}

function take(pool: Pool, id: string): ElementDefinition | undefined {
  const definition = pool.byId.get(id);
  if (!definition) return undefined;
  pool.byId.delete(id);
  if (definition.group === 'edges')
    for (const end of [definition.data.source, definition.data.target])
      pool.edgesAt.get(String(end))?.delete(id);
  return definition;
}

/** An element on the canvas as a definition, to be added back as it was. */
function definitionOf(element: SingularElementReturnValue): ElementDefinition {
  const scratch = element.scratch() as Record<string, unknown> | undefined;
  return {
    group: element.isNode() ? 'nodes' : 'edges',
    data: { ...(element.data() as ElementDefinition['data']) },
    classes: element.classes().join(' '),
    ...(element.isNode() ? { position: { ...element.position() } } : {}),
    ...(scratch && Object.keys(scratch).length > 0 ? { scratch: { ...scratch } } : {}),
  };
}

export function isFolded(cy: Core, id: string): boolean {
  return pools.get(cy)?.byId.has(id) ?? false;
}

/** The folded elements (definitions, changed in place by re-arrange and edits). */
export function folded(cy: Core): ElementDefinition[] {
  return [...(pools.get(cy)?.byId.values() ?? [])];
}

/** Puts definitions straight into the pool: a new instance's folded elements. */
export function foldDefinitions(cy: Core, definitions: ElementDefinition[]): void {
  const pool = poolOf(cy);
  for (const definition of definitions) put(pool, definition);
}

/** Takes elements off the canvas into the pool, nodes with their edges. */
export function fold(cy: Core, elements: Collection): void {
  if (elements.empty()) return;
  const pool = poolOf(cy);
  const all = elements.union(elements.nodes().connectedEdges());
  all.forEach((element) => put(pool, definitionOf(element)));
  all.remove();
}

/**
 * Puts the folded elements `ids` back on the canvas — nodes first, then each folded edge of
 * theirs (and each edge asked for) whose two ends are on the canvas; returns what was added.
 */
export function unfold(cy: Core, ids: Iterable<string>): Collection {
  const pool = poolOf(cy);
  const nodes: ElementDefinition[] = [];
  const edgeIds = new Set<string>();
  for (const id of ids) {
    const definition = pool.byId.get(id);
    if (!definition) continue;
    if (definition.group === 'edges') edgeIds.add(id);
    else {
      nodes.push(take(pool, id)!);
      for (const edge of pool.edgesAt.get(id) ?? []) edgeIds.add(edge);
    }
  }
  const added = cy.add(nodes);
  const onCanvas = (end: unknown) => cy.getElementById(String(end)).nonempty();
  const edges = [...edgeIds]
    .map((id) => pool.byId.get(id)!)
    .filter((edge) => onCanvas(edge.data.source) && onCanvas(edge.data.target))
    .map((edge) => take(pool, String(edge.data.id))!);
  return added.union(cy.add(edges));
}

/** Drops folded elements the graph no longer has (an edit removed them). */
export function dropFolded(cy: Core, keep: (id: string) => boolean): void {
  const pool = pools.get(cy);
  if (!pool) return;
  for (const id of [...pool.byId.keys()]) if (!keep(id)) take(pool, id);
}

/** Gives a folded element new data (an edit changed it); false when it is not folded. */
export function patchFolded(cy: Core, id: string, data: ElementDefinition['data']): boolean {
  const definition = pools.get(cy)?.byId.get(id);
  if (!definition) return false;
  definition.data = { ...data };
  return true;
}

/** Moves folded nodes (re-arrange computes positions for every node). */
export function moveFolded(cy: Core, positions: Record<string, { x: number; y: number }>): void {
  for (const definition of pools.get(cy)?.byId.values() ?? []) {
    const position = positions[String(definition.data.id)];
    if (definition.group !== 'edges' && position) definition.position = { ...position };
  }
}

/** The folded edges with an end at `id` (definitions). */
export function foldedEdgesAt(cy: Core, id: string): ElementDefinition[] {
  const pool = pools.get(cy);
  const definitions: ElementDefinition[] = [];
  for (const edge of pool?.edgesAt.get(id) ?? []) {
    const definition = pool!.byId.get(edge);
    if (definition) definitions.push(definition);
  }
  return definitions;
}
