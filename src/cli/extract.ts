/**
 * `npm run extract -- <file or folder>... [--out graph.json] [--corrections corrections.json]
 *  [--no-layout] [--jobs N]
 *  [--timings]` (the milliseconds each phase took, on stderr)
 * Extracts every article (UTF-8 .txt files; folders are read in name order), merges them into
 * one graph, applies a corrections file exported from the app (the edits that no longer apply
 * are listed on stderr) and writes graphology's JSON. Many articles are extracted in worker threads (one an
 * idle core; `--jobs 1` keeps one thread); `--no-layout` leaves positions out. Bad input stops everything with one line on stderr
 * and exit code 2 (exit code 1 only for a bug in Isnad); the output is written whole (temp file
 * beside it + rename) or not at all, and never over an input (files.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import { buildGraph } from '../graph/build.ts';
import { layoutGraph } from '../graph/layout-choice.ts';
import { applyEdits, type Edit } from '../graph/curation/index.ts';
import { parseCorrections } from '../graph/curation/parse.ts';
import { ArticleError, extractArticle, type ExtractionResult } from '../pipeline/index.ts';
import { defaultJobs, extractInWorkers } from './extract-parallel.ts';
import { checkOutputs, testHold, UserError, writeAllOrNothing } from './files.ts';
import { jsonChunks } from './json-chunks.ts';
import { listArticleFiles, readArticle } from './read-articles.ts';

class UsageError extends UserError {}

const USAGE =
  'usage: npm run extract -- <file or folder>... [--out graph.json] [--corrections corrections.json] [--no-layout] [--jobs N] [--timings]';
const MAX_CORRECTIONS_BYTES = 50 * 1024 * 1024;

interface Args {
  inputs: string[];
  out: string | undefined;
  corrections: string | undefined;
  layout: boolean;
  /** Worker threads; undefined: decided by the number of articles. */
  jobs: number | undefined;
  /** Say on stderr how long each phase took. */
  timings: boolean;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === 'auto') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`extract: --jobs takes a number from 1 to 64 or auto (${USAGE})`);
  return n;
}

function parseArgs(argv: string[]): Args {
  const inputs: string[] = [];
  let out: string | undefined;
  let corrections: string | undefined;
  let layout = true;
  let jobs: number | undefined;
  let timings = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--no-layout') layout = false;
    else if (a === '--timings') timings = true;
    else if (a === '--jobs' || a === '-j') jobs = parseJobs(argv[++i]);
    else if (a.startsWith('--jobs=')) jobs = parseJobs(a.slice(7));
    else if (a === '--out' || a === '-o') {
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
      throw new UsageError(`extract: unknown option ${a} (${USAGE})`);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new UsageError(`extract: no input (${USAGE})`);
  return { inputs, out, corrections, layout, jobs, timings };
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

/** Node ids: the file names, made unique in file order. */
function articleIds(files: readonly string[]): string[] {
  const used = new Set<string>();
  return files.map((file, i) => {
    let id = basename(file, extname(file));
    while (used.has(id)) id = `${id}-${i}`;
    used.add(id);
    return id;
  });
}

/** Milliseconds per phase, in order; the first is the process's start-up (Node, the bundle). */
class Phases {
  private last = performance.now();
  readonly ms: Array<[string, number]> = [['start-up', this.last]];
  lap(name: string): void {
    const now = performance.now();
    this.ms.push([name, now - this.last]);
    this.last = now;
  }
  toString(): string {
    return this.ms.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ');
  }
}

async function main(argv: string[]): Promise<void> {
  const started = performance.now();
  const phases = new Phases();
  const { inputs, out, corrections, layout, jobs: asked, timings } = parseArgs(argv);
  const edits = corrections !== undefined ? readCorrections(corrections) : undefined;
  const files = listArticleFiles(inputs);
  if (out !== undefined)
    checkOutputs('extract', [out], corrections !== undefined ? [...files, corrections] : files);
  const ids = articleIds(files);
  const jobs = Math.min(asked ?? defaultJobs(files.length), files.length);
  const showProgress = process.stderr.isTTY && files.length > 3;
  let results: ExtractionResult[];
  if (jobs > 1) {
    let done = 0;
    results = await extractInWorkers(files, ids, jobs, (n) => {
      done += n;
      if (showProgress) process.stderr.write(`\rextract: ${done}/${files.length}`.padEnd(60));
    });
  } else {
    const texts = files.map((f) => readArticle(f));
    results = texts.map((text, i) => {
      if (showProgress)
        process.stderr.write(
          `\rextract: ${i + 1}/${texts.length} ${basename(files[i] ?? '')}`.padEnd(60),
        );
      return extractArticle({ id: ids[i] ?? '', text });
    });
  }
  if (showProgress) process.stderr.write('\n');
  phases.lap(jobs > 1 ? 'read and extract (workers)' : 'read and extract');
  const built = buildGraph(results, { layout: false });
  phases.lap('graph');
  if (layout) {
    layoutGraph(built);
    phases.lap('layout');
  }
  let serialized: SerializedGraph = built.export();
  phases.lap('export');
  if (edits) {
    const { graph, applied, skipped } = applyEdits(serialized, edits);
    serialized = graph;
    process.stderr.write(
      `extract: corrections: ${applied.length} of ${edits.length} edits applied${skipped.length ? `, ${skipped.length} no longer apply:` : ''}\n`,
    );
    for (const { edit, failure } of skipped)
      process.stderr.write(`  - ${edit.op}: ${failure.code} (${failure.what})\n`);
    phases.lap('corrections');
  }
  if (out !== undefined) {
    // Made and written a megabyte at a time: the whole text is never in memory at once.
    const json = jsonChunks(serialized as unknown as Record<string, unknown>);
    await writeAllOrNothing('extract', [{ path: out, content: json }], testHold());
  } else process.stdout.write(`${JSON.stringify(serialized)}\n`);
  phases.lap('JSON and write');
  const statements = serialized.nodes.filter((n) => n.attributes?.kind === 'statement').length;
  const entities = serialized.nodes.length - statements;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `extract: ${results.length} articles, ${entities} entities, ${statements} statements, ${seconds} s${jobs > 1 ? ` (${jobs} threads)` : ''}, cpu ${cpuSeconds()} s, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB${out ? ` → ${out}` : ''}\n`,
  );
  if (timings) process.stderr.write(`extract: phases (ms): ${phases}\n`);
}

/** CPU time of the whole process, every thread included. */
function cpuSeconds(): string {
  const { user, system } = process.cpuUsage();
  return ((user + system) / 1e6).toFixed(2);
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
