/**
 * The preprocessing pipeline: an Arabic news article in, people, sides, places, organizations
 * and statements out, each with offsets into the original text. Pure: no Node, no DOM.
 */
import { emptyDoc, type Doc } from './document.ts';
import { findBody } from './stages/body.ts';
import { findLandmarks } from './stages/landmarks.ts';
import { findTownsInLists } from './stages/townLists.ts';
import { findNaturalFeatures } from './stages/naturalFeatures.ts';
import { findCountryKinds } from './stages/countryKinds.ts';
import { findDelegations } from './stages/delegations.ts';
import { matchKnownNames } from './stages/gazetteer.ts';
import { findOrganizations } from './stages/organizations.ts';
import { findNameLists } from './stages/nameLists.ts';
import { findJoinedNames } from './stages/joinedNames.ts';
import { findShortNames } from './stages/shortNames.ts';
import { findTeams } from './stages/teams.ts';
import { findAppositions, findPersons } from './stages/persons.ts';
import { findSpeakerNames } from './stages/speakerNames.ts';
import { findUnnamedBodies } from './stages/unnamedBodies.ts';
import { linkSurnames } from './stages/surnames.ts';
import { findPlaces, linkPlaces, markNameQuotes } from './stages/places.ts';
import { linkExplicitHeads } from './stages/explicit-heads.ts';
import { linkHeadsAndCountries } from './stages/relations.ts';
import { findStatements } from './stages/statements.ts';
import { findContinuations } from './stages/continuations.ts';
import { findQuotes, findSentences, tokenizeBody } from './stages/structure.ts';
import { findTitles } from './stages/titles.ts';
import { toResult } from './result.ts';
import type { ArticleInput, ExtractionResult } from './types.ts';

export { normalizeArabic } from '../core/arabic.ts';
export { validateArticleText } from './validate.ts';
export { cleanControls, MAX_ARTICLE_CHARS } from '../core/clean.ts';
export { ArticleError } from './types.ts';
export type * from './types.ts';

type Stage = (doc: Doc) => Doc;

/** The recipe, in order; every stage takes and returns the same document. */
export const STAGES: readonly Stage[] = [
  findBody, // where the body ends (related headlines, ads follow)
  tokenizeBody, // words and punctuation with original offsets
  findQuotes, // pair quote marks by context, tolerate unbalanced ones
  findSentences, // sentence numbers; a full stop inside a quote does not count
  matchKnownNames, // lexicon names: leaders, countries, cities, institutions, media
  findTitles, // title phrases: «وزير الخارجية الروسي»
  findPersons, // people from context: after a title, given name + surname
  findAppositions, // names before a title between commas: «أوشاكوف، مساعد الرئيس»
  findNameLists, // the other items of a list of people: «سامي الحداد، ألطاف المطري، …»
  findJoinedNames, // items joined by و next to a person: «سامي الحداد ونصّار البدري»
  findNaturalFeatures, // a feature named after a known place: «خليج العقبة», «وادي الأردن»
  findPlaces, // «مدينة X», «قاعدة X – Y العسكرية»
  findLandmarks, // a definite landmark and its adjective: «القصر الرئاسي», «المتحف الوطني»
  findTownsInLists, // the other names of a list of places: «بين حلب وكفرنبود»
  findOrganizations, // «وزارة الدفاع الروسية», قناة «القاهرة الإخبارية»
  findTeams, // clubs named bare in match reports: «مدرب الأخدود», «الفوز على الخليج»
  findCountryKinds, // a state by its kind alone: «المملكة», «السلطنة» (the article's)
  findShortNames, // a body named in full, then short: «نادي الكواكب» … «الكواكب»
  findDelegations, // sides and their member lists
  findSpeakerNames, // the unknown subject of a speech verb: «وأضاف هارتلي أن»
  findUnnamedBodies, // a body named only by its kind speaks: «وقالت الوزارة إن»
  findAppositions, // their titles after them: «أوشاكوف، مساعد الرئيس»
  linkSurnames, // «لافروف» alone is «سيرغي لافروف»
  markNameQuotes, // “فوكس نيوز” is a name, not a statement
  findStatements, // cues, speakers, direct and reported content
  findContinuations, // the speaker goes on as «we»: «قال المدرب: قدمنا مباراة جيدة. خسرنا بهدف.»
  linkPlaces, // located_in
  linkExplicitHeads, // heads named in words: «ترأس الوفد … X», «الوفد … برئاسة X»
  linkHeadsAndCountries, // heads, affiliated_with
];

/** `onStage(done, total)` after each stage: the app's worker reports progress with it. */
export function extractArticle(
  input: ArticleInput,
  onStage?: (done: number, total: number) => void,
): ExtractionResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const title = input.title ?? defaultTitle(text);
  let doc = emptyDoc(input.id, title, text);
  STAGES.forEach((stage, i) => {
    doc = stage(doc);
    onStage?.(i + 1, STAGES.length);
  });
  return toResult(doc);
}

function defaultTitle(text: string): string {
  const line = text.trimStart().split('\n', 1)[0] ?? '';
  return line.length <= 250 ? line.trim() : line.slice(0, 120).trim();
}
