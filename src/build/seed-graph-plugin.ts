/**
 * Vite plugin: runs the preprocessing on the articles in `data/` when the app is started or built,
 * and serves the resulting graph (graphology serialization, with layout positions) as the virtual
 * module `virtual:isnad/seed-graph`. The browser never re-extracts the embedded corpus.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildGraph } from '../graph/build.ts';
import { readArticle } from '../cli/read-articles.ts';
import { extractArticle } from '../pipeline/index.ts';

const VIRTUAL_ID = 'virtual:isnad/seed-graph';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** The seed article comes first: it is the embedded default. */
export function listDataArticles(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.txt'))
    .sort((a, b) => (a === 'seed.txt' ? -1 : b === 'seed.txt' ? 1 : a.localeCompare(b)));
}

export function buildSeedGraphJson(dataDir: string): string {
  const results = listDataArticles(dataDir).map((name) =>
    extractArticle({
      id: name.replace(/\.txt$/, ''),
      // The CLI's reader: a bad file in data/ stops the build with the same clear line.
      text: readArticle(join(dataDir, name)),
    }),
  );
  return JSON.stringify(buildGraph(results).export());
}

export function seedGraphPlugin(dataDir: string): Plugin {
  return {
    name: 'isnad-seed-graph',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const name of listDataArticles(dataDir)) this.addWatchFile(join(dataDir, name));
      // JSON.parse of a string literal is faster to start than a large object literal.
      return `export default JSON.parse(${JSON.stringify(buildSeedGraphJson(dataDir))});`;
    },
  };
}
