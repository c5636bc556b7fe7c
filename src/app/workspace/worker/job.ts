/**
 * One workspace job, as the worker runs it: extract the articles that have no result yet
 * (reporting article n of N), then merge every result into one laid-out graph. Pure: the worker
 * (./extract.worker.ts) and the bench call it; nothing here touches the DOM.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ExtractionResult } from '../../../core/types';
import { buildGraph } from '../../../graph/build';
import { extractArticle } from '../../../pipeline/index';
import { validateArticleText } from '../../../pipeline/validate';
import { metaFields } from '../change';
import { problemOfArticleError, type ProblemCode } from '../problems';
import type { ArticleMeta } from '../types';

export interface JobArticle {
  id: string;
  text: string;
  meta: ArticleMeta;
  result?: ExtractionResult;
}

export interface JobProgress {
  done: number;
  total: number;
  title: string;
}

export interface JobProblem {
  code: ProblemCode;
  subject: string;
  detail?: string;
}

export interface JobOutcome {
  /** Results extracted by this job, by article id (to be stored with the article). */
  extracted: Record<string, ExtractionResult>;
  /** Articles that could not be extracted (left out of the graph), or extracted to nothing. */
  problems: JobProblem[];
  /** Ids of the articles in the graph, in order. */
  articleIds: string[];
  graph: SerializedGraph;
  /** Where the time went, in the worker (for `npm run bench`). */
  timings: { extractMs: number; buildMs: number };
}

export function runJob(
  articles: readonly JobArticle[],
  onProgress: (progress: JobProgress) => void = () => {},
): JobOutcome {
  const extracted: Record<string, ExtractionResult> = {};
  const problems: JobProblem[] = [];
  const results: ExtractionResult[] = [];
  const todo = articles.filter((a) => !a.result).length;
  let done = 0;
  const started = performance.now();
  for (const article of articles) {
    let result = article.result;
    if (!result) {
      onProgress({ done, total: todo, title: article.meta.title });
      try {
        validateArticleText(article.text);
        result = extractArticle({ id: article.id, title: article.meta.title, text: article.text });
        extracted[article.id] = result;
        if (result.entities.length === 0 && result.statements.length === 0)
          problems.push({ code: 'nothing-found', subject: article.meta.title });
      } catch (error) {
        const detail = (error as Error).message;
        problems.push({ code: problemOfArticleError(detail), subject: article.meta.title, detail });
      }
      done++;
    }
    if (!result) continue;
    // The user's metadata (or the page's) is the article's, whatever the pipeline guessed.
    results.push({ ...result, article: { ...result.article, ...metaFields(article.meta) } });
  }
  onProgress({ done, total: todo, title: '' });
  const extractedAt = performance.now();
  const graph = buildGraph(results).export();
  return {
    extracted,
    problems,
    articleIds: results.map((r) => r.article.id),
    graph,
    timings: { extractMs: extractedAt - started, buildMs: performance.now() - extractedAt },
  };
}
