/**
 * Word tests shared by the stages: clitic-stripped readings of a token, and whether a token can
 * be part of a person's name.
 */
import { stems } from './clitics.ts';
import type { Doc } from './document.ts';
import { lexicon } from './lexicon/index.ts';
import type { Token } from './tokenize.ts';

/** The token's normalized readings: itself, then without و/ف and ب/ل/ك. */
export function readings(tok: Token | undefined): string[] {
  if (!tok || !tok.isWord) return [];
  return stems(tok.norm).map((s) => s.stem);
}

/** The token without a leading و/ف (for cue verbs and title heads). */
export function withoutConj(tok: Token | undefined): string[] {
  if (!tok || !tok.isWord) return [];
  const n = tok.norm;
  return (n[0] === 'و' || n[0] === 'ف') && n.length > 2 ? [n, n.slice(1)] : [n];
}

export function isStopword(norm: string): boolean {
  return lexicon().stopwords.has(norm);
}

export function titleKeyOf(tok: Token | undefined): string | undefined {
  const lex = lexicon();
  for (const r of readings(tok)) {
    const k = lex.titleHeads.get(r);
    if (k) return k;
  }
  return undefined;
}

export function adjectiveCountry(tok: Token | undefined): string | undefined {
  if (!tok || !tok.isWord) return undefined;
  const lex = lexicon();
  return (
    lex.adjectives.get(tok.norm) ??
    (tok.norm[0] === 'و' ? lex.adjectives.get(tok.norm.slice(1)) : undefined)
  );
}

export function isCueVerb(tok: Token | undefined): boolean {
  const lex = lexicon();
  return withoutConj(tok).some((r) => lex.verbs.has(r));
}

export function isParticiple(tok: Token | undefined): boolean {
  const lex = lexicon();
  return withoutConj(tok).some((r) => lex.participles.has(r));
}

/** Could this token be (part of) a person's name? */
export function nameLike(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || !tok.isWord || !tok.isArabic || tok.norm.length < 2) return false;
  const n = tok.norm;
  if (hasArticle(tok)) return false;
  if (isStopword(n) || (n[0] === 'و' && isStopword(n.slice(1)))) return false;
  if (titleKeyOf(tok) || adjectiveCountry(tok) || isCueVerb(tok) || isParticiple(tok)) return false;
  if (/[0-9٠-٩]/.test(n)) return false;
  const m = doc.mentionAt[t] ?? -1;
  if (m >= 0 && doc.mentions[m]?.kind !== 'person') return false;
  return true;
}

/** Starts with the article ال (also after و ب ل ف ك), not with a name such as إلمندورف. */
export function hasArticle(tok: Token): boolean {
  const n = tok.norm;
  if (n.startsWith('لل')) return true;
  const at = n.startsWith('ال') ? 0 : /^[وفبك]ال/.test(n) ? 1 : /^[وف][بلك]ال/.test(n) ? 2 : -1;
  if (at < 0) return false;
  // The alif of the article is a plain alif (or wasla) as written; إل/أل start a name.
  let seen = 0;
  for (const ch of tok.text) {
    if (/[\u064B-\u065F\u0670\u0640]/.test(ch)) continue;
    if (seen === at) return ch === 'ا' || ch === 'ٱ';
    seen++;
  }
  return false;
}
