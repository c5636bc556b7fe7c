/**
 * Where extraction's time goes: extracts the bench's varied corpus (real + recombined articles)
 * PASSES times in one process, for a CPU profile of the warm pipeline:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx tests/bench/profile-extract.ts [passes]
 *
 * Read the .cpuprofile in Chrome DevTools (Performance → Load profile), or sum self time per
 * function from its JSON (nodes[].callFrame, samples, timeDeltas).
 */
import { extractArticle } from '../../src/pipeline/index.ts';
import { sourceTexts, variedArticles } from './corpus.ts';

const passes = Number(process.argv[2] ?? 10);
const texts = [...sourceTexts(), ...variedArticles(100)];
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const t0 = performance.now();
for (let p = 0; p < passes; p++) texts.forEach((text, i) => extractArticle({ id: `a${i}`, text }));
const s = (performance.now() - t0) / 1000;
console.log(
  `profile-extract: ${passes} passes over ${texts.length} articles (${(bytes / 1e6).toFixed(2)} MB): ${s.toFixed(1)} s, ${((passes * bytes) / 1e6 / s).toFixed(1)} MB/s`,
);
