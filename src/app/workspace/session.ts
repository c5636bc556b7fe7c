/**
 * The workspace's actions, as the interface calls them: open the last workspace at start (the
 * seed for a first visit), add articles, remove one, edit metadata, and keep several workspaces.
 * Each change runs in the worker, is written to storage in one transaction, and only then shown:
 * a failure (bad input, storage full, cancel) leaves the workspace as it was and is reported.
 */
import { cleanControls } from '../../core/clean';
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord } from '../../core/types';
import { indexOf } from '../graph-index';
import { useIsnad, type IsnadState } from '../store';
import { collapsedByDefault } from '../graph-view/level-of-detail';
import { restore } from '../store/curation';
import { keepEditsWith, type KeptEdits } from '../store/curation-slice';
import type { ShownProblem } from '../store/workspace-slice';
import { searchToView } from '../url/view-url';
import {
  emptyView,
  newDrafts,
  newWorkspace,
  viewForGraph,
  withArticleMeta,
  withoutMeta,
} from './change';
import { articleSetKey, newWorkspaceId } from './ids';
import { InputProblem } from './problems';
import { MemoryRepository, openRepository, storageProblem, type Repository } from './repository';
import type { ArticleDraft, ArticleMeta, SavedView, StoredArticle, WorkspaceRecord } from './types';
import { JobCancelled, startJob, type RunningJob } from './worker/client';
import type { JobArticle, JobOutcome } from './worker/job';

let repo: Repository = new MemoryRepository();
let running: RunningJob | null = null;
/** The last finished job's timings, for the bench (window.isnad.lastJob). */
export let lastJobTimings: JobOutcome['timings'] | null = null;

const state = () => useIsnad.getState();

function shown(problem: unknown): ShownProblem {
  const p = problem instanceof InputProblem ? problem : storageProblem(problem);
  return {
    code: p.code,
    ...(p.subject ? { subject: p.subject } : {}),
    ...(p.detail ? { detail: p.detail } : {}),
  };
}

export function articlesOf(graph: SerializedGraph | null): ArticleRecord[] {
  return (graph?.attributes?.articles ?? []) as ArticleRecord[];
}

/** The article-set key of the graph on screen. */
export function currentSet(s: Pick<IsnadState, 'graph'> = state()): string {
  return articleSetKey(articlesOf(s.graph).map((a) => a.id));
}

export function currentView(s: IsnadState = state()): SavedView {
  return {
    filters: s.filters,
    selected: s.selected,
    query: s.query,
    tab: s.tab,
    positions: s.positions,
    articleShown: s.articleShown,
    display: s.display,
  };
}

async function refreshList(record: WorkspaceRecord): Promise<void> {
  state().setWorkspace(
    { id: record.id, name: record.name, volatile: repo.volatile },
    await repo.list(),
  );
}

function metaOf(a: ArticleRecord | ArticleDraft): ArticleMeta {
  const meta: ArticleMeta = { title: a.title };
  if (a.source) meta.source = a.source;
  if (a.url) meta.url = a.url;
  if (a.date) meta.date = a.date;
  if (a.byline) meta.byline = a.byline;
  return meta;
}

/** A workspace made from a graph (the seed, an opened graph file): its articles come along. */
async function workspaceFromGraph(name: string, graph: SerializedGraph): Promise<WorkspaceRecord> {
  const now = Date.now();
  const record = newWorkspace(newWorkspaceId(), name, now);
  const articles = articlesOf(graph);
  record.articleIds = articles.map((a) => a.id);
  const put: StoredArticle[] = articles.map((a) => ({
    ...metaOf(a),
    id: a.id,
    workspaceId: record.id,
    text: a.text,
    addedAt: now,
  }));
  await repo.save({ workspace: record, put, graph });
  return record;
}

async function show(record: WorkspaceRecord, graph: SerializedGraph): Promise<void> {
  // The workspace keeps the graph as extracted; the user's edits are applied on top, every time.
  const curated = restore(graph, record.edits?.edits ?? [], record.edits?.pending ?? []);
  const view = viewForGraph({ ...emptyView(), ...record.view }, curated.graph ?? graph);
  state().showGraph(graph, view, curated);
  await repo.setCurrent(record.id);
  await refreshList(record);
}

async function open(id: string): Promise<boolean> {
  const record = await repo.get(id);
  const graph = record && (await repo.graph(id));
  if (!record || !graph) return false;
  await show(record, graph);
  return true;
}

/**
 * At start: the workspace open last time, or the seed for a first visit. A link made on other
 * articles opens the local workspace that has them, or says plainly that it cannot be shown.
 */
export async function startWorkspaces(seed: SerializedGraph, search: string): Promise<void> {
  const problems: ShownProblem[] = [];
  try {
    repo = await openRepository();
  } catch (error) {
    repo = new MemoryRepository();
    problems.push(shown(error));
  }
  try {
    const last = await repo.current();
    if (!last || !(await open(last))) {
      const first = (await repo.list())[0];
      if (!first || !(await open(first.id)))
        await show(await workspaceFromGraph(seedName(seed), seed), seed);
    }
  } catch (error) {
    // Storage that opens but fails to read: the seed, in memory, and say so.
    problems.push(shown(error));
    repo = new MemoryRepository();
    await show(await workspaceFromGraph(seedName(seed), seed), seed);
  }
  await applyLink(search);
  if (problems.length > 0) state().report(problems);
}

