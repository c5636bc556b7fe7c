/**
 * The CLIs never destroy an input or leave debris, and every user error is exit code 2 with one
 * line naming the path (issue 13's table, one row each). extract runs as a real process (signals
 * included); export through runExport.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../src/cli/export-run';
import { fixtureGraph } from '../export/fixture';

const root = new URL('../../../', import.meta.url).pathname;
const ARTICLE = 'وقال الرئيس الروسي فلاديمير بوتين إن الحوار مع واشنطن ضروري.\n';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-safety-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (name: string) => join(dir, name);
const put = (name: string, content = ARTICLE) => (writeFileSync(at(name), content), at(name));
/** Every file left in the test folder and its sub-folders, but the named ones. */
function debris(...keep: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(tmp|bak)$/.test(f) || !keep.some((k) => f === k || f.startsWith(`${k}/`)))
    .sort();
}

function extract(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, lines: r.stderr.trim().split('\n') };
}

describe('extract: user errors are exit 2 and one line naming the path; nothing written', () => {
  it.each([
    [
      '--out equal to the input',
      () => [put('a.txt'), '--out', at('a.txt')],
      /a\.txt: is also an input/,
      ['a.txt'],
    ],
    [
      '--out naming an existing folder',
      () => [put('a.txt'), '--out', (mkdirSync(at('out')), at('out'))],
      /out: is a folder/,
      ['a.txt', 'out'],
    ],
    [
      'a folder named x.txt as input',
      () => [(mkdirSync(at('x.txt')), at('x.txt')), '--out', at('g.json')],
      /x\.txt: folder has no \.txt articles/,
      ['x.txt'],
    ],
    [
      'a folder named x.txt inside an input folder',
      () => [(mkdirSync(at('in/x.txt'), { recursive: true }), at('in')), '--out', at('g.json')],
      /in\/x\.txt: is a folder \(expected a file\)/,
      ['in'],
    ],
    [
      'a dangling symbolic link',
      () => [(symlinkSync(at('gone.txt'), at('link.txt')), at('link.txt')), '--out', at('g.json')],
      /link\.txt: a symbolic link to nothing/,
      ['link.txt'],
    ],
    [
      'a loop of symbolic links',
      () => [
        (symlinkSync(at('b.txt'), at('a.txt')), symlinkSync(at('a.txt'), at('b.txt')), at('a.txt')),
        '--out',
        at('g.json'),
      ],
      /a\.txt: a loop of symbolic links/,
      ['a.txt', 'b.txt'],
    ],
    [
      'a missing output folder',
      () => [put('a.txt'), '--out', at('nowhere/g.json')],
      /g\.json: the output folder .*nowhere does not exist/,
      ['a.txt'],
    ],
    ['an empty --out=', () => [put('a.txt'), '--out='], /--out= is empty/, ['a.txt']],
    [
      'a text over the size limit',
      () => [put('long.txt', 'قال بوتين إن '.repeat(90_000)), '--out', at('g.json')],
      /long\.txt: input is too long \(1,170,000 characters; the limit is 1,000,000/,
      ['long.txt'],
    ],
  ])('%s', (_title, args, message, keep) => {
    const before = existsSync(at('a.txt')) ? readFileSync(at('a.txt'), 'utf8') : undefined;
    const r = extract(...args());
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(message);
    expect(r.lines[0]).not.toMatch(/\.tmp|ENOENT|EISDIR|ELOOP/);
    expect(r.code).toBe(2);
    expect(debris(...keep)).toEqual([]);
    if (before !== undefined) expect(readFileSync(at('a.txt'), 'utf8')).toBe(before);
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s while the output is half-way leaves no temporary file', async (signal, code) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/extract.ts', put('a.txt'), '--out', at('g.json')],
      { cwd: root, env: { ...process.env, ISNAD_TEST_HOLD_MS: '20000' } },
    );
    // Wait for the temporary file to exist, then interrupt.
    for (let i = 0; i < 600 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++)
      await new Promise((done) => setTimeout(done, 50));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    const exited = new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(debris('a.txt')).toEqual([]);
  });
});

describe('export: user errors are exit 2 and one line naming the path; nothing written', () => {
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void stderr.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());
  const graph = () => put('g.json', JSON.stringify(fixtureGraph));

  it.each([
    [
      '--out equal to the input',
      () => [graph(), '--format', 'gexf', '--out', at('g.json')],
      /g\.json: is also an input/,
      ['g.json'],
    ],
    [
      'a CSV export whose third table is a folder',
      () => [graph(), '--format', 'csv', '--out', (mkdirSync(at('t-statements.csv')), at('t.csv'))],
      /t-statements\.csv: is a folder/,
      ['g.json', 't-statements.csv'],
    ],
    [
      'a missing output folder',
      () => [graph(), '--format', 'json', '--out', at('nowhere/x.json')],
      /the output folder .*nowhere does not exist/,
      ['g.json'],
    ],
    [
      'deeply nested attributes',
      () => {
        const deep = JSON.stringify(fixtureGraph).replace(
          '"kind":"person",',
          `"kind":"person","extra":${'['.repeat(100_000)}${']'.repeat(100_000)},`,
        );
        return [put('deep.json', deep), '--format', 'gexf', '--out', at('x.gexf')];
      },
      /deep\.json is not an Isnad graph file: nested deeper than 32 levels/,
      ['deep.json'],
    ],
    [
      'a graph file over 50 MB (bytes, checked before reading)',
      () => {
        const big = put('big.json', '{}');
        truncateSync(big, 60 * 1024 * 1024);
        return [big, '--format', 'gexf', '--out', at('x.gexf')];
      },
      /big\.json: 60 MB is over the 50 MB limit/,
      ['big.json'],
    ],
  ])('%s', async (_title, args, message, keep) => {
    const argv = args();
    const before = readFileSync(argv[0]!, 'utf8').slice(0, 1000);
    expect(await runExport(argv)).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
    expect(stderr[0]).not.toContain('\n');
    expect(debris(...keep)).toEqual([]);
    expect(readFileSync(argv[0]!, 'utf8').slice(0, 1000)).toBe(before);
  });
});

describe('extract cleans text at the door', () => {
  it('control characters become spaces: same length, none in names, statements or the text', () => {
    const raw = 'وقال الرئيس الروسي فلاديمير\u000bبوتين إن الحوار\u0085مع واشنطن ضروري.\r\n';
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/extract.ts', put('c.txt', raw)],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    const graph = JSON.parse(r.stdout) as {
      attributes: { articles: Array<{ text: string }> };
      nodes: Array<{ attributes: { label: string; text?: string } }>;
    };
    const text = graph.attributes.articles[0]!.text;
    expect(text).toHaveLength(raw.length);
    const controls = (s: string) => [...s].filter((c) => c.charCodeAt(0) < 0x20 && c !== '\n');
    expect(controls(text)).toEqual([]);
    expect(
      graph.nodes.flatMap((n) => controls(n.attributes.label + (n.attributes.text ?? ''))),
    ).toEqual([]);
    expect(graph.nodes.some((n) => n.attributes.label === 'فلاديمير بوتين')).toBe(true);
  });
});
