/**
 * `npx tsx tests/corpus/check.ts [id...]` — checks development gold against its text: the text
 * is placed and matches its checksum, every statement key and entity name occurs in the text
 * (after the matching normalization), ids resolve, kinds and fields are valid.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMatch } from '../../src/pipeline/normalize.ts';
import { GOLD, readSource, sha256, sourceIds, textPath } from './texts.ts';

export const FIELDS = [
  'politics',
  'diplomacy',
  'sports',
  'economy',
  'energy',
  'health',
  'disasters',
  'courts',
  'elections',
  'business',
  'science',
  'culture',
] as const;
const KINDS = ['person', 'delegation', 'place', 'organization', 'event', 'object', 'other'];

interface GoldFile {
  article: string;
  field?: string;
  entities: {
    id: string;
    kind: string | string[];
    names: string[];
    delegation?: string;
    country?: string;
  }[];
  statements: { id: string; speaker: string | null; key: string; mentions?: string[] }[];
  optionalStatements?: { id: string; speaker?: string | null; key: string }[];
}

export function checkOne(id: string): string[] {
  const problems: string[] = [];
  const source = readSource(id);
  if (!(FIELDS as readonly string[]).includes(source.field))
    problems.push(`field ${source.field} is not one of ${FIELDS.join(', ')}`);
  for (const k of ['url', 'outlet', 'query'] as const)
    if (!source[k]) problems.push(`source has no ${k}`);
  if (!existsSync(textPath(id))) return [...problems, `text not placed at ${textPath(id)}`];
  const text = readFileSync(textPath(id), 'utf8');
  if (sha256(text) !== source.sha256) problems.push('text does not match the recorded sha256');
  const goldPath = join(GOLD, `${id}.json`);
  if (!existsSync(goldPath)) return [...problems, 'no gold file'];
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  if (gold.article !== `${id}.txt`) problems.push(`gold.article should be ${id}.txt`);
  if (gold.field !== source.field)
    problems.push(`gold.field ${gold.field} differs from the source's ${source.field}`);
  const norm = ` ${normalizeForMatch(text)} `;
  const ids = new Set(gold.entities.map((e) => e.id));
  for (const e of gold.entities) {
    for (const k of Array.isArray(e.kind) ? e.kind : [e.kind])
      if (!KINDS.includes(k)) problems.push(`entity ${e.id}: kind ${k}`);
    if (e.names.length === 0) problems.push(`entity ${e.id}: no names`);
    for (const n of e.names)
      if (!norm.includes(` ${normalizeForMatch(n)} `) && !norm.includes(normalizeForMatch(n)))
        problems.push(`entity ${e.id}: name «${n}» not in the text`);
    for (const ref of [e.delegation, e.country])
      if (ref && !ids.has(ref)) problems.push(`entity ${e.id}: refers to unknown id ${ref}`);
  }
  const all = [...gold.statements, ...(gold.optionalStatements ?? [])];
  for (const s of all) {
    if (!norm.includes(normalizeForMatch(s.key)))
      problems.push(`statement ${s.id}: key «${s.key}» not in the text`);
    if (s.speaker && !ids.has(s.speaker))
      problems.push(`statement ${s.id}: unknown speaker ${s.speaker}`);
    for (const m of (s as { mentions?: string[] }).mentions ?? [])
      if (!ids.has(m)) problems.push(`statement ${s.id}: unknown mention ${m}`);
  }
  const seen = new Set<string>();
  for (const s of all) {
    if (seen.has(s.id)) problems.push(`statement id ${s.id} repeated`);
    seen.add(s.id);
  }
  return problems;
}

const asked = process.argv.slice(2);
let bad = 0;
for (const id of asked.length ? asked : sourceIds()) {
  const problems = checkOne(id);
  if (problems.length) bad++;
  process.stdout.write(
    problems.length ? `✘ ${id}\n${problems.map((p) => `   - ${p}`).join('\n')}\n` : `✔ ${id}\n`,
  );
}
process.exitCode = bad ? 1 : 0;
