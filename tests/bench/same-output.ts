/**
 * A dev tool for speed work: what `extractArticle` returns must not change when only *how* the
 * stages run changes. `save <file>` writes every case's result as JSON; `check <file>` extracts
 * again and names the cases whose result differs (with the first differing path).
 *
 *   npx tsx tests/bench/same-output.ts save /tmp/before.json
 *   npx tsx tests/bench/same-output.ts check /tmp/before.json
 *
 * Cases: data/*.txt, the development corpus's *tune* articles (never the blind ones: their texts
 * and outputs stay unseen), articles recombined from the sentences of those texts, word soups
 * with quotes and punctuation (both seeded), the texts of the synthetic corpus and the
 * adversarial shapes at 2 KB.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/pipeline/index.ts';
import { SHAPES, shapeText, type ShapeName } from '../fixtures/adversarial.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function tuneIds(): string[] {
  const split = JSON.parse(readFileSync(join(ROOT, 'tests/corpus/split.json'), 'utf8')) as {
    tune: string[];
  };
  return split.tune;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

export function cases(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const f of readdirSync(join(ROOT, 'data')).sort())
    if (f.endsWith('.txt')) out.push([`data/${f}`, readFileSync(join(ROOT, 'data', f), 'utf8')]);
  const dev = join(ROOT, 'tests/.dev-articles/corpus');
  for (const id of tuneIds()) {
    const file = join(dev, `${id}.txt`);
    if (existsSync(file)) out.push([`tune/${id}`, readFileSync(file, 'utf8')]);
  }
  if (out.length < 2) console.error('same-output: tests/.dev-articles missing, seed cases only');
  const sources = out.map(([, text]) => text);
  const sentences = sources.flatMap((t) => t.split(/(?<=[.؟!\n])/u)).filter((s) => s.trim());
  const next = random(2024);
  for (let a = 0; a < 300; a++) {
    const chars = 500 + Math.floor(next() * 12_000);
    let text = '';
    while (text.length < chars) text += sentences[Math.floor(next() * sentences.length)];
    out.push([`varied/${a}`, text]);
  }
  const words = sources.flatMap((t) => t.split(/\s+/u)).filter(Boolean);
  const marks = ['«', '»', '“', '”', '"', ':', '،', '.', '\n', '(', ')', '-', '–', '؟'];
  for (let a = 0; a < 300; a++) {
    const n = 5 + Math.floor(next() * 400);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = next();
      if (r < 0.12) parts.push(marks[Math.floor(next() * marks.length)] ?? '.');
      else parts.push(words[Math.floor(next() * words.length)] ?? '');
      parts.push(next() < 0.1 ? '' : ' ');
    }
    out.push([`soup/${a}`, parts.join('')]);
  }
  for (const [i, r] of syntheticCorpus({ articles: 60 }).entries())
    out.push([`synthetic/${i}`, r.article.text]);
  for (const name of Object.keys(SHAPES) as ShapeName[])
    out.push([`shape/${name}`, shapeText(name, 2000)]);
  return out;
}

function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${path}.${k}`,
    );
    if (d) return d;
  }
  return undefined;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'check') || !file) {
  console.error('usage: npx tsx tests/bench/same-output.ts save|check <file.json>');
  process.exit(2);
}
const results: Record<string, unknown> = {};
for (const [name, text] of cases()) {
  // Through JSON, as the results are stored (undefined fields drop out on both sides).
  results[name] = JSON.parse(JSON.stringify(extractArticle({ id: 'case', text })));
}
if (mode === 'save') {
  writeFileSync(file, JSON.stringify(results));
  console.log(`same-output: ${Object.keys(results).length} cases saved to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const names = new Set([...Object.keys(before), ...Object.keys(results)]);
  let differ = 0;
  for (const name of names) {
    const d = firstDifference(before[name], results[name]);
    if (!d) continue;
    differ++;
    if (differ <= 10) console.log(`  ${name}: ${d}`);
  }
  console.log(
    differ === 0
      ? `same-output: all ${names.size} cases identical`
      : `same-output: ${differ} of ${names.size} cases differ`,
  );
  process.exitCode = differ === 0 ? 0 : 1;
}
