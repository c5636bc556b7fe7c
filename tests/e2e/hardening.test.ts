/**
 * Hostile input in the browser (issue 13): the Content-Security-Policy is in force, pasted text
 * is extracted in a worker (progress, Stop, a size limit worded in the interface's language),
 * control characters are cleaned, graph files are fully checked (the current graph stays, the
 * message names the element), reserved words are ordinary keys, absurd positions are re-laid
 * out, and long values wrap or are cut inside their panels. Every session also fails on any
 * CSP violation (tests/e2e/browser.ts).
 */
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { syntheticCorpus } from '../bench/synthetic-corpus';
import { shapeText } from '../fixtures/adversarial';
import { openApp, openSession, screenshot, type Page, type Session } from './browser';

const nodeCount = (page: Page) => page.evaluate(() => window.isnad!.cy!.nodes().length);
const storedGraph = (page: Page) =>
  page.evaluate(() => JSON.stringify(window.isnad!.store.getState().graph)) as Promise<string>;

async function openFile(page: Page, name: string, content: string): Promise<void> {
  await page
    .getByTestId('graph-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

async function paste(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: /الصق مقالًا|Paste article/ }).click();
  // Set at once (typing a megabyte through fill() takes minutes), as React expects it.
  await page.getByTestId('paste-text').evaluate((area, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.getByRole('button', { name: /^(استخرج|Extract)$/ }).click();
}

/** The alert's text without the bidi isolates around its filled-in parts. */
async function alertText(page: Page): Promise<string> {
  const text = await page.getByTestId('load-error').textContent();
  return (text ?? '').replace(/[\u2068\u2069]/g, '');
}

async function setLang(page: Page, lang: 'ar' | 'en'): Promise<void> {
  await page.evaluate((l) => window.isnad!.store.getState().setLang(l), lang);
}

describe('hardening', () => {
  let session: Session;
  let page: Page;
  let seed: SerializedGraph;
  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'));
    seed = JSON.parse(await storedGraph(page)) as SerializedGraph;
  });
  afterAll(async () => session?.close());

  it('the built app is served under a Content-Security-Policy, as header and <meta>', async () => {
    const response = await page.request.get(inject('baseURL'));
    const header = response.headers()['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ])
      expect(header).toContain(directive);
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    // The detector works: an injected inline script is blocked and reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    // Reported twice (the page's event and Chromium's console line); then cleared.
    await expect.poll(() => session.violations.length).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(300);
    expect(session.violations.every((line) => /script-src|inline script/.test(line))).toBe(true);
    session.violations.length = 0;
  });

  it('a text of speech verbs without a sentence end is extracted in a worker, with progress', async () => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await paste(page, shapeText('speaker and cue, no sentence end', 39_000));
    await expect
      .poll(
        () =>
          page.evaluate(
            // In the graph: past 80 statements they are folded, off the canvas.
            () =>
              window
                .isnad!.store.getState()
                .graph!.nodes.filter((n) => n.attributes?.kind === 'statement').length,
          ),
        { timeout: 60_000 },
      )
      .toBeGreaterThan(100);
    expect(workers.some((url) => /extract\.worker/.test(url))).toBe(true);
    await expect.poll(() => page.getByTestId('workspace-progress').count()).toBe(0);
    await page.waitForFunction(() => window.isnad?.ready === true);
  });

  it('Cancel ends an extraction: no error, the graph stays', async () => {
    const before = await nodeCount(page);
    // Lines of cues (a text area lays out one megabyte-long line for minutes).
    await paste(page, `${'وأضاف: '.repeat(20)}\n`.repeat(7000));
    const progress = page.getByTestId('workspace-progress');
    await progress.waitFor({ state: 'visible', timeout: 10_000 });
    await progress.getByRole('button', { name: /إلغاء|Cancel/ }).click();
    await expect.poll(() => progress.count()).toBe(0);
    expect(await page.getByTestId('load-error').count()).toBe(0);
    expect(await nodeCount(page)).toBe(before);
  });

  it.each([
    ['ar', /النص أطول من مليون حرف/],
    ['en', /The text is longer than 1,000,000 characters/i],
  ] as const)('a text over the size limit is refused in %s', async (lang, message) => {
    await setLang(page, lang);
    const before = await nodeCount(page);
    await paste(page, `${'قال بوتين إن '.repeat(9)}\n`.repeat(10_000));
    const alert = page.getByTestId('paste-error');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(message);
    await screenshot(page, `hardening-too-long-${lang}`);
    expect(await nodeCount(page)).toBe(before);
    await page.getByRole('button', { name: /^(إلغاء|Cancel)$/ }).click();
  });

  it('control characters in a pasted text become spaces, not parts of names', async () => {
    await setLang(page, 'ar');
    await paste(
      page,
      'وقال الرئيس الروسي فلاديمير\u000bبوتين إن المحادثات\u0085في ألاسكا كانت مفيدة.\n',
    );
    // The pasted article joins the workspace, cleaned at the door.
    await expect
      .poll(() => page.evaluate(() => window.isnad!.store.getState().graph!.attributes!.articles))
      .toContainEqual(
        expect.objectContaining({
          text: expect.stringContaining('فلاديمير بوتين إن المحادثات في'),
        }),
      );
    const texts = await page.evaluate(() => {
      const graph = window.isnad!.store.getState().graph!;
      return JSON.stringify(graph.nodes.map((n) => n.attributes));
    });
    expect(texts).not.toMatch(/\\u000b|\\u0085/);
    expect(texts.includes('\u000b') || texts.includes('\u0085')).toBe(false);
    expect(texts).toContain('بوتين');
  });

  it.each([
    ['ar', /nodes\[\d+\] «[^»]+» mentions\[0\].*لا يطابق ما في المقال/],
    ['en', /nodes\[\d+\] «[^»]+» mentions\[0\].*is not what the article has at its offsets/],
  ] as const)(
    'a graph file whose mention text is not the article’s names the element (%s)',
    async (lang, message) => {
      await setLang(page, lang);
      await openFile(page, 'seed.json', JSON.stringify(seed));
      await expect
        .poll(() => page.evaluate(() => window.isnad!.store.getState().graph!.nodes.length))
        .toBe(seed.nodes.length);
      await page.waitForFunction(() => window.isnad?.ready === true);
      const before = await storedGraph(page);
      const bad = structuredClone(seed);
      const node = bad.nodes.find((n) => (n.attributes?.mentions as unknown[])?.length > 0)!;
      (node.attributes!.mentions as Array<{ text: string }>)[0]!.text = 'نص آخر';
      await openFile(page, 'wrong-spans.json', JSON.stringify(bad));
      const alert = page.getByTestId('load-error');
      await expect.poll(() => alertText(page)).toMatch(message);
      expect(await alertText(page)).toContain('wrong-spans.json');
      await screenshot(page, `hardening-wrong-spans-${lang}`);
      expect(await storedGraph(page)).toBe(before);
      await alert.getByRole('button').click();
    },
  );

  it('a graph file naming an article it does not contain is refused', async () => {
    const bad = structuredClone(seed);
    const node = bad.nodes.find((n) => (n.attributes?.mentions as unknown[])?.length > 0)!;
    (node.attributes!.mentions as Array<{ article: string }>)[0]!.article = 'elsewhere';
    await openFile(page, 'unknown-article.json', JSON.stringify(bad));
    const alert = page.getByTestId('load-error');
    await expect.poll(() => alertText(page)).toMatch(/«elsewhere»|“elsewhere”/);
    await alert.getByRole('button').click();
  });

  it('__proto__, constructor and hasOwnProperty are ordinary node keys', async () => {
    const person = seed.nodes.find((n) => n.attributes?.kind === 'person')!;
    const keys = ['__proto__', 'constructor', 'hasOwnProperty'];
    const graph = {
      ...seed,
      nodes: keys.map((key) => ({ key, attributes: { ...person.attributes, mentions: [] } })),
      edges: [
        { source: '__proto__', target: 'constructor', attributes: { kind: 'affiliated_with' } },
        { source: 'hasOwnProperty', target: '__proto__', attributes: { kind: 'affiliated_with' } },
      ],
    };
    await openFile(page, 'reserved.json', JSON.stringify(graph));
    await expect.poll(() => nodeCount(page)).toBe(3);
    expect(await page.evaluate(() => window.isnad!.cy!.edges().length)).toBe(2);
    expect(await page.getByTestId('load-error').count()).toBe(0);
    await page.waitForFunction(() => window.isnad?.ready === true);
  });

  it('positions of 1e308 are re-laid out, and the graph is drawn on screen', async () => {
    const far = structuredClone(seed);
    for (const n of far.nodes) Object.assign(n.attributes!, { x: 1e308, y: -1e308 });
    await openFile(page, 'far.json', JSON.stringify(far));
    // The file opens as a workspace of its own: wait for its graph, not the one before it.
    await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(seed.nodes.length);
    await page.waitForFunction(() => window.isnad?.ready === true);
    const drawn = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      cy.fit();
      const box = cy.container()!.getBoundingClientRect();
      const inside = cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
      }).length;
      const far = cy.nodes().filter((n) => Math.abs(n.position().x) > 1e6).length;
      return { inside, far, all: cy.nodes().length };
    });
    expect(drawn).toEqual({ inside: drawn.all, far: 0, all: seed.nodes.length });
    await screenshot(page, 'hardening-far-positions');
  });

  it('a graph file without positions is laid out in a worker, with progress, and drawn', async () => {
    const bare = buildGraph(syntheticCorpus({ articles: 75 }), { layout: false }).export();
    // Frames keep coming while the worker lays it out: the page is not blocked.
    await page.evaluate(() => {
      const w = window as unknown as { frames: number; sawProgress: boolean };
      w.frames = 0;
      w.sawProgress = false;
      const tick = () => {
        w.frames++;
        if (document.querySelector('[data-testid="open-layout-progress"]')) w.sawProgress = true;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await openFile(page, 'bare.json', JSON.stringify(bare));
    // (Statements past 80 are folded into counts: the store holds every node, the canvas fewer.)
    const stored = () => page.evaluate(() => window.isnad!.store.getState().graph?.nodes.length);
    await expect.poll(stored, { timeout: 30_000 }).toBe(bare.nodes.length);
    await page.waitForFunction(() => window.isnad?.ready === true);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { frames: number; sawProgress: boolean };
      const placed = window.isnad!.store.getState().graph!.nodes.filter(({ attributes }) => {
        const { x, y } = (attributes ?? {}) as { x?: number; y?: number };
        return Number.isFinite(x) && Number.isFinite(y);
      }).length;
      return { sawProgress: w.sawProgress, framesGoOn: w.frames > 5, placed };
    });
    expect(seen).toEqual({ sawProgress: true, framesGoOn: true, placed: bare.nodes.length });
  });

  it.each(['ar', 'en'] as const)(
    'a 200-character URL and a 300-character name stay inside their panels (%s)',
    async (lang) => {
      await setLang(page, lang);
      const url = `https://example.org/${lang}/${'a1b2c3d4e5'.repeat(18)}`;
      const text = `وقال الرئيس الروسي فلاديمير بوتين: "زوروا ${url} لمعرفة تفاصيل القمة كلها".\n`;
      await paste(page, text);
      // The pasted article joins the workspace.
      await expect
        .poll(() => page.evaluate(() => window.isnad!.store.getState().graph!.attributes!.articles))
        .toContainEqual(expect.objectContaining({ text: expect.stringContaining(url) }));
      await page.waitForFunction(() => window.isnad?.ready === true);
      // Very long names, through a graph file (labels are not offsets): every person's.
      const graph = JSON.parse(await storedGraph(page)) as SerializedGraph;
      const long = 'اسم طويل جدًا '.repeat(22);
      for (const n of graph.nodes) if (n.attributes?.kind === 'person') n.attributes.label = long;
      const putin = graph.nodes.find((n) => n.attributes?.kind === 'person')!;
      await openFile(page, 'long.json', JSON.stringify(graph));
      await expect
        .poll(() => page.evaluate(() => window.isnad!.store.getState().graph!.nodes[0]?.key))
        .toBe(graph.nodes[0]!.key);
      await page.waitForFunction(() => window.isnad?.ready === true);
      await page.getByRole('tab', { name: /التصريحات|Statements/ }).click();
      const speaker = page.locator('.cell-speaker').first();
      await expect.poll(() => speaker.getAttribute('title')).toBe(putin.attributes!.label);
      const table = await page.evaluate(() => {
        const scroll = document.querySelector('.table-scroll')!;
        return { content: scroll.scrollWidth, panel: scroll.clientWidth };
      });
      expect(table.content).toBeLessThanOrEqual(table.panel);
      await page.evaluate((key) => window.isnad!.store.getState().select(key), putin.key);
      const inspector = await page.evaluate(() => {
        const panel = document.querySelector('[data-testid="inspector"]')!;
        return { content: panel.scrollWidth, panel: panel.clientWidth };
      });
      expect(inspector.content).toBeLessThanOrEqual(inspector.panel);
      await screenshot(page, `hardening-long-values-${lang}`);
    },
  );
});
