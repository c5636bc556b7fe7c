/**
 * Heads named in so many words: «ترأس الوفد المصري وزير الخارجية X», «الوفد الأميركي برئاسة X»,
 * «يقود الجانب الروسي X». The first person named after the cue, in the same clause, heads that
 * side. (The president of a side's country is linked in relations.ts.)
 */
import { addRelation, mentionAtToken, type Doc } from '../document.ts';
import { LEADS_WORDS, LED_BY_WORDS } from '../lexicon/sides.ts';

const LEADS = new Set(LEADS_WORDS);
const LED_BY = new Set(LED_BY_WORDS);
/** How far the cue may sit from the side, and the head from the cue, in tokens. */
const CUE_REACH = 3;
const NAME_REACH = 8;

const bare = (norm: string) =>
  /^[وف]/.test(norm) && LEADS.has(norm.slice(1)) ? norm.slice(1) : norm;

function personAfter(doc: Doc, from: number): string | undefined {
  const sentence = doc.sentence[from];
  for (let t = from; t < Math.min(doc.tokens.length, from + NAME_REACH); t++) {
    const token = doc.tokens[t];
    if (!token || doc.sentence[t] !== sentence) return undefined;
    if (!token.isWord && (token.text === '،' || token.text === ',' || token.text === '.'))
      return undefined;
    const m = mentionAtToken(doc, t);
    if (m?.kind === 'person') return m.key;
  }
  return undefined;
}

/** The person named as head of side `key` anywhere in the text («برئاسة X», «ترأس الوفد X»). */
export function explicitHeadOf(doc: Doc, key: string): string | undefined {
  for (const d of doc.delegations)
    if (d.key === key) {
      const head = headNamedAt(doc, d);
      if (head) return head;
    }
  return undefined;
}

function headNamedAt(doc: Doc, d: Doc['delegations'][number]): string | undefined {
  let head: string | undefined;
  // «ترأس الوفد X …»: the cue just before the side, the head after it.
  for (let t = Math.max(0, d.from - CUE_REACH); t < d.from && !head; t++) {
    const token = doc.tokens[t];
    if (token?.isWord && LEADS.has(bare(token.norm))) head = personAfter(doc, d.to);
  }
  // «الوفد X برئاسة …»: the cue just after the side.
  for (let t = d.to; t < Math.min(doc.tokens.length, d.to + CUE_REACH) && !head; t++) {
    const token = doc.tokens[t];
    if (token?.isWord && LED_BY.has(token.norm)) head = personAfter(doc, t + 1);
  }
  return head;
}

export function linkExplicitHeads(doc: Doc): Doc {
  for (const d of doc.delegations) {
    const head = headNamedAt(doc, d);
    if (head) addRelation(doc, { kind: 'heads', source: head, target: d.key });
  }
  return doc;
}
