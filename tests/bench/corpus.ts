/**
 * Bench corpora, made at run time and never committed: "varied" articles recombine the sentences
 * of data/seed.txt and, when present, the development articles (tests/.dev-articles, third-party
 * text read here and not stored); "copies" repeat the seed. Deterministic (a fixed seed).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const DEV = join(ROOT, 'tests/.dev-articles/corpus');

export const seedText = (): string => readFileSync(join(ROOT, 'data/seed.txt'), 'utf8');

/** The seed and every development article, as they are. */
export function sourceTexts(): string[] {
  const texts = [seedText()];
  if (existsSync(DEV))
    for (const f of readdirSync(DEV)
      .filter((x) => x.endsWith('.txt'))
      .sort())
      texts.push(readFileSync(join(DEV, f), 'utf8'));
  return texts;
}

/** `count` articles of about `chars` characters each, sentences drawn from every source text. */
export function variedArticles(count: number, chars = 8000): string[] {
  const sentences = sourceTexts()
    .flatMap((t) => t.split(/(?<=[.؟!\n])/u))
    .filter((s) => s.trim().length > 0);
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const out: string[] = [];
  for (let a = 0; a < count; a++) {
    let text = '';
    while (text.length < chars) text += sentences[Math.floor(next() * sentences.length)];
    out.push(text);
  }
  return out;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export function machine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${load}`;
}

export const devArticlesPresent = (): boolean => existsSync(DEV);