function seedName(graph: SerializedGraph): string {
  return articlesOf(graph)[0]?.title.slice(0, 60) || 'Isnad';
}

/** A link's view: applied on the articles it was made on; otherwise said, not guessed. */
async function applyLink(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  if ([...params.keys()].length === 0) return;
  const linkSet = params.get('set');
  if (linkSet && linkSet !== currentSet()) {
    const match = (await repo.list()).find((w) => w.set === linkSet);
    if (!match || !(await open(match.id))) {
      state().setForeignLink(linkSet);
      const lang = params.get('lang');
      if (lang === 'en' || lang === 'ar') state().setLang(lang);
      return;
    }
  }
  const s = state();
  if (!s.graph) return;
  const index = indexOf(s.graph);
  const outlets = new Set(index.articles.map((a) => a.source?.trim() ?? ''));
  const view = searchToView(search, {
    node: (key) => index.nodes.has(key),
    article: (id) => index.articles.some((a) => a.id === id),
    outlet: (name) => outlets.has(name),
  });
  useIsnad.setState({
    filters: view.filters,
    selected: view.selected,
    query: view.query,
    lang: view.lang,
    tab: view.tab,
    // A link with speakers expanded opens them folded-with-exceptions, whatever the graph's size.
    display: {
      ...s.display,
      ...(view.expanded.length > 0 ? { collapsed: true } : {}),
      expanded: view.expanded,
    },
  });
}

function jobArticle(a: StoredArticle): JobArticle {
  return { id: a.id, text: a.text, meta: metaOf(a), ...(a.result ? { result: a.result } : {}) };
}

/** Runs a job in the worker with the progress bar; null when cancelled. */
async function runJob(articles: JobArticle[]): Promise<JobOutcome | null> {
  running?.cancel();
  const total = articles.filter((a) => !a.result).length;
  state().setJob({ done: 0, total, title: '' });
  const job = startJob(articles, (progress) => state().setJob(progress));
  running = job;
  try {
    const outcome = await job.done;
    lastJobTimings = outcome.timings;
    return outcome;
  } catch (error) {
    if (error instanceof JobCancelled) return null;
    throw error;
  } finally {
    if (running === job) {
      running = null;
      state().setJob(null);
    }
  }
}

export function cancelJob(): void {
  running?.cancel();
}

/** Stores the job's outcome as the workspace's new state, then shows it. */
async function commit(
  record: WorkspaceRecord,
  stored: Map<string, StoredArticle>,
  outcome: JobOutcome,
  removed: string[] = [],
): Promise<void> {
  const put: StoredArticle[] = [];
  for (const id of outcome.articleIds) {
    const article = stored.get(id);
    const result = outcome.extracted[id];
    if (article && (result || !article.result)) put.push(result ? { ...article, result } : article);
  }
  const { display, ...view } = currentView();
  // A new layout comes with new articles: the old positions would not fit it, and folding
  // follows the new graph's size again (the speakers expanded stay expanded).
  const next: WorkspaceRecord = {
    ...record,
    articleIds: outcome.articleIds,
    updatedAt: Date.now(),
    view: {
      ...view,
      positions: null,
      ...(display ? { display: { ...display, collapsed: collapsedByDefault(outcome.graph) } } : {}),
    },
  };
  await repo.save({ workspace: next, put, remove: removed, graph: outcome.graph });
  await show(next, outcome.graph);
}

/** Adds articles to the open workspace: extracted in the worker and merged into its graph. */
export async function addArticles(
  drafts: ArticleDraft[],
  earlier: ShownProblem[] = [],
): Promise<void> {
  const ws = state().workspace;
  const problems = [...earlier];
  // Text is cleaned once, at the door: control characters (Word's U+000B…) become spaces, same
  // length, so what is stored, extracted and highlighted is one text.
  const clean = drafts.map((d) => ({
    ...d,
    text: cleanControls(d.text),
    title: cleanControls(d.title),
  }));
  try {
    const record = ws && (await repo.get(ws.id));
    if (!record) throw new InputProblem('storage-unavailable');
    const { fresh, problems: duplicates } = newDrafts(record.articleIds, clean);
    problems.push(...duplicates.map(shown));
    if (fresh.length > 0) {
      const existing = await repo.articles(record.id);
      const now = Date.now();
      const added: StoredArticle[] = fresh.map((draft) => ({
        ...draft,
        workspaceId: record.id,
        addedAt: now,
      }));
      const stored = new Map([...existing, ...added].map((a) => [a.id, a]));
      const outcome = await runJob([...stored.values()].map(jobArticle));
      if (outcome) {
        problems.push(...outcome.problems);
        await commit(record, stored, outcome);
      }
    }
  } catch (error) {
    problems.push(shown(error));
  }
  state().report(problems);
}

