/**
 * Correcting the extraction as a user does, in real Chromium: merge two nodes and reassign a
 * statement's speaker from the inspector, undo and redo them with the keyboard, find them again
 * after a reload, export the corrections and get the same graph from the command line; add a
 * missing entity and statement by selecting words in the article.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ARTIFACTS,
  nodeScreenPoint,
  openApp,
  openSession,
  screenshot,
  type Page,
  type Session,
} from './browser';

const LAVROV = 'person:سيرغي لافروف';
const USHAKOV = 'person:يوري اوشاكوف';
const PUTIN = 'person:فلاديمير بوتين';
const BELOUSOV = 'person:اندريه بيلوسوف';
const QUOTE = 'statement:seed:2938'; // «الأجواء ممتازة عقب المفاوضات في ألاسكا», said by Belousov
const OUT = join(ARTIFACTS, 'curation');
// Our own short report (the workspace tests' fixture), which names Lavrov too.
const PASTED = readFileSync(
  join(process.cwd(), 'tests', 'fixtures', 'workspace', 'pasted.txt'),
  'utf8',
);

const graphOf = (page: Page) => page.evaluate(() => window.isnad!.store.getState().graph!);
const hasNode = (page: Page, key: string) =>
  page.evaluate((id) => window.isnad!.cy!.getElementById(id).nonempty(), key);
const inspector = (page: Page) => page.getByTestId('inspector');
/** The statement cards the inspector lists (what a person said and what mentions them). */
const cards = async (page: Page) =>
  (await inspector(page).locator('.statement-card').allTextContents()).join(' / ');

/** How many edits each workspace record in IndexedDB keeps. */
const keptEditCounts = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('isnad');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = await new Promise<{ edits?: { edits: unknown[] } }[]>((resolve, reject) => {
      const all = db.transaction('workspaces').objectStore('workspaces').getAll();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    });
    db.close();
    return records.map((r) => r.edits?.edits.length ?? 0);
  });

async function openTools(page: Page, testId = 'edit-tools') {
  const tools = inspector(page).getByTestId(testId);
  if (!(await tools.evaluate((el) => (el as HTMLDetailsElement).open)))
    await tools.locator('summary').click();
  return tools;
}

async function selectByClick(page: Page, key: string) {
  await page.evaluate((id) => window.isnad!.cy!.center(window.isnad!.cy!.getElementById(id)), key);
  const point = await nodeScreenPoint(page, key);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => page.evaluate(() => window.isnad!.store.getState().selected)).toBe(key);
}

