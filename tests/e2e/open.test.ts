import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, screenshot, type Session } from './browser';

describe('the explorer opens on the seed article', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await openApp(session.page, inject('baseURL'));
  });
  afterAll(async () => session?.close());

  it('draws a Cytoscape graph with the article’s people, places and statements', async () => {
    const counts = await session.page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const byKind = (kind: string) => cy.nodes(`[kind = "${kind}"]`).length;
      return {
        person: byKind('person'),
        place: byKind('place'),
        statement: byKind('statement'),
        edges: cy.edges().length,
        labels: cy.nodes().map((node) => String(node.data('label'))),
      };
    });
    expect(counts.person).toBeGreaterThan(10);
    expect(counts.place).toBeGreaterThan(3);
    expect(counts.statement).toBeGreaterThan(10);
    expect(counts.edges).toBeGreaterThan(counts.statement);
    expect(counts.labels.some((label) => label.includes('بوتين'))).toBe(true);
  });

  it('renders Arabic with the bundled font, not a fallback', async () => {
    const fontReady = await session.page.evaluate(() =>
      document.fonts.check('16px "IBM Plex Sans Arabic"', 'بوتين'),
    );
    expect(fontReady).toBe(true);
    await screenshot(session.page, 'open-seed');
  });
});
