/**
 * Stage: organizations that no lexicon lists, named by their form — an institution noun with
 * its complement (وزارة الدفاع الروسية، البنك المركزي المصري، الجيش الأوكراني), or a quoted name
 * after a media noun (قناة «القاهرة الإخبارية»).
 */
import { addMention, mentionAtToken, mergeEntity, removeMention, type Doc } from '../document.ts';
import type { Reason } from '../../core/types.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { adjectiveCountry, hasArticle, infoOf, nameLike, readings } from '../words.ts';
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
const MINISTRY = normalizeArabic('وزارة');
/** «شركة أرامكو»: a company is named like an outlet. */
const COMPANY = normalizeArabic('شركة');
/** «الخارجية الإيرانية»: a ministry named by its field alone, with its country. */
const MINISTRY_FIELDS = new Set(['الخارجية', 'الداخلية', 'الدفاع'].map(normalizeArabic));
const MAX_WORDS = 4;

/** A definite word that can continue an institution's name (الدفاع، المركزي، الروسية). */
function continues(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || mentionAtToken(doc, t) || (doc.quoteOf[t] ?? -1) >= 0) return false;
  const info = tok.info ?? infoOf(tok);
  // A possessive ending (التزامها) marks a noun whose ال is its own letters, not the article.
  return (
    hasArticle(tok) &&
    !info.stop &&
    !info.cue &&
    !info.titleKey &&
    /^ال/.test(tok.norm) &&
    !/(ها|هم|هما|كم|نا)$/.test(tok.norm)
  );
}

function addOrganization(
  doc: Doc,
  from: number,
  to: number,
  stripped: number,
  reason: Reason,
): void {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (!first || !last) return;
  const start =
    first.start + (stripped > 0 ? first.text.indexOf(first.text.replace(/^[وفبلك]+/, '')) : 0);
  const name = doc.text.slice(start, last.end);
  const key = `organization:${normalizeArabic(name)}`;
  addMention(doc, { key, kind: 'organization', from, to, start, end: last.end, name, reason });
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
        addOrganization(doc, t, end, tok.norm.length - head.length, {
          rule: 'institution-head',
          cue: head,
        });
        t = end - 1;
        continue;
      }
    }
    if (
      MINISTRY_FIELDS.has(tok.norm) &&
      adjectiveCountry(tokens[t + 1]) &&
      !mentionAtToken(doc, t + 1) &&
      !infoOf(tokens[t - 1] ?? tok).titleKey
    ) {
      addOrganization(doc, t, t + 2, 0, { rule: 'ministry-field', cue: tok.text });
      t++;
      continue;
    }
    // «الحكومة الأردنية»: the government with its nationality.
    const gov = readings(tok).find((r) => r === GOVERNMENT);
    if (gov && adjectiveCountry(tokens[t + 1]) && !mentionAtToken(doc, t + 1)) {
      addOrganization(doc, t, t + 2, tok.norm.length - gov.length, {
        rule: 'government-of-country',
        cue: tok.text,
      });
      t++;
      continue;
    }
    const agency = newsAgencyEnd(doc, t);
    if (agency > t) {
      addOrganization(doc, t, agency, tok.norm.length - AGENCY.length, {
        rule: 'news-agency',
        cue: tok.text,
      });
      t = agency - 1;
      continue;
    }
    if (!(tok.info ?? infoOf(tok)).media && !readings(tok).includes(COMPANY)) continue;
    const end = isQuoteMark(tokens[t + 1]) ? quotedOutlet(doc, t + 1) : bareOutlet(doc, t + 1);
    if (end > 0) t = end;
  }
  mergeShortForms(doc);
  return doc;
}

const GOVERNMENT = normalizeArabic('الحكومة');
const AGENCY = normalizeArabic('وكالة');
const NEWS = normalizeArabic('أنباء');

/** «وكالة أنباء الإمارات», «وكالة أنباء فارس»: the name after «وكالة أنباء» (a place, or one or
 * two words no lexicon knows) belongs to the agency. Returns the end token, or `t`. */
function newsAgencyEnd(doc: Doc, t: number): number {
  const tok = doc.tokens[t];
  if (!tok || !readings(tok).includes(AGENCY) || doc.tokens[t + 1]?.norm !== NEWS) return t;
  const m = mentionAtToken(doc, t + 2);
  if (m && m.from === t + 2 && m.kind === 'place') {
    const to = m.to;
    removeMention(doc, m);
    return to;
  }
  if (m) return t;
  let end = t + 2;
  while (end < t + 4 && !mentionAtToken(doc, end) && nameLike(doc, end)) end++;
  return end > t + 2 ? end : t;
}

/** قناة «القاهرة الإخبارية», صحيفة "روسيا 24": the quoted name is the outlet, even when it
 * holds a place. Returns the closing mark, or -1. */
function quotedOutlet(doc: Doc, open: number): number {
  const q = doc.quoteOf[open + 1] ?? -1;
  const quote = doc.quotes[q];
  if (!quote || quote.open !== open || quote.close < 0 || quote.close - open - 1 > MAX_WORDS)
    return -1;
  const inner = mentionAtToken(doc, open + 1);
  if (inner && inner.kind !== 'place') return -1;
  for (let t = open + 1; t < quote.close; t++) {
    const m = mentionAtToken(doc, t);
    if (m) removeMention(doc, m);
  }
  addOrganization(doc, open + 1, quote.close, 0, {
    rule: 'quoted-outlet',
    cue: doc.tokens[open - 1]?.text ?? '',
  });
  doc.nameQuotes.add(q);
  return quote.close;
}

/** إذاعة فوكس, صحيفة واشنطن بوست: one or two words no lexicon knows after a media noun (a place
 * may start the name). Returns the last token, or -1. */
function bareOutlet(doc: Doc, from: number): number {
  const tokens = doc.tokens;
  let end = from;
  let unknown = 0;
  while (end - from < 3) {
    const m = mentionAtToken(doc, end);
    if (m?.kind === 'place' && m.from === end && end === from) end = m.to;
    else if (!m && nameLike(doc, end) && doc.sentence[end] === doc.sentence[from]) {
      end++;
      unknown++;
    } else break;
  }
  if (unknown === 0 || unknown > 2 || !tokens[end - 1]) return -1;
  const lead = mentionAtToken(doc, from);
  if (lead) removeMention(doc, lead);
  addOrganization(doc, from, end, 0, {
    rule: 'outlet-after-media-noun',
    cue: doc.tokens[from - 1]?.text ?? '',
  });
  return end - 1;
}

/** «البنك المركزي» and «البنك المركزي المصري», «الخارجية الإيرانية» and «وزارة الخارجية
 * الإيرانية» in one article: the short form is the long one. */
function mergeShortForms(doc: Doc): void {
  const orgs = [...doc.entities.values()].filter((e) => e.kind === 'organization');
  for (const short of orgs) {
    const name = normalizeArabic(short.label);
    const longer = orgs.filter(
      (e) =>
        e !== short &&
        (normalizeArabic(e.label).startsWith(`${name} `) ||
          normalizeArabic(e.label) === `${MINISTRY} ${name}`),
    );
    if (longer.length === 1 && longer[0]) mergeEntity(doc, short.key, longer[0].key);
  }
}