describe('curation in the explorer', () => {
  let session: Session;
  let page: Page;
  let original: SerializedGraph;

  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'));
    original = await graphOf(page);
  });
  afterAll(async () => session?.close());

  it('merges two nodes from the inspector: one node with both mentions', async () => {
    await selectByClick(page, LAVROV);
    const tools = await openTools(page);
    await tools.getByTestId('merge-select').selectOption(USHAKOV);
    await tools.getByTestId('merge-button').click();
    await expect.poll(() => hasNode(page, USHAKOV)).toBe(false);
    const mentions = await page.evaluate(
      (id) => (window.isnad!.cy!.getElementById(id).data('mentions') as unknown[]).length,
      LAVROV,
    );
    expect(mentions).toBe(2);
    await expect
      .poll(() => inspector(page).getByTestId('edited-note').textContent())
      .toContain('يوري أوشاكوف');
    await screenshot(page, 'curation-merged-ar');
  });

  it('reassigns a statement’s speaker: it leaves one person’s inspector for the other’s', async () => {
    await page.locator(`tr[data-key="${QUOTE}"]`).click();
    const tools = await openTools(page);
    await tools.getByTestId('speaker-select').selectOption(PUTIN);
    await expect
      .poll(() => inspector(page).locator('.facts').textContent())
      .toContain('فلاديمير بوتين');
    await page.evaluate((id) => window.isnad!.store.getState().select(id), BELOUSOV);
    await expect.poll(() => inspector(page).locator('h2').textContent()).toBe('أندريه بيلوسوف');
    expect(await cards(page)).not.toContain('الأجواء ممتازة');
    await page.evaluate((id) => window.isnad!.store.getState().select(id), PUTIN);
    await expect.poll(() => cards(page)).toContain('الأجواء ممتازة');
    expect(await page.evaluate(() => window.isnad!.edits.list().map((e) => e.op))).toEqual([
      'merge',
      'speaker',
    ]);
  });

  it('Ctrl+Z twice gives back the original graph; Ctrl+Shift+Z and the redo button redo', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await graphOf(page)).toEqual(original);
    expect(await hasNode(page, USHAKOV)).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await page.getByTestId('redo').first().click();
    expect(await page.evaluate(() => window.isnad!.edits.list().length)).toBe(2);
    expect(await hasNode(page, USHAKOV)).toBe(false);
  });

  it('the edits survive a reload, and the history lists them in words', async () => {
    // They are kept with the workspace, in IndexedDB: wait for the write, then reload.
    await expect.poll(() => keptEditCounts(page)).toContain(2);
    await page.reload();
    await page.waitForFunction(() => window.isnad?.ready === true);
    expect(await page.evaluate(() => window.isnad!.edits.list().map((e) => e.op))).toEqual([
      'merge',
      'speaker',
    ]);
    expect(await hasNode(page, USHAKOV)).toBe(false);
    const speaker = await page.evaluate(
      (id) =>
        window.isnad!.store.getState().graph!.nodes.find((n) => n.key === id)?.attributes?.speaker,
      QUOTE,
    );
    expect(speaker).toBe(PUTIN);
    await page.getByRole('tab', { name: /التعديلات|Edits/ }).click();
    const items = page.getByTestId('history-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(1).textContent()).toContain(
      'دمج «\u2068يوري أوشاكوف\u2069» في «\u2068سيرغي لافروف\u2069»',
    );
    await screenshot(page, 'curation-history-ar');
  });

  it('the exported corrections, applied by the CLI to the article, give the same graph', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByTestId('export-corrections').click(),
    ]);
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, download.suggestedFilename());
    await download.saveAs(file);
    const out = join(OUT, 'corrected-graph.json');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/extract.ts',
        'data/seed.txt',
        '--corrections',
        file,
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toContain('corrections: 2 of 2 edits applied');
    expect(run.status).toBe(0);
    const cli = JSON.parse(readFileSync(out, 'utf8')) as SerializedGraph;
    expect(cli).toEqual(await graphOf(page));
  });

  it('in English: the tools and the history read left to right', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.evaluate((id) => window.isnad!.store.getState().select(id), QUOTE);
    await openTools(page);
    await page.getByRole('tab', { name: /Edits/ }).click();
    await expect.poll(() => page.getByTestId('edit-history').textContent()).toContain('Merged');
    await screenshot(page, 'curation-en');
    // The entity and side tools, open, in both languages (looked at, not applied).
    for (const lang of ['en', 'ar'] as const) {
      await page.evaluate(() => window.isnad!.store.getState().select('person:دونالد ترامب'));
      const tools = await openTools(page);
      await tools.getByTestId('merge-select').selectOption(PUTIN);
      expect(await tools.getByRole('radio').count()).toBe(2);
      await screenshot(page, `curation-entity-tools-${lang}`);
      await page.evaluate(() => {
        const side = window.isnad!.cy!.nodes('[kind = "delegation"]').last().id();
        window.isnad!.store.getState().select(side);
      });
      await openTools(page, 'side-tools');
      await screenshot(page, `curation-side-tools-${lang}`);
      if (lang === 'en') await page.getByRole('button', { name: 'العربية' }).click();
    }
    expect(await page.evaluate(() => window.isnad!.edits.list().length)).toBe(2);
  });

  it('an article added to the workspace: all is extracted and merged again, the edits re-applied', async () => {
    await page.getByRole('button', { name: /الصق مقالًا|Paste article/ }).click();
    await page.getByTestId('paste-text').fill(PASTED);
    await page.getByRole('button', { name: /استخرج|Extract/ }).click();
    await expect
      .poll(
        () =>
          page.evaluate(() => window.isnad!.store.getState().graph!.attributes!.articles.length),
        {
          timeout: 20_000,
        },
      )
      .toBe(2);
    expect(await page.evaluate(() => window.isnad!.edits.list().map((e) => e.op))).toEqual([
      'merge',
      'speaker',
    ]);
    expect(await page.evaluate(() => window.isnad!.store.getState().skipped.length)).toBe(0);
    expect(await hasNode(page, USHAKOV)).toBe(false);
    const lavrovArticles = await page.evaluate(
      (id) => [
        ...new Set(
          (window.isnad!.cy!.getElementById(id).data('mentions') as { article: string }[]).map(
            (m) => m.article,
          ),
        ),
      ],
      LAVROV,
    );
    expect(lavrovArticles).toHaveLength(2);
  });
});

