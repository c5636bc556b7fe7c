/**
 * Stage: organizations that no lexicon lists, named by their form — an institution noun with
 * its complement (وزارة الدفاع الروسية، البنك المركزي المصري، الجيش الأوكراني), or a quoted name
 * after a media noun (قناة «القاهرة الإخبارية»).
 */
import { addMention, mentionAtToken, mergeEntity, type Doc } from '../document.ts';
import { normalizeArabic } from '../normalize.ts';
import { adjectiveCountry, hasArticle, infoOf, readings } from '../words.ts';
import { isQuoteMark } from './structure.ts';

const HEADS = new Set(
  [
    'وزارة',
    'هيئة',
    'منظمة',
    'وكالة',
    'حزب',
    'جامعة',
    'مجلس',
    'البنك',
    'الجيش',
    'صندوق',
    'مفوضية',
    'محكمة',
  ].map(normalizeArabic),
);
const MEDIA = new Set(
  ['قناة', 'صحيفة', 'وكالة', 'موقع', 'شبكة', 'مجلة', 'إذاعة', 'تلفزيون'].map(normalizeArabic),
);
const MAX_WORDS = 4;

/** A definite word that can continue an institution's name (الدفاع، المركزي، الروسية). */
function continues(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || mentionAtToken(doc, t) || (doc.quoteOf[t] ?? -1) >= 0) return false;
  const info = tok.info ?? infoOf(tok);
  return hasArticle(tok) && !info.stop && !info.cue && !info.titleKey && /^ال/.test(tok.norm);
}

function addOrganization(doc: Doc, from: number, to: number, stripped: number): void {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (!first || !last) return;
  const start =
    first.start + (stripped > 0 ? first.text.indexOf(first.text.replace(/^[وفبلك]+/, '')) : 0);
  const name = doc.text.slice(start, last.end);
  const key = `organization:${normalizeArabic(name)}`;
  addMention(doc, { key, kind: 'organization', from, to, start, end: last.end, name });
}

export function findOrganizations(doc: Doc): Doc {
  const tokens = doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok?.isWord || mentionAtToken(doc, t)) continue;
    const head = readings(tok).find((r) => HEADS.has(r));
    if (head) {
      // The head and one to three definite words; the name must say more than the head.
      let end = t + 1;
      while (end < tokens.length && end - t <= MAX_WORDS - 1 && continues(doc, end)) end++;
      const named =
        end - t >= 2 &&
        (end - t >= 3 || adjectiveCountry(tokens[end - 1]) || !adjectiveCountry(tokens[t + 1]));
      if (named && !(head === normalizeArabic('الجيش') && end - t === 1)) {
        addOrganization(doc, t, end, tok.norm.length - head.length);
        t = end - 1;
        continue;
      }
    }
    // قناة «القاهرة الإخبارية»: a quoted name after a media noun.
    if (readings(tok).some((r) => MEDIA.has(r)) && isQuoteMark(tokens[t + 1])) {
      const q = doc.quoteOf[t + 2] ?? -1;
      const quote = doc.quotes[q];
      if (
        !quote ||
        quote.open !== t + 1 ||
        quote.close < 0 ||
        quote.close - quote.open - 1 > MAX_WORDS
      )
        continue;
      if (mentionAtToken(doc, t + 2)) continue;
      addOrganization(doc, t + 2, quote.close, 0);
      doc.nameQuotes.add(q);
      t = quote.close;
    }
  }
  mergeShortForms(doc);
  return doc;
}

/** «البنك المركزي» and «البنك المركزي المصري» in one article: the short form is the long one. */
function mergeShortForms(doc: Doc): void {
  const orgs = [...doc.entities.values()].filter((e) => e.kind === 'organization');
  for (const short of orgs) {
    const name = normalizeArabic(short.label);
    const longer = orgs.filter(
      (e) => e !== short && normalizeArabic(e.label).startsWith(`${name} `),
    );
    if (longer.length === 1 && longer[0]) mergeEntity(doc, short.key, longer[0].key);
  }
}
