/**
 * «وكالة فارس الدولية للأنباء», «قناة الأفق الإخبارية»: an outlet the lexicon knows by its media
 * noun and name, written with the words that close an outlet's full name — an adjective of its
 * reach (الدولية، الإخبارية) and the ل-phrase of news it serves (للأنباء). One mention of the
 * known outlet, the full name kept as an alias, instead of the known part and loose words.
 */
import { addAlias, extendMention, mentionAtToken, type Doc } from '../document.ts';
import { MEDIA_NAME_TAILS, NEWS_SERVICE_WORDS } from '../lexicon/commonWords.ts';
import { lexicon } from '../lexicon/index.ts';
import { normalizeArabic } from '../normalize.ts';
import { originalOffset } from '../tokenize.ts';
import { readings } from '../words.ts';

const TAILS = new Set(MEDIA_NAME_TAILS.map(normalizeArabic));
const SERVICES = new Set(NEWS_SERVICE_WORDS.map(normalizeArabic));

export function extendKnownOutlets(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'organization' || m.reason?.rule !== 'lexicon') continue;
    // The media noun starts the known name (وكالة تسنيم) or comes right before it (قناة + الأفق).
    const sentence = doc.sentence[m.from];
    const noun = isMediaNoun(doc, m.from)
      ? m.from
      : isMediaNoun(doc, m.from - 1) && doc.sentence[m.from - 1] === sentence
        ? m.from - 1
        : -1;
    if (noun < 0) continue;
    let to = m.to;
    if (TAILS.has(doc.tokens[to]?.norm ?? '') && doc.sentence[to] === sentence) to++;
    if (SERVICES.has(doc.tokens[to]?.norm ?? '') && doc.sentence[to] === sentence) to++;
    if (to === m.to || mentionAtToken(doc, m.to)) continue;
    const short = m.name;
    extendMention(doc, m, to);
    const e = doc.entities.get(m.key);
    if (e && m.to === to) {
      // The full name as written, from the media noun on, without a clitic glued to it.
      const first = doc.tokens[noun];
      const media = readings(first).find((r) => lexicon().mediaNouns.has(r)) ?? '';
      const from = first ? originalOffset(first, first.norm.length - media.length) : m.start;
      addAlias(e, doc.text.slice(Math.min(from, m.start), m.end));
      if (e.label !== short) addAlias(e, short);
    }
  }
}

function isMediaNoun(doc: Doc, t: number): boolean {
  return t >= 0 && readings(doc.tokens[t]).some((r) => lexicon().mediaNouns.has(r));
}