/** Selects words of the article as a mouse drag would, then releases the mouse over them. */
async function selectWords(page: Page, target: string) {
  await page.evaluate((words) => {
    const walker = document.createTreeWalker(
      document.querySelector('.article-text')!,
      NodeFilter.SHOW_TEXT,
    );
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const full = nodes.map((n) => n.data).join('');
    const at = full.indexOf(words);
    if (at < 0) throw new Error(`not in the article: ${words}`);
    // The text is cut into highlight pieces: find the pieces where the words start and end.
    const locate = (offset: number, end: boolean) => {
      let seen = 0;
      for (const node of nodes) {
        const next = seen + node.data.length;
        if (end ? offset <= next : offset < next) return { node, offset: offset - seen };
        seen = next;
      }
      throw new Error('offset past the text');
    };
    const from = locate(at, false);
    const to = locate(at + words.length, true);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    to.node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, target);
}

describe('adding what the extractor missed, from the article', () => {
  it('selected words become an organization, then a statement by it', async () => {
    const session = await openSession();
    try {
      const page = session.page;
      await openApp(page, inject('baseURL'), '?tab=article');
      const words = 'الدول الأوروبية';
      await selectWords(page, words);
      const bar = page.getByTestId('selection-bar');
      await expect.poll(() => bar.textContent()).toContain(words);
      await screenshot(page, 'curation-selection-bar-ar');
      await bar.getByTestId('add-entity-kind').selectOption('organization');
      await bar.getByRole('textbox').fill('الدول الأوروبية');
      await bar.getByTestId('add-entity').click();
      const key = 'organization:الدول الاوروبيه';
      await expect
        .poll(() => page.evaluate((id) => window.isnad!.cy!.getElementById(id).nonempty(), key))
        .toBe(true);
      const mention = await page.evaluate(
        (id) =>
          window.isnad!.store.getState().graph!.nodes.find((n) => n.key === id)!.attributes!
            .mentions[0],
        key,
      );
      const article = await page.evaluate(
        () => window.isnad!.store.getState().graph!.attributes!.articles[0].text as string,
      );
      expect(article.slice(mention.start, mention.end)).toBe(words);
      expect(await page.locator(`mark[data-key="${key}"]`).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.isnad!.edits.list().map((e) => e.op))).toEqual([
        'add-entity',
      ]);

      // A sentence the extractor did not take for a statement, given to the new organization.
      const sentence = 'استقبل الرئيس الأميركي دونالد ترامب الزعيم الروسي فلاديمير بوتين';
      await selectWords(page, sentence);
      await expect.poll(() => bar.textContent()).toContain(sentence.slice(0, 40));
      await bar.getByTestId('add-statement-speaker').selectOption(key);
      await bar.getByTestId('add-statement').click();
      const added = await page.evaluate(() =>
        window
          .isnad!.store.getState()
          .graph!.nodes.filter(
            (n) => n.attributes?.kind === 'statement' && n.attributes.reason?.rule === 'by-hand',
          )
          .map((n) => ({ text: n.attributes!.text, speaker: n.attributes!.speaker })),
      );
      expect(added).toEqual([{ text: sentence, speaker: key }]);
      await page.getByRole('tab', { name: /التصريحات|Statements/ }).click();
      const row = page.locator('tr', { hasText: 'استقبل الرئيس الأميركي' });
      expect(await row.locator('.badge-edited').count()).toBe(1);
      await row.click();
      await screenshot(page, 'curation-added-statement-ar');

      // Three nodes into one, keeping the second one's name; then undone with the button.
      await page.evaluate((id) => window.isnad!.store.getState().select(id), LAVROV);
      const tools = await openTools(page);
      await tools.getByTestId('merge-select').selectOption(USHAKOV);
      await tools.getByTestId('merge-select').selectOption(BELOUSOV);
      expect(await tools.getByTestId('merge-list').locator('li').count()).toBe(2);
      await tools.getByRole('radio', { name: 'يوري أوشاكوف' }).check();
      await screenshot(page, 'curation-merge-three-ar');
      await tools.getByTestId('merge-button').click();
      await expect.poll(() => hasNode(page, BELOUSOV)).toBe(false);
      const merged = await page.evaluate(
        (id) => ({
          label: window.isnad!.cy!.getElementById(id).data('label') as string,
          mentions: (window.isnad!.cy!.getElementById(id).data('mentions') as unknown[]).length,
        }),
        LAVROV,
      );
      expect(merged).toEqual({ label: 'يوري أوشاكوف', mentions: 4 });
      await page.getByTestId('undo').first().click();
      expect(await hasNode(page, BELOUSOV)).toBe(true);
    } finally {
      await session.close();
    }
  });
});
