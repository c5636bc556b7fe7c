/**
 * `npm run extract -- <file or folder>... [--out graph.json] [--corrections corrections.json]`
 * Extracts every article (UTF-8 .txt files; folders are read in name order), merges them into
 * one graph, applies a corrections file exported from the app (the edits that no longer apply
 * are listed on stderr) and writes graphology's JSON. Bad input stops everything with one line on stderr
 * and exit code 2 (exit code 1 only for a bug in Isnad); the output is written whole (temp file
 * beside it + rename) or not at all, and never over an input (files.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import { buildGraph } from '../graph/build.ts';
import { applyEdits, type Edit } from '../graph/curation/index.ts';
import { parseCorrections } from '../graph/curation/parse.ts';
import { ArticleError, extractArticle, type ExtractionResult } from '../pipeline/index.ts';
import { checkOutputs, testHold, UserError, writeAllOrNothing } from './files.ts';
import { listArticleFiles, readArticle } from './read-articles.ts';

class UsageError extends UserError {}

const USAGE =
  'npm run extract -- <file or folder>... [--out graph.json] [--corrections corrections.json]';
const MAX_CORRECTIONS_BYTES = 50 * 1024 * 1024;

interface Args {
  inputs: string[];
  out: string | undefined;
  corrections: string | undefined;
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
    } else if (a.startsWith('--out=')) {
      out = a.slice(6);
      if (!out) throw new UsageError('extract: --out= is empty (expected a file name)');
    } else if (a === '--corrections') {
      corrections = argv[++i];
      if (!corrections) throw new UsageError('extract: --corrections needs a file name');
    } else if (a.startsWith('--corrections=')) {
      corrections = a.slice(14);
      if (!corrections)
        throw new UsageError('extract: --corrections= is empty (expected a file name)');
    } else if (a.startsWith('-') && a !== '-')
      throw new UsageError(`extract: unknown option ${a} (usage: ${USAGE})`);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new UsageError(`extract: no input (usage: ${USAGE})`);
  return { inputs, out, corrections };
}

/** The edits of a corrections file, or an error naming the file and what is wrong. */
function readCorrections(file: string): Edit[] {
  let text: string;
  try {
    if (statSync(file).size > MAX_CORRECTIONS_BYTES)
      throw new UsageError(`extract: ${file}: larger than 50 MB (expected a corrections file)`);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`extract: ${file}: cannot read the corrections file`);
  }
  try {
    return parseCorrections(JSON.parse(text)).edits;
  } catch (err) {
    const msg =
      err instanceof SyntaxError ? `not valid JSON (${err.message})` : (err as Error).message;
    throw new UsageError(`extract: ${file}: ${msg}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const started = performance.now();
  const { inputs, out, corrections } = parseArgs(argv);
  const edits = corrections !== undefined ? readCorrections(corrections) : undefined;
  const files = listArticleFiles(inputs);
  if (out !== undefined)
    checkOutputs('extract', [out], corrections !== undefined ? [...files, corrections] : files);
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
  if (out !== undefined)
    await writeAllOrNothing('extract', [{ path: out, content: json }], testHold());
  else process.stdout.write(`${json}\n`);
  const statements = serialized.nodes.filter((n) => n.attributes?.kind === 'statement').length;
  const entities = serialized.nodes.length - statements;
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
