/**
 * `npm run eval -- <gold file or folder>... [--articles <dir>] [--split tune|blind] [--errors]
 *  [--json] [--extractor <pipeline module>]`
 * Runs the extractor on each gold file's article and prints entity, statement, attribution,
 * who-said-what and delegation scores per article, micro-averaged and per field.
 * `--split` keeps one list of the development corpus (tests/corpus/split.json: tune, frozen blind,
 *  fresh, holdout; --errors is refused for blind and holdout);
 * `--extractor` scores another tree's pipeline (e.g. a worktree of an older commit) with this
 * scorer, for before/after figures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildGraph } from '../graph/build.ts';
import {
  formatScores,
  microAverage,
  parseGold,
  scoreArticle,
  summarize,
  type ArticleScore,
} from '../graph/eval/index.ts';
import { cleanControls, extractArticle } from '../pipeline/index.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

function goldFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`eval: no such gold file or folder: ${p}`);
    if (statSync(p).isDirectory())
      for (const f of readdirSync(p).sort()) if (f.endsWith('.json')) out.push(join(p, f));
    if (statSync(p).isFile()) out.push(p);
  }
  return out;
}

/** Where the article of a gold file lives: --articles, the dev folder, data/, the corpus. */
export function findArticle(
  goldPath: string,
  article: string,
  articlesDir?: string,
): string | undefined {
  const id = basename(goldPath, '.json');
  const candidates = [
    ...(articlesDir ? [join(articlesDir, article), join(articlesDir, `${id}.txt`)] : []),
    join(ROOT, 'tests/.dev-articles', `${id}.txt`),
    // Recovered under the record's own file name, as ../shared/corpus/README.md says.
    join(ROOT, 'tests/.dev-articles', article),
    join(ROOT, 'tests/.dev-articles/corpus', `${id}.txt`),
    join(ROOT, 'data', article),
    join(dirname(goldPath), '..', article),
    join(dirname(goldPath), article),
  ];
  return candidates.find((c) => existsSync(c));
}

type Extract = typeof extractArticle;

function splitIds(split: string): Set<string> {
  const file = join(ROOT, 'tests/corpus/split.json');
  const ids = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)[split];
  if (!Array.isArray(ids))
    throw new Error(`eval: --split must be a list in ${file} (tune, blind, fresh, holdout)`);
  return new Set(ids as string[]);
}

async function main(argv: string[]): Promise<number> {
  const paths: string[] = [];
  let articlesDir: string | undefined;
  let showErrors = false;
  let json = false;
  let only: Set<string> | undefined;
  let extract: Extract = extractArticle;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--articles') articlesDir = argv[++i];
    else if (a === '--errors') showErrors = true;
    else if (a === '--json') json = true;
    else if (a === '--split') only = splitIds(argv[++i] ?? '');
    else if (a === '--extractor') {
      const mod = (await import(resolve(argv[++i] ?? ''))) as { extractArticle?: Extract };
      if (!mod.extractArticle) throw new Error('eval: --extractor module has no extractArticle');
      extract = mod.extractArticle;
    } else paths.push(a);
  }
  // Held-out articles are scored, never read: their error lists stay closed.
  const held =
    argv.includes('--split') && /^(blind|holdout)$/.test(argv[argv.indexOf('--split') + 1] ?? '');
  if (held && showErrors) {
    process.stderr.write('eval: --errors is refused for held-out splits (blind, holdout)\n');
    return 2;
  }
  if (paths.length === 0) paths.push(join(ROOT, '../shared/corpus/gold'));
  const scores: ArticleScore[] = [];
  for (const file of goldFiles(paths)) {
    if (only && !only.has(basename(file, '.json'))) continue;
    const gold = parseGold(JSON.parse(readFileSync(file, 'utf8')), file);
    const articlePath = findArticle(file, gold.article, articlesDir);
    const id = basename(file, '.json');
    if (!articlePath) {
      process.stderr.write(
        `eval: skipping ${id}: article ${gold.article} not found (recover dev articles into tests/.dev-articles/)\n`,
      );
      continue;
    }
    // Cleaned at the door like every article (same length: gold offsets hold).
    const text = cleanControls(readFileSync(articlePath, 'utf8'));
    const graph = buildGraph([extract({ id, text })], { layout: false });
    scores.push(scoreArticle(graph, gold, id));
  }
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ articles: scores.map((s) => ({ article: s.article, ...summarize(s) })), micro: summarize(microAverage(scores)) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${formatScores(scores)}\n`);
    if (showErrors)
      for (const s of scores)
        for (const e of s.errors) process.stdout.write(`  ${s.article}: ${e}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
