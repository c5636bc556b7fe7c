/**
 * The workspace in real headless Chromium: articles added by paste, .txt and .html upload merge
 * into one graph (the shared person is one node); a reload brings back the articles, the filters
 * and the re-arranged layout; an article can be removed; every statement names its source; bad
 * input is said and changes nothing; a long extraction leaves the page responsive and can be
 * cancelled. The articles are our own (tests/fixtures/workspace).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, screenshot, type Page, type Session } from './browser';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'workspace');
const fixture = (name: string) => join(FIXTURES, name);
const PASTED = readFileSync(fixture('pasted.txt'), 'utf8');

const articleIds = (page: Page) =>
  page
    .getByTestId('article-list')
    .locator('[data-article-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-article-id')!));

const articleCount = async (page: Page) => (await articleIds(page)).length;

/** Person nodes whose label contains the name, with the articles that mention them. */
const persons = (page: Page, name: string) =>
  page.evaluate(
    (name) =>
      window
        .isnad!.cy!.nodes('[kind = "person"]')
        .filter((n) => String(n.data('label')).includes(name))
        .map((n) => ({
          key: n.id(),
          articles: [
            ...new Set((n.data('mentions') as { article: string }[]).map((m) => m.article)),
          ],
        })),
    name,
  );

async function paste(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: /الصق مقالًا|Paste article/ }).click();
  const area = page.getByTestId('paste-text');
  if (text.length < 10_000) await area.fill(text);
  else
    // A megabyte typed through the protocol takes minutes; a paste sets the value at once.
    await area.evaluate((element, value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  await page.getByRole('button', { name: /استخرج|Extract/ }).click();
}

describe('a workspace of several articles', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    page.on('dialog', (dialog) => void dialog.accept());
    await openApp(page, inject('baseURL'));
  });
  afterAll(async () => session?.close());

  it('starts on the seed, then adds a paste, a .txt and an .html page, merged with Lavrov as one node', async () => {
    expect(await articleIds(page)).toEqual(['seed']);
    await paste(page, PASTED);
    await expect.poll(() => articleCount(page), { timeout: 20_000 }).toBe(2);
    await page
      .getByTestId('add-files')
      .setInputFiles([fixture('report.txt'), fixture('page.html')]);
    await expect.poll(() => articleCount(page), { timeout: 20_000 }).toBe(4);
    await expect.poll(() => page.getByTestId('workspace-progress').count()).toBe(0);

    const lavrov = await persons(page, 'لافروف');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]!.articles).toHaveLength(4);
    // The saved page: its outlet and date are read, its scripts never ran, its navigation and
    // ads are not in the article.
    const list = await page.getByTestId('article-list').innerText();
    expect(list).toContain('صحيفة المثال');
    expect(list).toContain('2025-09-24');
    const page3 = await page.evaluate(() => {
      const articles = window.isnad!.store.getState().graph!.attributes!.articles as {
        title: string;
        text: string;
        url?: string;
      }[];
      const html = articles.find((a) => a.title.includes('غوتيريش'))!;
      return {
        url: html.url,
        junk: ['الرئيسية', 'إعلان', 'tracker', 'أسعار الذهب'].filter((w) => html.text.includes(w)),
        ran: 'tracker' in window,
      };
    });
    expect(page3).toEqual({
      url: 'https://example.org/news/lavrov-guterres',
      junk: [],
      ran: false,
    });
    await page.waitForFunction(() => window.isnad?.ready === true);
    await screenshot(page, 'workspace-four-articles');
  });

  it('a statement’s chip names its outlet, and “show in article” opens that article at it', async () => {
    const statement = await page.evaluate(
      () =>
        window
          .isnad!.cy!.nodes('[kind = "statement"]')
          .filter((n) => String(n.data('text')).includes('الحوار هو الطريق'))
          .map((n) => ({ key: n.id(), article: String(n.data('article')) }))[0]!,
    );
    await page.evaluate((key) => window.isnad!.store.getState().select(key), statement.key);
    const inspector = page.getByTestId('inspector');
    await expect
      .poll(() => inspector.getByTestId('source-chip').innerText())
      .toContain('صحيفة المثال');
    // The table lists it with its outlet in the source column.
    const row = page.getByTestId('statements').locator(`tr[data-key="${statement.key}"]`);
    expect(await row.locator('.cell-source').innerText()).toContain('صحيفة المثال');
    await screenshot(page, 'workspace-statement-source');

    await inspector.getByRole('button', { name: /اعرض في المقال|Show in article/ }).click();
    const article = page.getByTestId('article').locator('article');
    await expect.poll(() => article.getAttribute('data-article-id')).toBe(statement.article);
    expect(await article.count()).toBe(1);
    const focused = page.locator(`mark[data-key="${statement.key}"]`);
    expect(await focused.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('article-picker').inputValue()).toBe(statement.article);
    await screenshot(page, 'workspace-show-in-article');
  });

  it('keeps the articles, the filters and the re-arranged layout through a reload', async () => {
    const ids = await articleIds(page);
    const report = ids[3]!;
    await page.getByTestId('article-filter').locator(`input[value="${report}"]`).check();
    await page.getByRole('button', { name: /إعادة الترتيب|Re-arrange/ }).click();
    await expect
      .poll(() => page.evaluate(() => window.isnad!.store.getState().positions !== null), {
        timeout: 10_000,
      })
      .toBe(true);
    const before = await page.evaluate(() => {
      const { positions, filters } = window.isnad!.store.getState();
      return { positions, filters };
    });
    // The view is written a moment after the last change.
    await page.waitForTimeout(800);
    await page.reload();
    await page.waitForFunction(() => window.isnad?.ready === true);
    expect(await articleIds(page)).toEqual(ids);
    const after = await page.evaluate(() => {
      const { positions, filters } = window.isnad!.store.getState();
      const cy = window.isnad!.cy!;
      const drawnAt = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      return { positions, filters, drawnAt };
    });
    expect(after.filters).toEqual(before.filters);
    expect(after.filters.articles).toEqual([report]);
    expect(after.positions).toEqual(before.positions);
    for (const [key, p] of Object.entries(before.positions ?? {})) {
      expect(after.drawnAt[key]!.x).toBeCloseTo(p.x, 0);
      expect(after.drawnAt[key]!.y).toBeCloseTo(p.y, 0);
    }
    await screenshot(page, 'workspace-after-reload');
    await page.getByTestId('article-filter').locator(`input[value="${report}"]`).uncheck();
  });

  it('removing an article takes its statements and the people only it names', async () => {
    const ids = await articleIds(page);
    const report = ids[3]!;
    expect(await persons(page, 'فيدان')).toHaveLength(1);
    await page
      .getByTestId('article-list')
      .locator(`[data-article-id="${report}"]`)
      .getByRole('button', { name: /حذف|Remove/ })
      .click();
    await expect.poll(() => articleIds(page), { timeout: 20_000 }).toEqual(ids.slice(0, 3));
    expect(await persons(page, 'فيدان')).toEqual([]);
    expect((await persons(page, 'لافروف'))[0]!.articles).toHaveLength(3);
    const left = await page.evaluate(
      (id) => window.isnad!.cy!.nodes(`[kind = "statement"][article = "${id}"]`).length,
      report,
    );
    expect(left).toBe(0);
  });

  it('a non-Arabic paste is refused with a message in the interface language; the graph stays', async () => {
    const before = await page.evaluate(() => window.isnad!.cy!.nodes().length);
    await paste(page, 'Lavrov said the talks with Washington would continue next week in Geneva.');
    const alert = page.getByTestId('paste-error');
    await expect.poll(() => alert.textContent()).toContain('ليس نصًا عربيًا');
    await screenshot(page, 'workspace-non-arabic');
    await page
      .getByRole('button', { name: /إلغاء|Cancel/ })
      .first()
      .click();
    expect(await page.evaluate(() => window.isnad!.cy!.nodes().length)).toBe(before);
    expect(await articleCount(page)).toBe(3);
  });

  it('bad files are named with what is wrong; the good ones are still added', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('add-files').setInputFiles([
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'english.txt', mimeType: 'text/plain', buffer: Buffer.from('Talks will go on.') },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71, 0, 0]) },
      {
        name: 'home.html',
        mimeType: 'text/html',
        buffer: Buffer.from('<html><body><nav>الرئيسية</nav></body></html>'),
      },
      { name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from(PASTED) },
    ]);
    const problems = page.getByTestId('workspace-problems');
    await expect
      .poll(() => problems.locator('li').evaluateAll((li) => li.map((l) => l.dataset.code)))
      .toEqual(['empty', 'not-arabic', 'no-article', 'unsupported', 'duplicate']);
    expect(await problems.innerText()).toContain('english.txt: this is not Arabic text');
    await screenshot(page, 'workspace-bad-files-en');
    expect(await articleCount(page)).toBe(3);
    await problems.getByRole('button').click();
    await page.getByRole('button', { name: 'العربية' }).click();
  });

  it('a long paste keeps the page responsive (a click is handled meanwhile) and can be cancelled', async () => {
    const body = readFileSync(fixture('report.txt'), 'utf8').split('\n').slice(1).join('\n');
    const long = `مقال طويل جدًا\n${body.repeat(Math.ceil(1_000_000 / Buffer.byteLength(body)))}`;
    await paste(page, long);
    const progress = page.getByTestId('workspace-progress');
    await progress.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await progress.innerText()).toMatch(/المقال 1 من 1|دمج الشبكة/);
    await screenshot(page, 'workspace-progress');
    // A click on the Article tab is handled while the worker extracts.
    await page.getByRole('tab', { name: /المقال|Article/ }).click();
    const during = await page.evaluate(() => {
      const { tab, job } = window.isnad!.store.getState();
      return { tab, running: job !== null };
    });
    expect(during).toEqual({ tab: 'article', running: true });
    await progress.getByRole('button', { name: /إلغاء|Cancel/ }).click();
    await expect.poll(() => progress.count()).toBe(0);
    expect(await articleCount(page)).toBe(3);
    await page.getByRole('tab', { name: /التصريحات|Statements/ }).click();
  });
});

describe('a shared link', () => {
  it('made on articles this browser does not have says so, and opens no wrong node', async () => {
    const session = await openSession();
    try {
      const page = session.page;
      await openApp(page, inject('baseURL'), '?set=5-0badc0de&node=statement%3Aa1%3A10');
      const notice = page.getByTestId('foreign-link');
      await expect.poll(() => notice.count()).toBe(1);
      expect(await notice.innerText()).toContain('5-0badc0de');
      expect(await page.evaluate(() => window.isnad!.store.getState().selected)).toBeNull();
    } finally {
      await session.close();
    }
  });
});
