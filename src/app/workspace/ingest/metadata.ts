/**
 * What a saved news page says about itself: title, outlet, canonical address, publication date
 * and author, from the meta tags, JSON-LD and <time> that publishers write. Reads a parsed
 * Document (the browser's DOMParser; never executed) and changes nothing in it.
 */
import type { ArticleMeta } from '../types';

export type PageMetadata = Partial<ArticleMeta>;

/** The first non-empty `content` of the meta tags named (by property, name or itemprop). */
function metaContent(doc: Document, names: string[]): string | undefined {
  for (const name of names) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${name}" i]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return undefined;
}

/** Every object in the page's JSON-LD blocks (including @graph lists); broken blocks are skipped. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem; the meta tags may still say enough.
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|Posting|Report/i;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join('، ') || undefined;
  if (value && typeof value === 'object') return nameOf((value as { name?: unknown }).name);
  return undefined;
}

/** `YYYY-MM-DD` as written when the value starts with one, else the parsed day, else undefined. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const written = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (written) return written[1];
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

export function readPageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? {};
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim();
  const url = canonical || metaContent(doc, ['og:url']) || nameOf(article['url']);
  const title =
    metaContent(doc, ['og:title', 'twitter:title']) ||
    nameOf(article['headline']) ||
    doc.querySelector('title')?.textContent?.trim() ||
    undefined;
  const source =
    metaContent(doc, ['og:site_name', 'application-name']) ||
    nameOf(article['publisher']) ||
    hostOf(url);
  const date = normalizeDate(
    metaContent(doc, [
      'article:published_time',
      'datePublished',
      'date',
      'pubdate',
      'publishdate',
      'dc.date',
      'dcterms.created',
    ]) ||
      nameOf(article['datePublished']) ||
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
      undefined,
  );
  const byline = metaContent(doc, ['author', 'article:author']) || nameOf(article['author']);
  const meta: PageMetadata = {};
  if (title) meta.title = title;
  if (source) meta.source = source;
  if (url) meta.url = url;
  if (date) meta.date = date;
  if (byline) meta.byline = byline;
  return meta;
}
