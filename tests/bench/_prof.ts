import { readdirSync, readFileSync } from 'node:fs';
const root = process.argv[3] ?? '/work/wt-speed-x';
const { extractArticle } = await import(`${root}/src/pipeline/index.ts`);
const dir = process.argv[2]!;
const texts = readdirSync(dir).sort().slice(0, 300).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (let r = 0; r < 8; r++) {
  const t0 = performance.now();
  texts.forEach((text, i) => extractArticle({ id: `a${i}`, text }));
  const ms = performance.now() - t0;
  console.log(`pass ${r}: ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
}
