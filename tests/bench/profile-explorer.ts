/**
 * Where the explorer's main-thread time goes, for one interaction on a generated corpus: a CPU
 * profile of the page (Chrome DevTools protocol) and the long tasks the page saw. Not part of
 * `npm run bench`: a tool for finding what to cut, run by hand —
 *
 *   npx tsx tests/bench/profile-explorer.ts [articles=365] [load|click|mouse|filter|unfilter|search] [extra=0]
 *
 * `extra` mentions per statement (4: the bench's 20,000-edge corpus). `click` selects by script, `mouse` clicks the most connected person with the mouse, as the
 * bench does. `filter` toggles the first delegation on, `unfilter` off again, each from the
 * bench's view (zoom 0.8 on the most connected person). The app is built unminified so the profile names functions; the .cpuprofile is
 * written to tests/.artifacts/ (open it in Chrome DevTools' Performance panel). TRACE=1 runs
 * the step again under a Chrome trace: what its long tasks spend outside JavaScript (style,
 * layout, paint, garbage collection).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { build, preview } from 'vite';
import { ARTIFACTS, openApp, openSession, type Page } from '../e2e/browser';
import { buildGraph } from '../../src/graph/build';
import { corpusLayout } from '../../src/graph/layout-corpus';
import { syntheticCorpus } from './synthetic-corpus';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Task {
  start: number;
  duration: number;
}

const articles = Number(process.argv[2] ?? 365);
/** After a load: when it started, and its first paint and readiness, in page ms. */
let loadTimes: { start: number; firstPaint: number; ready: number } | null = null;
const phase = process.argv[3] ?? 'load';
const extraMentions = Number(process.argv[4] ?? 0);

