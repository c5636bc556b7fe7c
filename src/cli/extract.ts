/**
 * `npm run extract -- <file or folder>... [--out graph.json]`
 * Extracts every article (UTF-8 .txt files; folders are read in name order), merges them into
 * one graph and writes graphology's JSON. Bad input stops everything with one line on stderr
 * and exit code 2 (exit code 1 only for a bug in Isnad); the output is written whole (temp file
 * beside it + rename) or not at all, and never over an input (files.ts).
 */
import { basename, extname } from 'node:path';
import { buildGraph } from '../graph/build.ts';
import { ArticleError, extractArticle, type ExtractionResult } from '../pipeline/index.ts';
import { checkOutputs, testHold, UserError, writeAllOrNothing } from './files.ts';
import { listArticleFiles, readArticle } from './read-articles.ts';

class UsageError extends UserError {}

function parseArgs(argv: string[]): { inputs: string[]; out: string | undefined } {
  const inputs: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--out' || a === '-o') {
      out = argv[++i];
      if (!out) throw new UsageError('extract: --out needs a file name');
    } else if (a.startsWith('--out=')) {
      out = a.slice(6);
      if (!out) throw new UsageError('extract: --out= is empty (expected a file name)');
    } else if (a.startsWith('-') && a !== '-')
      throw new UsageError(
        `extract: unknown option ${a} (usage: npm run extract -- <file or folder>... [--out graph.json])`,
      );
    else inputs.push(a);
  }
  if (inputs.length === 0)
    throw new UsageError(
      'extract: no input (usage: npm run extract -- <file or folder>... [--out graph.json])',
    );
  return { inputs, out };
}

async function main(argv: string[]): Promise<void> {
  const started = performance.now();
  const { inputs, out } = parseArgs(argv);
  const files = listArticleFiles(inputs);
  if (out !== undefined) checkOutputs('extract', [out], files);
  const texts = files.map((f) => ({ file: f, text: readArticle(f) }));
  const showProgress = process.stderr.isTTY && texts.length > 3;
  const used = new Set<string>();
  const results: ExtractionResult[] = texts.map(({ file, text }, i) => {
    if (showProgress)
      process.stderr.write(`\rextract: ${i + 1}/${texts.length} ${basename(file)}`.padEnd(60));
    let id = basename(file, extname(file));
    while (used.has(id)) id = `${id}-${i}`;
    used.add(id);
    return extractArticle({ id, text });
  });
  if (showProgress) process.stderr.write('\n');
  const graph = buildGraph(results);
  const json = JSON.stringify(graph.export());
  if (out !== undefined)
    await writeAllOrNothing('extract', [{ path: out, content: json }], testHold());
  else process.stdout.write(`${json}\n`);
  const entities = graph.filterNodes((_, a) => a.kind !== 'statement').length;
  const statements = graph.order - entities;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `extract: ${results.length} articles, ${entities} entities, ${statements} statements, ${seconds} s${out ? ` → ${out}` : ''}\n`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UserError || err instanceof ArticleError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `extract: internal error, a bug in Isnad (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  }
}
