/**
 * `npm run extract -- <file or folder>... [--out graph.json] [--corrections corrections.json]`
 * Extracts every article (UTF-8 .txt files; folders are read in name order), merges them into
 * one graph, applies a corrections file exported from the app (the edits that no longer apply
 * are listed on stderr) and writes graphology's JSON. Bad input stops everything with one line on stderr
 * and exit code 2; the output file is written whole (temp file + rename) or not at all.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { basename, extname } from 'node:path';
import { buildGraph } from '../graph/build.ts';
import { applyEdits, parseCorrections, type Edit } from '../graph/curation/index.ts';
import { extractArticle, type ExtractionResult } from '../pipeline/index.ts';
import { listArticleFiles, readArticle } from './read-articles.ts';

class UsageError extends Error {}

const USAGE =
  'npm run extract -- <file or folder>... [--out graph.json] [--corrections corrections.json]';

interface Args {
  inputs: string[];
  out?: string;
  corrections?: string;
}

function parseArgs(argv: string[]): Args {
  const inputs: string[] = [];
  let out: string | undefined;
  let corrections: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--out' || a === '-o') {
      out = argv[++i];
      if (!out) throw new UsageError('extract: --out needs a file name');
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--corrections') {
      corrections = argv[++i];
      if (!corrections) throw new UsageError('extract: --corrections needs a file name');
    } else if (a.startsWith('--corrections=')) corrections = a.slice(14);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new UsageError(`extract: no input (usage: ${USAGE})`);
  return { inputs, ...(out ? { out } : {}), ...(corrections ? { corrections } : {}) };
}

/** The edits of a corrections file, or an error naming the file and what is wrong. */
function readCorrections(file: string): Edit[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`extract: ${file}: cannot read the corrections file`);
  }
  try {
    return parseCorrections(JSON.parse(text)).edits;
  } catch (err) {
    const msg =
      err instanceof SyntaxError
        ? `not valid JSON (${err.message})`
        : String((err as Error).message);
    throw new UsageError(`extract: ${file}: ${msg}`);
  }
}

function main(argv: string[]): void {
  const started = performance.now();
  const { inputs, out, corrections } = parseArgs(argv);
  const edits = corrections ? readCorrections(corrections) : undefined;
  const files = listArticleFiles(inputs);
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
  let serialized: SerializedGraph = buildGraph(results).export();
  if (edits) {
    const { graph, applied, skipped } = applyEdits(serialized, edits);
    serialized = graph;
    process.stderr.write(
      `extract: corrections: ${applied.length} of ${edits.length} edits applied${skipped.length ? `, ${skipped.length} no longer apply:` : ''}\n`,
    );
    for (const { edit, failure } of skipped)
      process.stderr.write(`  - ${edit.op}: ${failure.code} (${failure.what})\n`);
  }
  const json = JSON.stringify(serialized);
  if (out) {
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, out);
  } else process.stdout.write(`${json}\n`);
  const statements = serialized.nodes.filter((n) => n.attributes?.kind === 'statement').length;
  const entities = serialized.nodes.length - statements;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `extract: ${results.length} articles, ${entities} entities, ${statements} statements, ${seconds} s${out ? ` → ${out}` : ''}\n`,
  );
}

try {
  main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
