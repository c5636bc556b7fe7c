import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  emptyView,
  newDrafts,
  newWorkspace,
  viewForGraph,
  withArticleMeta,
} from '../../../../src/app/workspace/change';
import { articleIdFor } from '../../../../src/app/workspace/ids';
import {
  MemoryRepository,
  openRepository,
  storageProblem,
  type Repository,
} from '../../../../src/app/workspace/repository';
import type { StoredArticle } from '../../../../src/app/workspace/types';
import { runJob, type JobArticle } from '../../../../src/app/workspace/worker/job';

const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/workspace', name), 'utf8');
const PASTED = fixture('pasted.txt');
const REPORT = fixture('report.txt');

const job = (text: string, meta: Partial<JobArticle['meta']> = {}): JobArticle => ({
  id: articleIdFor(text),
  text,
  meta: { title: text.split('\n')[0]!, ...meta },
});

describe('a workspace job (what the worker runs)', () => {
  it('extracts new articles with progress n of N and merges them: Lavrov is one node', () => {
    const progress: string[] = [];
    const outcome = runJob([job(PASTED), job(REPORT, { source: 'وكالة المثال' })], (p) =>
      progress.push(`${p.done}/${p.total}`),
    );
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    expect(outcome.articleIds).toEqual([articleIdFor(PASTED), articleIdFor(REPORT)]);
    expect(Object.keys(outcome.extracted)).toEqual(outcome.articleIds);
    const lavrov = outcome.graph.nodes.filter((n) => n.key.includes('لافروف'));
    expect(lavrov.map((n) => n.key)).toEqual(['person:سيرغي لافروف']);
    // The user's metadata is the article's, in the graph and so in every export.
    expect(outcome.graph.attributes?.articles[1]).toMatchObject({ source: 'وكالة المثال' });
  });

  it('reuses stored results (nothing to extract: 0 of 0) and leaves a bad article out, said', () => {
    const first = runJob([job(PASTED)]);
    const stored = { ...job(PASTED), result: first.extracted[articleIdFor(PASTED)]! };
    const progress: string[] = [];
    const outcome = runJob([stored, job('Only English here.')], (p) =>
      progress.push(`${p.done}/${p.total}`),
    );
    expect(progress).toEqual(['0/1', '1/1']);
    expect(outcome.articleIds).toEqual([articleIdFor(PASTED)]);
    expect(outcome.problems).toEqual([
      {
        code: 'not-arabic',
        subject: 'Only English here.',
        detail: 'extract: input has no Arabic letters (expected Arabic text)',
      },
    ]);
  });
});

describe('pure workspace changes', () => {
  it('a text already in the workspace, or twice in one batch, is a duplicate', () => {
    const { fresh, problems } = newDrafts(
      [articleIdFor(PASTED)],
      [
        { title: 'a', text: PASTED, fileName: 'again.txt' },
        { title: 'b', text: REPORT },
        { title: 'c', text: `${REPORT}\n` },
      ],
    );
    expect(fresh.map((d) => d.title)).toEqual(['b']);
    expect(problems.map((p) => [p.code, p.subject])).toEqual([
      ['duplicate', 'again.txt'],
      ['duplicate', 'c'],
    ]);
  });

  it('a metadata edit replaces the article’s fields and nothing else', () => {
    const { graph } = runJob([job(REPORT, { source: 'قديم', url: 'https://old.example' })]);
    const edited = withArticleMeta(graph, articleIdFor(REPORT), {
      title: 'عنوان جديد',
      source: 'الجزيرة',
      date: '2025-10-01',
    });
    const article = edited.attributes?.articles[0];
    expect(article).toMatchObject({ title: 'عنوان جديد', source: 'الجزيرة', date: '2025-10-01' });
    expect(article.url).toBeUndefined();
    expect(edited.nodes).toBe(graph.nodes);
  });

  it('a saved view loses what the graph no longer has', () => {
    const { graph } = runJob([job(REPORT)]);
    const view = viewForGraph(
      {
        ...emptyView(),
        selected: 'person:هاكان فيدان',
        positions: { 'person:هاكان فيدان': { x: 1, y: 2 }, 'person:gone': { x: 0, y: 0 } },
        filters: {
          ...emptyView().filters,
          speakers: ['person:gone', 'person:هاكان فيدان'],
          articles: ['gone', articleIdFor(REPORT)],
          outlets: ['nobody'],
        },
        articleShown: 'gone',
      },
      graph,
    );
    expect(view.selected).toBe('person:هاكان فيدان');
    expect(view.positions).toEqual({ 'person:هاكان فيدان': { x: 1, y: 2 } });
    expect(view.filters.speakers).toEqual(['person:هاكان فيدان']);
    expect(view.filters.articles).toEqual([articleIdFor(REPORT)]);
    expect(view.filters.outlets).toEqual([]);
    expect(view.articleShown).toBeNull();
  });
});

