/**
 * `npx tsx tests/corpus/show.ts <id | file>` — what the extractor makes of one development
 * article: entities with their reasons, statements with speaker and reason. For tune articles
 * only (tests/corpus/split.json): blind articles are never looked at while writing rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractArticle } from '../../src/pipeline/index.ts';
import { textPath } from './texts.ts';

const arg = process.argv[2] ?? '';
const split = JSON.parse(readFileSync(new URL('./split.json', import.meta.url), 'utf8')) as {
  blind: string[];
  holdout?: string[];
};
if ([...split.blind, ...(split.holdout ?? [])].includes(arg)) {
  process.stderr.write(`show: ${arg} is held out; it is scored, never looked at\n`);
  process.exit(2);
}
const path = existsSync(arg) ? arg : textPath(arg);
const r = extractArticle({ id: arg, text: readFileSync(path, 'utf8') });
const label = new Map(r.entities.map((e) => [e.key, e.label]));
for (const e of r.entities)
  process.stdout.write(
    `${e.kind.padEnd(12)} ${e.label}${e.role ? ` [${e.role}]` : ''}  ← ${[...new Set(e.mentions.map((m) => `${m.reason?.rule ?? '?'}${m.reason?.cue ? ` «${m.reason.cue}»` : ''}`))].join('; ')}\n`,
  );
for (const s of r.statements)
  process.stdout.write(
    `\n${s.speaker ? label.get(s.speaker) : '?'} (${s.reason?.rule}, ${s.reason?.speakerBy}, «${s.cue}»): ${s.text.slice(0, 140)}\n`,
  );
const relations = r.relations.filter((x) => x.kind === 'member_of' || x.kind === 'heads');
if (relations.length) process.stdout.write('\n');
for (const x of relations)
  process.stdout.write(
    `${label.get(x.source) ?? x.source} —${x.kind}→ ${label.get(x.target) ?? x.target}\n`,
  );