/** Removes an article: its statements, and the entities only it mentions, go with it. */
export async function removeArticle(id: string): Promise<void> {
  const ws = state().workspace;
  try {
    const record = ws && (await repo.get(ws.id));
    if (!record) return;
    const stored = new Map((await repo.articles(record.id)).map((a) => [a.id, a]));
    stored.delete(id);
    const outcome = await runJob([...stored.values()].map(jobArticle));
    if (outcome) await commit(record, stored, outcome, [id]);
  } catch (error) {
    state().report([shown(error)]);
  }
}

/** Edits an article's metadata: kept with the article, shown at once (no re-extraction). */
export async function editArticle(id: string, meta: ArticleMeta): Promise<void> {
  const ws = state().workspace;
  // The graph as extracted is what the workspace keeps (the edits are re-applied on top).
  const graph = state().loaded;
  const shownGraph = state().graph;
  try {
    const record = ws && (await repo.get(ws.id));
    const article = record && (await repo.articles(record.id)).find((a) => a.id === id);
    if (!record || !article || !graph || !shownGraph) return;
    const next = withArticleMeta(graph, id, meta);
    const edits = articlesOf(next).find((a) => a.id === id);
    const edited: StoredArticle = { ...withoutMeta(article), ...(edits ? metaOf(edits) : {}) };
    await repo.save({
      workspace: { ...record, updatedAt: Date.now(), view: currentView() },
      put: [edited],
      graph: next,
    });
    // Only the articles' metadata changes: the canvas stays, the graph shown keeps its edits.
    useIsnad.setState({
      graph: withArticleMeta(shownGraph, id, meta),
      loaded: next,
    });
  } catch (error) {
    state().report([shown(error)]);
  }
}

/** Keeps the user's edits with the open workspace, after each edit, undo or redo. */
export async function saveEdits(edits: KeptEdits): Promise<void> {
  const ws = state().workspace;
  if (!ws) return;
  try {
    await repo.saveEdits(ws.id, edits);
  } catch (error) {
    state().report([shown(error)]);
  }
}
keepEditsWith((edits) => void saveEdits(edits));

/** Keeps the view (layout, filters, selection…) with the workspace; called as it changes. */
export async function saveView(): Promise<void> {
  const ws = state().workspace;
  if (!ws || state().job) return;
  try {
    await repo.saveView(ws.id, currentView());
  } catch (error) {
    state().report([shown(error)]);
  }
}

async function guarded(work: () => Promise<void>): Promise<void> {
  try {
    cancelJob();
    await work();
  } catch (error) {
    state().report([shown(error)]);
  }
}

export const switchWorkspace = (id: string) =>
  guarded(async () => {
    await saveView();
    if (!(await open(id))) throw new InputProblem('storage-unavailable');
  });

export const createWorkspace = (name: string) =>
  guarded(async () => {
    await saveView();
    const graph = emptyGraph();
    const record = newWorkspace(newWorkspaceId(), name, Date.now());
    await repo.save({ workspace: record, graph });
    await show(record, graph);
  });

export const renameWorkspace = (id: string, name: string) =>
  guarded(async () => {
    const record = await repo.get(id);
    if (!record || !name.trim()) return;
    await repo.save({ workspace: { ...record, name: name.trim(), updatedAt: Date.now() } });
    const ws = state().workspace;
    if (ws?.id === id) state().setWorkspace({ ...ws, name: name.trim() }, await repo.list());
    else state().setWorkspace(ws, await repo.list());
  });

export const duplicateWorkspace = (id: string, name: string) =>
  guarded(async () => {
    await saveView();
    const record = await repo.get(id);
    const graph = await repo.graph(id);
    if (!record || !graph) return;
    const copy: WorkspaceRecord = {
      ...record,
      id: newWorkspaceId(),
      name,
      createdAt: Date.now(),
      updatedAt: Date.now(),
    };
    const put = (await repo.articles(id)).map((a) => ({ ...a, workspaceId: copy.id }));
    await repo.save({ workspace: copy, put, graph });
    await show(copy, graph);
  });

/** Deletes a workspace (the interface asks first); the most recent other one opens. */
export const deleteWorkspace = (id: string, seed: SerializedGraph) =>
  guarded(async () => {
    await repo.remove(id);
    if (state().workspace?.id !== id) {
      state().setWorkspace(state().workspace, await repo.list());
      return;
    }
    const next = (await repo.list())[0];
    if (!next || !(await open(next.id)))
      await show(await workspaceFromGraph(seedName(seed), seed), seed);
  });

/** An opened graph file becomes a workspace of its own, named after the file. */
export const openGraphAsWorkspace = (name: string, graph: SerializedGraph) =>
  guarded(async () => {
    await saveView();
    await show(await workspaceFromGraph(name, graph), graph);
  });

export function emptyGraph(): SerializedGraph {
  return {
    attributes: { schemaVersion: 1, generator: 'isnad-app', articles: [] },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
}
