/**
 * Scoring an extractor against gold annotations (pure; the CLI is src/cli/eval.ts).
 */
export { parseGold, type Gold } from './gold.ts';
export { scoreArticle, prf, type ArticleScore, type Counts } from './score.ts';
export { formatScores, microAverage, summarize, type Summary } from './report.ts';