const outDir = mkdtempSync(join(tmpdir(), 'isnad-profile-'));
process.env.NODE_ENV = 'production';
await build({
  logLevel: 'warn',
  mode: 'production',
  build: { outDir, emptyOutDir: true, minify: false },
});
const server = await preview({
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
});
const url = server.resolvedUrls!.local[0]!;
const session = await openSession();
const page = session.page;
try {
  await session.context.addInitScript('window.__name = (f) => f;');
  await openApp(page, url);
  const bare = buildGraph(syntheticCorpus({ articles, extraMentions }), { layout: false });
  corpusLayout(bare);
  const graph = bare.export();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (phase !== 'load') await load(page, graph);
  if (phase === 'unfilter') {
    await page.evaluate(interaction, 'filter');
    await page.waitForTimeout(1500);
  }
  // As the bench does: its filter toggles follow a click, at zoom 0.8 on the hub.
  const aimed = phase === 'mouse' || phase.endsWith('filter') ? await aimAtHub(page) : null;
  const point = phase === 'mouse' ? aimed : null;
  await observeLongTasks(page);
  await cdp.send('Profiler.start');
  // A recognizable function in the profile at a known performance.now(): aligns the two clocks.
  const marker = await page.evaluate(() => {
    const start = performance.now();
    (function profileClockMarker() {
      while (performance.now() - start < 3);
    })();
    return start;
  });
  const t0 = Date.now();
  if (phase === 'load') await load(page, graph);
  else if (point) await page.mouse.click(point.x, point.y);
  else await page.evaluate(interaction, phase);
  await page.waitForTimeout(1500); // deferred work (fade, labels) belongs to the interaction too
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const wall = Date.now() - t0;
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `profile-${articles}-${phase}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: Task[] }).longTasks);
  console.log(`${phase} on ${graph.nodes.length} nodes, ${graph.edges.length} edges: ${wall} ms`);
  console.log(
    `interaction at ${marker.toFixed(0)}; long tasks (ms): ${tasks.map((t) => `${t.duration.toFixed(0)}@${t.start.toFixed(0)}`).join(' ')}`,
  );
  summarize(profile, tasks, marker);
  console.log(`profile: ${file}`);
  if (process.env.TRACE) await traceAgain(page, graph, cdp);
} finally {
  await session.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

async function load(page: Page, graph: unknown): Promise<void> {
  // Handed over first: copying megabytes into the page is the automation's work, not the app's.
  await page.evaluate((g) => {
    (window as unknown as { benchGraph: unknown }).benchGraph = g;
  }, graph);
  await page.waitForTimeout(200);
  const times = await page.evaluate(async () => {
    const g = (window as unknown as { benchGraph: unknown }).benchGraph;
    window.isnad!.ready = false;
    const start = performance.now();
    window.isnad!.store.getState().loadGraph(g as never);
    await new Promise<void>((done) => {
      const check = () => (window.isnad?.ready ? done() : requestAnimationFrame(check));
      check();
    });
    return {
      start,
      firstPaint: (window.isnad!.firstPaintAt ?? 0) - start,
      ready: window.isnad!.readyAt! - start,
    };
  });
  loadTimes = times;
  console.log(
    `load started at ${times.start.toFixed(0)}: first paint ${times.firstPaint.toFixed(0)} ms, ready ${times.ready.toFixed(0)} ms`,
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/**
 * The same step again under a Chrome trace (devtools.timeline): what the main thread's long
 * tasks spend outside JavaScript too — style, layout, paint, garbage collection.
 */
async function traceAgain(page: Page, graph: unknown, cdp: CDPSession): Promise<void> {
  if (phase === 'load') await openApp(page, url);
  const events: TraceEvent[] = [];
  cdp.on(
    'Tracing.dataCollected',
    (data) => void events.push(...(data.value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  if (phase === 'load') await load(page, graph);
  else await page.evaluate(interaction, phase);
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid);
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 50_000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  console.log(`\ntrace: ${tasks.length} tasks over 50 ms on the main thread`);
  for (const task of tasks.slice(0, 6)) {
    const end = task.ts + (task.dur ?? 0);
    const byName = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ph !== 'X' || e.ts < task.ts || e.ts > end) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
    console.log(`  task ${((task.dur ?? 0) / 1000).toFixed(0)} ms: ${top}`);
  }
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
}

/** The most connected person brought into view at the bench's zoom (0.8), settled: where to click. */
async function aimAtHub(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const cy = window.isnad!.cy!;
    const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('degree'))).ele;
    const zoom = Math.max(cy.zoom(), 0.8);
    const at = node.position();
    cy.viewport({
      zoom,
      pan: { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom },
    });
    const box = cy.container()!.getBoundingClientRect();
    const { x, y } = node.renderedPosition();
    return { x: box.left + x, y: box.top + y };
  });
  await page.waitForTimeout(1000);
  return point;
}

/** The bench's interactions, done by script (the profile is about the work, not the input). */
async function interaction(what: string): Promise<void> {
  const store = window.isnad!.store;
  const cy = window.isnad!.cy!;
  const painted = () =>
    new Promise<void>((r) => requestAnimationFrame(() => setTimeout(() => r(), 0)));
  if (what === 'click') {
    const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('degree'))).ele;
    store.getState().select(node.id());
  } else if (what === 'filter' || what === 'unfilter') {
    document
      .querySelector<HTMLInputElement>('[data-testid="delegation-filter"] input[type="checkbox"]')!
      .click();
  } else if (what === 'search') {
    const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('degree'))).ele;
    store.getState().setQuery(String(node.data('label')).slice(0, 2));
  }
  await painted();
}

/**
 * Self time by function, and inclusive time by function (each counted once per sample); then the
 * same within each of the longest tasks (the profile's clock aligned by the marker function).
 */
function summarize(profile: Profile, tasks: Task[], marker: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const idle = (n: ProfileNode) =>
    n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)';
  interface Tally {
    busy: number;
    self: Map<string, number>;
    total: Map<string, number>;
  }
  const tally = (): Tally => ({ busy: 0, self: new Map(), total: new Map() });
  const count = (t: Tally, id: number, dt: number) => {
    const leafName = name(byId.get(id)!);
    t.busy += dt;
    t.self.set(leafName, (t.self.get(leafName) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      t.total.set(key, (t.total.get(key) ?? 0) + dt);
    }
  };
  // Sample times in ms on the profile's clock; the marker's first sample is at `marker`.
  const times: number[] = [];
  let clock = profile.startTime;
  for (const dt of profile.timeDeltas) times.push((clock += dt) / 1000);
  const markerAt = profile.samples.findIndex((id) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (byId.get(at)!.callFrame.functionName === 'profileClockMarker') return true;
    return false;
  });
  const offset = markerAt >= 0 ? times[markerAt]! - marker : NaN;
  // TASKS=n: the n longest (4 by default), in the order they ran.
  const longest = [...tasks]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, Number(process.env.TASKS ?? 4))
    .sort((a, b) => a.start - b.start);
  // And everything between the first picture and readiness, as one window.
  if (loadTimes)
    longest.push({
      start: loadTimes.start + loadTimes.firstPaint,
      duration: loadTimes.ready - loadTimes.firstPaint,
    });
  const inTask = longest.map(() => tally());
  const all = tally();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (idle(byId.get(id)!)) return;
    count(all, id, dt);
    const at = times[i]! - offset;
    longest.forEach((task, k) => {
      if (at >= task.start && at <= task.start + task.duration) count(inTask[k]!, id, dt);
    });
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
      .join('\n');
  const n = Number(process.env.TOP ?? 40);
  console.log(`busy (not idle) ${all.busy.toFixed(0)} ms\nself time:\n${top(all.self, 25)}`);
  console.log(`inclusive time:\n${top(all.total, n)}`);
  longest.forEach((task, k) =>
    console.log(
      `\ntask of ${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} (${inTask[k]!.busy.toFixed(0)} ms sampled), inclusive:\n${top(inTask[k]!.total, n)}`,
    ),
  );
}
