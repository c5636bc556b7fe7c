/**
 * Sides belong to their event. The pipeline keys a side by its article
 * (`delegation:<article>:<country>`), so «الجانب الأمريكي» of two meetings months apart is never
 * fused. Two reports of the same meeting, though, describe one side: a later article's side joins
 * an earlier one of the same name only when both articles are dated at most two days apart and
 * the sides share a member. Pure: results in, results out.
 */
import type { ExtractionResult } from '../core/types.ts';
import { mergeKeys } from './merge.ts';

const SAME_EVENT_DAYS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Event {
  key: string;
  days: number[];
  members: Set<string>;
}

/** Days since the epoch of an ISO-like date (2025-08-15, 2025-08-15T10:00Z), or NaN. */
function dayOf(date: string | undefined): number {
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? NaN : Math.floor(time / DAY_MS);
}

/** Person keys on a side in one article (its members and its head), as merged across articles. */
function membersOf(result: ExtractionResult, side: string, same: (key: string) => string) {
  return new Set(
    result.relations
      .filter((r) => (r.kind === 'member_of' || r.kind === 'heads') && r.target === side)
      .map((r) => same(r.source)),
  );
}

function sameEvent(event: Event, day: number, members: Set<string>): boolean {
  if (Number.isNaN(day) || event.days.length === 0) return false;
  const near = event.days.some((d) => Math.abs(d - day) <= SAME_EVENT_DAYS);
  return near && [...members].some((m) => event.members.has(m));
}

/** What a side is of, whatever its article: `us` in `delegation:<article>:us`. */
function sideName(key: string, article: string): string {
  const prefix = `delegation:${article}:`;
  return key.startsWith(prefix) ? key.slice(prefix.length) : key;
}

/** The results with the sides of one meeting under one key (the same objects when none moves).
 * `alias`: mergeKeys of the results' entities, when the caller has it already (sides are not
 * among what mergeKeys merges, so it is the same before and after sides move). */
export function scopeSidesToEvents(
  results: ExtractionResult[],
  alias: Map<string, string> = mergeKeys(results.flatMap((r) => r.entities)),
): ExtractionResult[] {
  const events = new Map<string, Event[]>();
  const same = (key: string) => alias.get(key) ?? key;
  return results.map((result) => {
    const day = dayOf(result.article.date);
    const rename = new Map<string, string>();
    for (const entity of result.entities) {
      if (entity.kind !== 'delegation') continue;
      const name = sideName(entity.key, result.article.id);
      const members = membersOf(result, entity.key, same);
      const known = events.get(name) ?? [];
      let event = known.find((e) => sameEvent(e, day, members));
      if (!event) {
        event = { key: entity.key, days: [], members: new Set() };
        known.push(event);
        events.set(name, known);
      }
      if (!Number.isNaN(day)) event.days.push(day);
      for (const m of members) event.members.add(m);
      if (event.key !== entity.key) rename.set(entity.key, event.key);
    }
    return rename.size === 0 ? result : renameKeys(result, rename);
  });
}

function renameKeys(result: ExtractionResult, rename: Map<string, string>): ExtractionResult {
  const to = (key: string) => rename.get(key) ?? key;
  return {
    ...result,
    entities: result.entities.map((e) => (rename.has(e.key) ? { ...e, key: to(e.key) } : e)),
    statements: result.statements.map((s) => ({
      ...s,
      ...(s.speaker ? { speaker: to(s.speaker) } : {}),
      mentions: s.mentions.map(to),
    })),
    relations: result.relations.map((r) => ({ ...r, source: to(r.source), target: to(r.target) })),
  };
}
