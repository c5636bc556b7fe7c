/**
 * Sides belong to their event. The pipeline names a side by its country (`delegation:us`), which
 * is right inside one article but fuses «الجانب الأمريكي» of two meetings months apart when
 * articles merge. Here a side keeps its key only in the first article that has it; a later
 * article's side joins it only when both articles are clearly about the same meeting — both
 * dated, at most two days apart, and the sides share a member — and otherwise becomes
 * `delegation:us@<article>`. Pure: results in, results out.
 */
import type { ExtractionResult } from '../core/types.ts';
import { mergeKeys } from './merge.ts';

const SAME_EVENT_DAYS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Event {
  key: string;
  dates: number[];
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
  if (Number.isNaN(day) || event.dates.length === 0) return false;
  const near = event.dates.some((d) => Math.abs(d - day) <= SAME_EVENT_DAYS);
  return near && [...members].some((m) => event.members.has(m));
}

/** The results with every side's key scoped to its event (the same objects when nothing moves). */
export function scopeSidesToEvents(results: ExtractionResult[]): ExtractionResult[] {
  const events = new Map<string, Event[]>();
  const alias = mergeKeys(results.flatMap((r) => r.entities));
  const same = (key: string) => alias.get(key) ?? key;
  return results.map((result) => {
    const day = dayOf(result.article.date);
    const rename = new Map<string, string>();
    for (const entity of result.entities) {
      if (entity.kind !== 'delegation') continue;
      const members = membersOf(result, entity.key, same);
      const known = events.get(entity.key) ?? [];
      let event = known.find((e) => sameEvent(e, day, members));
      if (!event) {
        const key = known.length === 0 ? entity.key : `${entity.key}@${result.article.id}`;
        event = { key, dates: [], members: new Set() };
        known.push(event);
        events.set(entity.key, known);
      }
      if (!Number.isNaN(day)) event.dates.push(day);
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
