/**
 * Micro-averages and a plain-text table of scores.
 */
import { prf, type ArticleScore, type Counts } from './score.ts';

export interface Summary {
  entityF1: number;
  statementF1: number;
  attribution: number;
  /** Statements found with the right speaker, over all gold statements. */
  whoSaidWhat: number;
  delegationF1: number;
}

function add(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    goldTp: (a.goldTp ?? a.tp) + (b.goldTp ?? b.tp),
  };
}

export function microAverage(scores: ArticleScore[]): ArticleScore {
  const z = (): Counts => ({ tp: 0, fp: 0, fn: 0, goldTp: 0 });
  const total: ArticleScore = {
    article: 'micro-avg',
    goldStatements: 0,
    entities: z(),
    entitiesByKind: {},
    statements: z(),
    attribution: { correct: 0, total: 0 },
    delegation: z(),
    errors: [],
  };
  for (const s of scores) {
    total.entities = add(total.entities, s.entities);
    total.statements = add(total.statements, s.statements);
    total.delegation = add(total.delegation, s.delegation);
    total.attribution.correct += s.attribution.correct;
    total.attribution.total += s.attribution.total;
    total.goldStatements += s.goldStatements;
    for (const [k, c] of Object.entries(s.entitiesByKind))
      total.entitiesByKind[k] = add(total.entitiesByKind[k] ?? z(), c);
  }
  return total;
}

export function summarize(s: ArticleScore): Summary {
  return {
    entityF1: prf(s.entities).f1,
    statementF1: prf(s.statements).f1,
    attribution: s.attribution.total === 0 ? 1 : s.attribution.correct / s.attribution.total,
    whoSaidWhat: s.goldStatements === 0 ? 1 : s.attribution.correct / s.goldStatements,
    delegationF1: prf(s.delegation).f1,
  };
}

const f = (x: number): string => x.toFixed(3);

export function formatScores(scores: ArticleScore[]): string {
  const rows = [...scores, microAverage(scores)];
  const lines = [
    'article      ent P/R/F1           stmt P/R/F1          attrib  who-said  deleg F1  by kind (F1)',
  ];
  for (const s of rows) lines.push(row(s.article, s));
  const fields = [...new Set(scores.flatMap((s) => (s.field ? [s.field] : [])))].sort();
  if (fields.length > 0) {
    lines.push('', `by field (micro-averaged)`);
    for (const field of fields) {
      const group = scores.filter((s) => s.field === field);
      lines.push(row(`${field} (${group.length})`, microAverage(group)));
    }
  }
  return lines.join('\n');
}

function row(name: string, s: ArticleScore): string {
  const e = prf(s.entities);
  const st = prf(s.statements);
  const sum = summarize(s);
  const kinds = Object.entries(s.entitiesByKind)
    .filter(([, c]) => c.tp + c.fp + c.fn > 0)
    .map(([k, c]) => `${k}=${f(prf(c).f1)}`)
    .join(' ');
  return `${name.padEnd(12)} ${f(e.p)}/${f(e.r)}/${f(e.f1)}  ${f(st.p)}/${f(st.r)}/${f(st.f1)}  ${f(sum.attribution)}   ${f(sum.whoSaidWhat)}    ${f(sum.delegationF1)}    ${kinds}`;
}
