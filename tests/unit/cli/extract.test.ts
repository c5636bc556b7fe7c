/**
 * The extract CLI, run as a real process: error cases exit 2 with one line and write nothing;
 * two inputs merge into one graph.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphFromSerialized } from '../../../src/graph/index.ts';

const root = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'isnad-extract-'));
// Every folder this file makes goes with it: runs of the suite must not fill the disk.
const made = [dir];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function extract(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/extract.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('extract CLI errors', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['an empty file', () => file('empty.txt', ''), /input is empty/],
    [
      'a binary file',
      () => file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])),
      /not valid UTF-8|binary/,
    ],
    [
      'non-UTF-8 text',
      () => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
      /not valid UTF-8/,
    ],
    ['text with no Arabic', () => file('english.txt', 'Just some English text.'), /no Arabic/],
  ])('%s: one line on stderr, exit 2, no output file', (_t, makePath, message) => {
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
    const r = extract(makePath(), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('a bad input among good ones writes nothing', () => {
    const good = file('good.txt', 'وقال بوتين إن الحوار ضروري.');
    const out = join(dir, 'mixed.json');
    const r = extract(good, file('empty2.txt', '   '), '--out', out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('extract CLI output', () => {
  it('merges two articles into one graph, with a summary line', () => {
    const a = file('a.txt', 'وقال الرئيس الروسي فلاديمير بوتين إن الحوار مع واشنطن ضروري.');
    const b = file('b.txt', 'وأكد بوتين أن العلاقات مع الصين متينة جدا.');
    const out = join(dir, 'graph.json');
    const r = extract(a, b, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 articles, \d+ entities, 2 statements/);
    const graph = graphFromSerialized(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.getAttribute('articles').map((x) => x.id)).toEqual(['a', 'b']);
    const putin = graph.getNodeAttributes('person:فلاديمير بوتين');
    expect(new Set(putin.mentions.map((m) => m.article))).toEqual(new Set(['a', 'b']));
  });

  it('writes to stdout without --out', () => {
    const r = extract(join(root, 'data/seed.txt'));
    expect(r.code).toBe(0);
    expect(graphFromSerialized(JSON.parse(r.stdout)).order).toBeGreaterThan(50);
  });
});

describe('extract CLI --corrections', () => {
  const seedFile = join(root, 'data/seed.txt');
  const BELOUSOV_QUOTE = { article: 'seed', start: 2938, end: 2978 };
  const corrections = (edits: unknown[]) =>
    file(
      `corrections-${Math.random().toString(36).slice(2)}.json`,
      JSON.stringify({ format: 'isnad-corrections', version: 1, articles: [], edits }),
    );

  it('applies the edits and lists those that no longer apply', () => {
    const out = join(dir, 'corrected.json');
    const putin = { key: 'person:فلاديمير بوتين', label: 'فلاديمير بوتين' };
    const r = extract(
      seedFile,
      '--corrections',
      corrections([
        { op: 'speaker', statement: BELOUSOV_QUOTE, speaker: putin },
        { op: 'reject', statement: { article: 'seed', start: 1, end: 9 } },
      ]),
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('corrections: 1 of 2 edits applied, 1 no longer apply:');
    expect(r.stderr).toContain('- reject: statement-missing (seed 1–9)');
    const graph = graphFromSerialized(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.source(graph.findInEdge('statement:seed:2938', () => true)!)).toBe(putin.key);
    expect(graph.getNodeAttribute('statement:seed:2938', 'edited')).toEqual([
      { op: 'speaker', from: 'أندريه بيلوسوف', to: 'فلاديمير بوتين' },
    ]);
  });

  it.each([
    ['a missing file', () => join(dir, 'none.json'), /cannot read the corrections file/],
    ['a file that is not JSON', () => file('c-bad.json', '{'), /not valid JSON/],
    [
      'a file of another shape',
      () => file('c-shape.json', '{"edits":[]}'),
      /invalid file at format/,
    ],
  ])('%s: one line, exit 2, nothing written', (_t, makePath, message) => {
    const out = join(dir, `c-out-${Math.random().toString(36).slice(2)}.json`);
    const r = extract(seedFile, '--corrections', makePath(), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('never writes the graph over the corrections file', () => {
    const kept = corrections([]);
    const before = readFileSync(kept, 'utf8');
    const r = extract(seedFile, '--corrections', kept, '--out', kept);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is also an input/);
    expect(readFileSync(kept, 'utf8')).toBe(before);
  });
});

describe('extract CLI in worker threads', () => {
  // The seed's paragraphs as articles of their own (two share a name: ids stay unique), and the
  // whole seed: different speakers, sides and places in each, merged across articles.
  const seed = readFileSync(join(root, 'data/seed.txt'), 'utf8');
  const folder = mkdtempSync(join(tmpdir(), 'isnad-parallel-'));
  made.push(folder);
  const paragraphs = seed.split(/\n/).filter((p) => p.trim().length > 80);
  paragraphs.forEach((p, i) =>
    writeFileSync(join(folder, `p${String(i).padStart(2, '0')}.txt`), p),
  );
  writeFileSync(join(folder, 'seed.txt'), seed);
  const run = (...args: string[]) => {
    const out = join(dir, `par-${args.join('').replace(/\W/g, '')}.json`);
    const r = extract(folder, '--out', out, ...args);
    return { ...r, json: r.code === 0 ? readFileSync(out, 'utf8') : '' };
  };

  it('writes the graph the single-threaded run writes, byte for byte', () => {
    expect(paragraphs.length).toBeGreaterThan(6);
    const one = run('--jobs', '1');
    expect(one.code).toBe(0);
    for (const jobs of ['2', '3']) {
      const many = run('--jobs', jobs);
      expect(many.stderr).toMatch(new RegExp(`\\(${jobs} threads\\)`));
      expect(many.json).toBe(one.json);
    }
  });

  it('stops with the error the single-threaded run names first', () => {
    const bad = mkdtempSync(join(tmpdir(), 'isnad-parallel-bad-'));
    made.push(bad);
    for (const [i, p] of paragraphs.entries()) writeFileSync(join(bad, `p${i + 10}.txt`), p);
    writeFileSync(join(bad, 'p98.txt'), 'English only, no Arabic here at all.');
    writeFileSync(join(bad, 'p99.txt'), '');
    const one = extract(bad, '--jobs', '1');
    const many = extract(bad, '--jobs', '3');
    expect(one.code).toBe(2);
    expect(many.code).toBe(2);
    expect(many.stderr).toBe(one.stderr);
    expect(many.stderr).toMatch(/p98\.txt/);
  });

  it('npm run extract (the bundled CLI, its workers) writes what the sources write', () => {
    const one = run('--jobs', '1');
    const out = join(dir, 'bundled.json');
    const r = spawnSync(
      process.execPath,
      [join(root, 'src/cli/run.mjs'), 'extract', folder, '--out', out, '--jobs', '2'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.stderr).toMatch(/\(2 threads\)/);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(one.json);
  });

  it('--no-layout writes no positions; --jobs must be a number', () => {
    const graph = JSON.parse(run('--no-layout', '--jobs', '2').json) as {
      nodes: Array<{ attributes: Record<string, unknown> }>;
    };
    expect(graph.nodes.length).toBeGreaterThan(20);
    expect(graph.nodes.filter((n) => 'x' in n.attributes)).toEqual([]);
    const r = extract(folder, '--jobs', 'many');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs takes a number/);
  });
});