describe.each([
  ['IndexedDB (idb over fake-indexeddb)', () => openRepository()],
  ['memory (no IndexedDB)', async () => new MemoryRepository() as Repository],
])('the workspace store: %s', (_name, open) => {
  let repo: Repository;
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    repo = await open();
  });

  const article = (workspaceId: string, text: string): StoredArticle => ({
    id: articleIdFor(text),
    workspaceId,
    title: text.split('\n')[0]!,
    text,
    addedAt: 1,
  });

  it('keeps a workspace with its articles, graph and view, and says which is open', async () => {
    const { graph } = runJob([job(PASTED), job(REPORT)]);
    const ws = {
      ...newWorkspace('w1', 'قمة', 10),
      articleIds: graph.attributes?.articles.map((a: { id: string }) => a.id),
    };
    await repo.save({ workspace: ws, put: [article('w1', REPORT), article('w1', PASTED)], graph });
    await repo.setCurrent('w1');
    await repo.saveView('w1', { ...emptyView(), selected: 'person:سيرغي لافروف' });

    expect(await repo.current()).toBe('w1');
    expect((await repo.get('w1'))?.view.selected).toBe('person:سيرغي لافروف');
    expect(await repo.graph('w1')).toEqual(graph);
    // Articles come back in the workspace's order, not the order they were written.
    expect((await repo.articles('w1')).map((a) => a.text)).toEqual([PASTED, REPORT]);
    expect(await repo.list()).toEqual([
      { id: 'w1', name: 'قمة', articles: 2, set: expect.stringMatching(/^2-/), updatedAt: 10 },
    ]);
  });

  it('removes an article in the same write as the new graph, and deletes a workspace whole', async () => {
    const ws = {
      ...newWorkspace('w1', 'أ', 1),
      articleIds: [articleIdFor(PASTED), articleIdFor(REPORT)],
    };
    await repo.save({ workspace: ws, put: [article('w1', PASTED), article('w1', REPORT)] });
    await repo.save({ workspace: newWorkspace('w2', 'ب', 2), put: [article('w2', REPORT)] });
    await repo.save({
      workspace: { ...ws, articleIds: [articleIdFor(PASTED)] },
      remove: [articleIdFor(REPORT)],
    });
    expect((await repo.articles('w1')).map((a) => a.id)).toEqual([articleIdFor(PASTED)]);
    // The same article in another workspace is that workspace's own.
    expect((await repo.articles('w2')).map((a) => a.id)).toEqual([articleIdFor(REPORT)]);

    await repo.remove('w1');
    expect(await repo.get('w1')).toBeUndefined();
    expect(await repo.articles('w1')).toEqual([]);
    expect((await repo.list()).map((w) => w.id)).toEqual(['w2']);
  });
});

describe('storage failures become problems the interface can say', () => {
  it.each([
    [{ name: 'QuotaExceededError', message: 'The quota has been exceeded.' }, 'storage-full'],
    [
      { name: 'UnknownError', message: 'Internal error opening backing store' },
      'storage-unavailable',
    ],
    [
      { name: 'InvalidStateError', message: 'A mutation operation was attempted' },
      'storage-unavailable',
    ],
  ])('%o → %s', (error, code) => {
    expect(storageProblem(error).code).toBe(code);
  });

  it('no IndexedDB at all (private mode in some browsers) is said, not silent', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(openRepository()).rejects.toMatchObject({ code: 'storage-unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
