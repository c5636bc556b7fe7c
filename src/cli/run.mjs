#!/usr/bin/env node
// `npm run extract` starts here: `node src/cli/run.mjs extract <args>` bundles the CLI (and its
// worker) with esbuild into node_modules/.cache/isnad-cli/ when a source file changed since the
// last bundle, then runs the bundle. Plain JavaScript, so Node starts it without a TypeScript
// loader: the bundle starts in about a quarter of the time tsx takes to transpile the sources,
// and each worker thread loads one file instead of transpiling the extractor again.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundled CLIs and the extra entry points each needs beside it. */
const CLIS = { extract: ['src/cli/extract.ts', 'src/cli/extract-worker.ts'] };

const [name, ...args] = process.argv.slice(2);
const entries = CLIS[name];
if (!entries) {
  process.stderr.write(`run: unknown command ${name} (expected ${Object.keys(CLIS).join(', ')})\n`);
  process.exit(2);
}
const cache = join(ROOT, 'node_modules/.cache/isnad-cli', name);
const manifest = join(cache, 'manifest.json');

/** The last bundle's folder when it exists and no input changed since it was built. */
function fresh() {
  try {
    const { built, inputs, dir, root } = JSON.parse(readFileSync(manifest, 'utf8'));
    // A worktree whose node_modules links to another checkout's shares this cache: a bundle
    // built from the other tree's sources is never this tree's.
    if (root !== ROOT) return undefined;
    const current = inputs.every((file) => statSync(join(ROOT, file)).mtimeMs <= built);
    return current && statSync(join(cache, dir, `${name}.mjs`)).isFile() ? dir : undefined;
  } catch {
    return undefined;
  }
}

let dir = fresh();
if (dir === undefined) {
  // Each build gets a folder of its own and the manifest is renamed into place last, so a run
  // never loads a half-written bundle, and one still running keeps its worker's file.
  const started = Date.now();
  dir = `b${started}-${process.pid}`;
  const { build } = await import('esbuild');
  mkdirSync(join(cache, dir), { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir: join(cache, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'error',
    // Inlined CommonJS dependencies may `require` Node's own modules.
    banner: {
      js: "import { createRequire as isnadRequire } from 'node:module'; const require = isnadRequire(import.meta.url);",
    },
  });
  // This file and the installed packages count as inputs too.
  const inputs = [
    ...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules')),
    'src/cli/run.mjs',
    'package-lock.json',
  ];
  writeFileSync(
    `${manifest}.${process.pid}`,
    JSON.stringify({ built: started, inputs, dir, root: ROOT }),
  );
  renameSync(`${manifest}.${process.pid}`, manifest);
  // Older bundles go once no run can still be using them.
  for (const old of readdirSync(cache))
    if (
      old !== dir &&
      old.startsWith('b') &&
      statSync(join(cache, old)).mtimeMs < started - 3600_000
    )
      rmSync(join(cache, old), { recursive: true, force: true });
}

// V8 optimizes a function once it has run about 66 KB of bytecode: the extractor's large stage
// functions are then optimized before their rarer branches have run, deoptimized when one
// does and optimized again, up to five times each over 1,000 articles (findPersons' optimized
// code alone takes 0.1–0.4 s to compile each time). Twelve times the budget lets them run
// longer unoptimized and be optimized fewer times, with what articles do: a third of the
// compilations and a quarter less CPU time at 1,000 articles, one thread or two; at 10,000,
// where the warm-up is a smaller share, no change beyond the noise of a busy machine.
// Set here, before the bundle is loaded, so its functions and any worker thread's get it.
setFlagsFromString('--interrupt-budget=800000');

const main = join(cache, dir, `${name}.mjs`);
process.argv = [process.argv[0], main, ...args];
await import(pathToFileURL(main).href);
