#!/usr/bin/env node
// `npm run extract` starts here: `node src/cli/run.mjs extract <args>` bundles the CLI (and its
// worker) with esbuild into node_modules/.cache/isnad-cli/ when a source file changed since the
// last bundle, then runs the bundle. Plain JavaScript, so Node starts it without a TypeScript
// loader: the bundle starts in about a quarter of the time tsx takes to transpile the sources,
// and each worker thread loads one file instead of transpiling the extractor again.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundled CLIs and the extra entry points each needs beside it. */
const CLIS = { extract: ['src/cli/extract.ts', 'src/cli/extract-worker.ts'] };

const [name, ...args] = process.argv.slice(2);
const entries = CLIS[name];
if (!entries) {
  process.stderr.write(`run: unknown command ${name} (expected ${Object.keys(CLIS).join(', ')})\n`);
  process.exit(2);
}
const outdir = join(ROOT, 'node_modules/.cache/isnad-cli', name);
const manifest = join(outdir, 'inputs.json');

/** The bundle is fresh when it exists and no input changed since it was built. */
function fresh() {
  try {
    const { built, inputs } = JSON.parse(readFileSync(manifest, 'utf8'));
    return inputs.every((file) => statSync(join(ROOT, file)).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (!fresh()) {
  const started = Date.now();
  const { build } = await import('esbuild');
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir,
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
  // Written last, and renamed into place: an interrupted build is rebuilt next time.
  writeFileSync(`${manifest}.tmp`, JSON.stringify({ built: started, inputs }));
  renameSync(`${manifest}.tmp`, manifest);
}

process.argv = [process.argv[0], join(outdir, `${name}.mjs`), ...args];
await import(pathToFileURL(join(outdir, `${name}.mjs`)).href);
