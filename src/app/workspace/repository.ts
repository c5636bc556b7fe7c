/**
 * Where workspaces are kept: IndexedDB through `idb`, one database with four stores —
 * workspaces, articles (text, metadata and extraction), the merged graph of each workspace, and
 * which workspace is open. Every change is one transaction: a failed write leaves the workspace
 * as it was. A browser without IndexedDB (private mode, blocked storage) gets the in-memory
 * repository, and the interface says that nothing will be kept.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { articleSetKey } from './ids';
import { InputProblem } from './problems';
import type {
  GraphRecord,
  SavedView,
  StoredArticle,
  WorkspaceRecord,
  WorkspaceSummary,
} from './types';

export const DB_NAME = 'isnad';
const DB_VERSION = 1;

interface IsnadDb extends DBSchema {
  workspaces: { key: string; value: WorkspaceRecord };
  articles: {
    key: [string, string];
    value: StoredArticle;
    indexes: { workspace: string };
  };
  graphs: { key: string; value: GraphRecord };
  settings: { key: string; value: string };
}

/** A change to one workspace, written whole or not at all. */
export interface WorkspaceChange {
  workspace: WorkspaceRecord;
  put?: StoredArticle[];
  remove?: string[];
  graph?: GraphRecord['graph'];
}

export interface Repository {
  /** True when nothing survives a reload (no IndexedDB). */
  readonly volatile: boolean;
  list(): Promise<WorkspaceSummary[]>;
  get(id: string): Promise<WorkspaceRecord | undefined>;
  graph(id: string): Promise<GraphRecord['graph'] | undefined>;
  articles(id: string): Promise<StoredArticle[]>;
  save(change: WorkspaceChange): Promise<void>;
  saveView(id: string, view: SavedView): Promise<void>;
  remove(id: string): Promise<void>;
  current(): Promise<string | undefined>;
  setCurrent(id: string): Promise<void>;
}

/** A storage failure as a problem the interface can say: full, or not there at all. */
export function storageProblem(error: unknown): InputProblem {
  if (error instanceof InputProblem) return error;
  const name = (error as { name?: string })?.name ?? '';
  const message = (error as Error)?.message ?? String(error);
  return new InputProblem(
    name === 'QuotaExceededError' || /quota/i.test(message)
      ? 'storage-full'
      : 'storage-unavailable',
    undefined,
    message,
  );
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storageProblem(error);
  }
}

function summaryOf(w: WorkspaceRecord): WorkspaceSummary {
  return {
    id: w.id,
    name: w.name,
    articles: w.articleIds.length,
    set: articleSetKey(w.articleIds),
    updatedAt: w.updatedAt,
  };
}

const byRecent = (a: WorkspaceSummary, b: WorkspaceSummary) => b.updatedAt - a.updatedAt;

class IdbRepository implements Repository {
  readonly volatile = false;
  constructor(private readonly db: IDBPDatabase<IsnadDb>) {}

  list() {
    return guard(async () => (await this.db.getAll('workspaces')).map(summaryOf).sort(byRecent));
  }
  get(id: string) {
    return guard(() => this.db.get('workspaces', id));
  }
  graph(id: string) {
    return guard(async () => (await this.db.get('graphs', id))?.graph);
  }
  articles(id: string) {
    return guard(async () => {
      const [workspace, articles] = await Promise.all([
        this.db.get('workspaces', id),
        this.db.getAllFromIndex('articles', 'workspace', id),
      ]);
      const order = new Map(workspace?.articleIds.map((a, i) => [a, i]));
      return articles.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    });
  }
  save({ workspace, put = [], remove = [], graph }: WorkspaceChange) {
    return guard(async () => {
      const tx = this.db.transaction(['workspaces', 'articles', 'graphs'], 'readwrite');
      const writes: Promise<unknown>[] = [tx.objectStore('workspaces').put(workspace)];
      for (const article of put) writes.push(tx.objectStore('articles').put(article));
      for (const id of remove) writes.push(tx.objectStore('articles').delete([workspace.id, id]));
      if (graph) writes.push(tx.objectStore('graphs').put({ workspaceId: workspace.id, graph }));
      await Promise.all([...writes, tx.done]);
    });
  }
  saveView(id: string, view: SavedView) {
    return guard(async () => {
      const tx = this.db.transaction('workspaces', 'readwrite');
      const workspace = await tx.store.get(id);
      if (workspace) await tx.store.put({ ...workspace, view });
      await tx.done;
    });
  }
  remove(id: string) {
    return guard(async () => {
      const tx = this.db.transaction(['workspaces', 'articles', 'graphs'], 'readwrite');
      const keys = await tx.objectStore('articles').index('workspace').getAllKeys(id);
      await Promise.all([
        tx.objectStore('workspaces').delete(id),
        tx.objectStore('graphs').delete(id),
        ...keys.map((key) => tx.objectStore('articles').delete(key)),
        tx.done,
      ]);
    });
  }
  current() {
    return guard(() => this.db.get('settings', 'current'));
  }
  setCurrent(id: string) {
    return guard(async () => {
      await this.db.put('settings', id, 'current');
    });
  }
}

/** The same contract in memory: used when IndexedDB cannot be opened. */
export class MemoryRepository implements Repository {
  readonly volatile = true;
  private workspaces = new Map<string, WorkspaceRecord>();
  private graphs = new Map<string, GraphRecord['graph']>();
  private stored = new Map<string, Map<string, StoredArticle>>();
  private open: string | undefined;

  async list() {
    return [...this.workspaces.values()].map(summaryOf).sort(byRecent);
  }
  async get(id: string) {
    return this.workspaces.get(id);
  }
  async graph(id: string) {
    return this.graphs.get(id);
  }
  async articles(id: string) {
    const order = new Map(this.workspaces.get(id)?.articleIds.map((a, i) => [a, i]));
    return [...(this.stored.get(id)?.values() ?? [])].sort(
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  }
  async save({ workspace, put = [], remove = [], graph }: WorkspaceChange) {
    this.workspaces.set(workspace.id, workspace);
    const all = this.stored.get(workspace.id) ?? new Map<string, StoredArticle>();
    for (const article of put) all.set(article.id, article);
    for (const id of remove) all.delete(id);
    this.stored.set(workspace.id, all);
    if (graph) this.graphs.set(workspace.id, graph);
  }
  async saveView(id: string, view: SavedView) {
    const workspace = this.workspaces.get(id);
    if (workspace) this.workspaces.set(id, { ...workspace, view });
  }
  async remove(id: string) {
    this.workspaces.delete(id);
    this.graphs.delete(id);
    this.stored.delete(id);
  }
  async current() {
    return this.open;
  }
  async setCurrent(id: string) {
    this.open = id;
  }
}

/** IndexedDB when the browser has it; a storage-unavailable problem when it does not. */
export async function openRepository(): Promise<Repository> {
  if (typeof indexedDB === 'undefined') throw new InputProblem('storage-unavailable');
  try {
    const db = await openDB<IsnadDb>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('workspaces', { keyPath: 'id' });
        const articles = db.createObjectStore('articles', { keyPath: ['workspaceId', 'id'] });
        articles.createIndex('workspace', 'workspaceId');
        db.createObjectStore('graphs', { keyPath: 'workspaceId' });
        db.createObjectStore('settings');
      },
    });
    return new IdbRepository(db);
  } catch (error) {
    throw storageProblem(error);
  }
}
