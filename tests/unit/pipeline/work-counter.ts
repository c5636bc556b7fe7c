/**
 * Counted work for the linear-time tests: runs the pipeline's recipe with the document's token
 * arrays (tokens, sentence numbers, quote and mention indexes) behind proxies that count every
 * indexed read. Deterministic, unlike a stopwatch: a stage that rescans the text from every cue
 * shows up as reads growing with the square of the input.
 */
import type { Doc } from '../../../src/pipeline/document.ts';
import { emptyDoc } from '../../../src/pipeline/document.ts';
import { STAGES } from '../../../src/pipeline/index.ts';

const COUNTED = ['tokens', 'sentence', 'quoteOf', 'mentionAt'] as const;

/** Indexed reads per stage (by function name) while extracting `text`. */
export function countedReads(text: string): Map<string, number> {
  const counted = new WeakSet<object>();
  const reads = new Map<string, number>();
  let stage = '';
  const wrap = <T extends object>(target: T): T => {
    if (counted.has(target)) return target;
    const proxy = new Proxy(target, {
      get(t, key, receiver) {
        if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) <= 57)
          reads.set(stage, (reads.get(stage) ?? 0) + 1);
        const value: unknown = Reflect.get(t, key, t === receiver ? receiver : t);
        // Typed-array methods need the real array as `this`.
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(t)
          : value;
      },
    });
    counted.add(proxy);
    return proxy;
  };
  let doc: Doc = emptyDoc('count', 'count', text);
  for (const run of STAGES) {
    stage = run.name;
    const fields = doc as unknown as Record<string, object>;
    for (const field of COUNTED) fields[field] = wrap(fields[field] as object);
    doc = run(doc);
  }
  return reads;
}
