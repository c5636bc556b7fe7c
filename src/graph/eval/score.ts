/**
 * Scoring a graph against gold, following the corpus README's rules: entities match by kind and
 * a normalized name (a second node for one entity is a false positive); a statement matches when
 * its text contains the gold key (one predicted statement covers at most two); attribution is
 * checked on the `said` edge; delegation membership on `member_of` edges. Optional entries
 * neither count for nor against.
 */
import { normalizeForMatch } from '../../core/arabic.ts';
import {
  ENTITY_KINDS,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
} from '../../core/types.ts';
import type Graph from 'graphology';
import { kindsOf, type Gold, type GoldEntity } from './gold.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Statements only: gold items matched (a prediction may cover two), for recall. */
  goldTp?: number;
}

export interface ArticleScore {
  article: string;
  /** The gold's field, when it says one. */
  field?: string;
  /** Gold statements that count (not optional): the denominator of who-said-what. */
  goldStatements: number;
  entities: Counts;
  entitiesByKind: Record<string, Counts>;
  statements: Counts;
  attribution: { correct: number; total: number };
  delegation: Counts;
  /** Human-readable misses, for debugging the extractor. */
  errors: string[];
}

type AnyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function scoreArticle(graph: AnyGraph, gold: Gold, articleId: string): ArticleScore {
  const score: ArticleScore = {
    article: articleId,
    ...(gold.field ? { field: gold.field } : {}),
    goldStatements: gold.statements.length,
    entities: zero(),
    entitiesByKind: Object.fromEntries(ENTITY_KINDS.map((k) => [k, zero()])),
    statements: zero(),
    attribution: { correct: 0, total: 0 },
    delegation: zero(),
    errors: [],
  };
  const nodeToGold = matchEntities(graph, gold, score);
  matchStatements(graph, gold, nodeToGold, score);
  matchDelegations(graph, gold, nodeToGold, score);
  return score;
}

/** A gold name as matched: written with ل merged into ال («للأمم المتحدة», the only way the
 * text spells it) it is also the name with its article («الأمم المتحدة»), as extractors label it;
 * so is the name an annotator wrote with both letters of «لل» taken off («أمم المتحدة»). */
function goldForms(name: string): string[] {
  const n = normalizeForMatch(name);
  if (n.startsWith('لل')) return [n, `ال${n.slice(2)}`];
  return n.startsWith('ال') ? [n] : [n, `ال${n}`];
}

function matchEntities(graph: AnyGraph, gold: Gold, score: ArticleScore): Map<string, string> {
  const goldNames = gold.entities.map((e) => new Set(e.names.flatMap(goldForms)));
  const claimed = new Set<string>();
  const nodeToGold = new Map<string, string>();
  const nodes = graph.filterNodes((_, a) => a.kind !== 'statement');
  // Nodes with more mentions claim first, so a stray duplicate is the false positive.
  nodes.sort(
    (a, b) =>
      graph.getNodeAttribute(b, 'mentions').length - graph.getNodeAttribute(a, 'mentions').length,
  );
  for (const key of nodes) {
    const attrs = graph.getNodeAttributes(key);
    const names = [attrs.label, ...attrs.aliases].map(normalizeForMatch);
    const matches = gold.entities.filter(
      (g, i) => kindsOf(g).includes(attrs.kind) && names.some((n) => goldNames[i]?.has(n)),
    );
    const core = matches.find((g) => !g.optional);
    const kind = score.entitiesByKind[attrs.kind] ?? zero();
    if (core) {
      nodeToGold.set(key, core.id);
      if (claimed.has(core.id)) {
        score.entities.fp++;
        kind.fp++;
        score.errors.push(`duplicate ${attrs.kind} node ${key} for gold ${core.id}`);
      } else {
        claimed.add(core.id);
        score.entities.tp++;
        kind.tp++;
      }
    } else if (matches[0]) {
      nodeToGold.set(key, matches[0].id);
    } else {
      score.entities.fp++;
      kind.fp++;
      score.errors.push(`extra ${attrs.kind} ${attrs.label}`);
    }
  }
  for (const g of gold.entities) {
    if (g.optional || claimed.has(g.id)) continue;
    score.entities.fn++;
    const k = kindsOf(g).find((x) => x in score.entitiesByKind) ?? 'person';
    const kind = score.entitiesByKind[k];
    if (kind) kind.fn++;
    score.errors.push(`missed ${k} ${g.names[0] ?? g.id}`);
  }
  return nodeToGold;
}

function speakerOf(graph: AnyGraph, statement: string): string | undefined {
  const said = graph.filterInEdges(statement, (_, a) => a.kind === 'said')[0];
  return said ? graph.source(said) : undefined;
}

function matchStatements(
  graph: AnyGraph,
  gold: Gold,
  nodeToGold: Map<string, string>,
  score: ArticleScore,
): void {
  const preds = graph
    .filterNodes((_, a) => a.kind === 'statement')
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      return {
        key,
        text: normalizeForMatch(a.kind === 'statement' ? a.text : a.label),
        covered: 0,
        optional: false,
      };
    });
  for (const s of gold.statements) {
    const k = normalizeForMatch(s.key);
    const pred = preds.find((p) => p.covered < 2 && p.text.includes(k));
    if (!pred) {
      score.statements.fn++;
      score.errors.push(`missed statement ${s.id} «${s.key}»`);
      continue;
    }
    pred.covered++;
    score.statements.goldTp = (score.statements.goldTp ?? 0) + 1;
    score.attribution.total++;
    const speaker = speakerOf(graph, pred.key);
    if (speaker && nodeToGold.get(speaker) === s.speaker) score.attribution.correct++;
    else
      score.errors.push(
        `wrong speaker for ${s.id}: ${speaker ?? 'none'} (gold ${s.speaker ?? 'none'})`,
      );
  }
  for (const s of gold.optionalStatements) {
    const k = normalizeForMatch(s.key);
    for (const p of preds) if (p.covered === 0 && p.text.includes(k)) p.optional = true;
  }
  for (const p of preds) {
    if (p.covered > 0) score.statements.tp++;
    else if (!p.optional) {
      score.statements.fp++;
      score.errors.push(`extra statement «${p.text.slice(0, 60)}»`);
    }
  }
}

function matchDelegations(
  graph: AnyGraph,
  gold: Gold,
  nodeToGold: Map<string, string>,
  score: ArticleScore,
): void {
  const optional = new Set(gold.entities.filter((e: GoldEntity) => e.optional).map((e) => e.id));
  const goldPairs = new Set(
    gold.entities
      .filter((e) => e.delegation && !e.head && !e.optional)
      .map((e) => `${e.id}→${e.delegation}`),
  );
  const predPairs = new Set<string>();
  graph.forEachEdge((_, a, source, target) => {
    if (a.kind !== 'member_of') return;
    const s = nodeToGold.get(source) ?? source;
    const t = nodeToGold.get(target) ?? target;
    if (optional.has(s) || optional.has(t)) return;
    predPairs.add(`${s}→${t}`);
  });
  for (const p of predPairs) {
    if (goldPairs.has(p)) score.delegation.tp++;
    else {
      score.delegation.fp++;
      score.errors.push(`extra member_of ${p}`);
    }
  }
  for (const p of goldPairs)
    if (!predPairs.has(p)) {
      score.delegation.fn++;
      score.errors.push(`missed member_of ${p}`);
    }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const hit = c.goldTp ?? c.tp;
  const r = hit + c.fn === 0 ? 1 : hit / (hit + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
