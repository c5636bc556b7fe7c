/**
 * Edits on entities: rename, retype, merge, split, delete, add a missing mention. Each reads and
 * writes through a Draft, so the patch it leaves is exact; each returns a Failure when the graph
 * does not hold what the edit names (or already says what it asks).
 */
import { normalizeArabic } from '../../core/arabic.ts';
import {
  isStatement,
  type EntityNodeAttributes,
  type Mention,
  type NodeAttributes,
} from '../../core/types.ts';
import type { Draft } from './draft.ts';
import { labelIn, marked, near, without } from './marks.ts';
import { findEntity, sameSpan, wordsAt } from './resolve.ts';
import type { Edit, Failure } from './types.ts';

type EditOf<Op extends Edit['op']> = Extract<Edit, { op: Op }>;

const NO_CHANGE = (what: string): Failure => ({ code: 'no-change', what });

function entityAt(draft: Draft, key: string): EntityNodeAttributes {
  return draft.attrs(key) as EntityNodeAttributes;
}

export function rename(draft: Draft, edit: EditOf<'rename'>): Failure | null {
  const found = findEntity(draft, edit.entity);
  if (!found.ok) return found.failure;
  const attrs = entityAt(draft, found.value);
  const label = edit.label.trim();
  if (label === '' || label === attrs.label) return NO_CHANGE(attrs.label);
  const aliases = [...new Set([...attrs.aliases, attrs.label])].filter((a) => a !== label);
  draft.setNode(
    found.value,
    marked({ ...attrs, label, aliases }, { op: 'rename', from: attrs.label, to: label }),
  );
  return null;
}

export function retype(draft: Draft, edit: EditOf<'retype'>): Failure | null {
  const found = findEntity(draft, edit.entity);
  if (!found.ok) return found.failure;
  const attrs = entityAt(draft, found.value);
  if (attrs.kind === edit.kind) return NO_CHANGE(attrs.label);
  draft.setNode(
    found.value,
    marked({ ...attrs, kind: edit.kind }, { op: 'retype', from: attrs.kind, to: edit.kind }),
  );
  return null;
}

/** Every other node's mentions, statements and edges go to `into`; the user picks the label. */
export function merge(draft: Draft, edit: EditOf<'merge'>): Failure | null {
  const into = findEntity(draft, edit.into);
  if (!into.ok) return into.failure;
  const others: string[] = [];
  for (const ref of edit.others) {
    const found = findEntity(draft, ref);
    if (!found.ok) return found.failure;
    if (found.value !== into.value && !others.includes(found.value)) others.push(found.value);
  }
  const target = entityAt(draft, into.value);
  if (others.length === 0) return NO_CHANGE(target.label);
  const parts = others.map((key) => entityAt(draft, key));
  const label = edit.label.trim() || target.label;
  const mentions: Mention[] = [...target.mentions];
  for (const m of parts.flatMap((p) => p.mentions))
    if (!mentions.some((n) => sameSpan(n, m))) mentions.push(m);
  const names = new Set([target.label, ...target.aliases]);
  for (const p of parts) for (const name of [p.label, ...p.aliases]) names.add(name);
  names.delete(label);
  const pick = <K extends 'role' | 'labelEn' | 'country'>(field: K) =>
    [target, ...parts].map((p) => p[field]).find((v) => v !== undefined && !others.includes(v));
  const role = pick('role');
  const labelEn = pick('labelEn');
  const country = pick('country');
  draft.setNode(
    into.value,
    marked(
      {
        ...without(target, 'role', 'labelEn', 'country'),
        label,
        aliases: [...names],
        mentions,
        ...(role !== undefined ? { role } : {}),
        ...(labelEn !== undefined ? { labelEn } : {}),
        ...(country !== undefined && country !== into.value ? { country } : {}),
      },
      { op: 'merge', from: parts.map((p) => p.label).join(' + '), to: label },
    ),
  );
  for (const other of others) {
    for (const edge of draft.edgesOf(other)) {
      const { kind, ...extra } = (edge.attributes ?? {}) as { kind: never };
      draft.removeEdge(edge);
      const source = edge.source === other ? into.value : edge.source;
      const target2 = edge.target === other ? into.value : edge.target;
      draft.addEdge(kind, source, target2, extra);
    }
    repoint(draft, other, into.value);
    draft.removeNode(other);
  }
  return null;
}

/** Statements whose `speaker`, and entities whose `country`, is `from` now name `to` (or none). */
function repoint(draft: Draft, from: string, to: string | undefined): void {
  for (const [key, attrs] of draft.entries()) {
    if (isStatement(attrs) && attrs.speaker === from)
      draft.setNode(key, to ? { ...attrs, speaker: to } : without(attrs, 'speaker'));
    else if (!isStatement(attrs) && attrs.country === from)
      draft.setNode(key, to && to !== key ? { ...attrs, country: to } : without(attrs, 'country'));
  }
}

/**
 * The chosen mentions leave for a new entity (or one of that name that exists). A statement goes
 * with them when its speaker's mention nearest before it is one of them; a `mentions` edge goes
 * when every mention inside the statement is. Membership and other relations stay.
 */
export function split(draft: Draft, edit: EditOf<'split'>): Failure | null {
  const found = findEntity(draft, edit.entity);
  if (!found.ok) return found.failure;
  const key = found.value;
  const attrs = entityAt(draft, key);
  const moving = attrs.mentions.filter((m) => edit.mentions.some((s) => sameSpan(s, m)));
  const staying = attrs.mentions.filter((m) => !moving.includes(m));
  if (moving.length === 0 || staying.length === 0) return NO_CHANGE(attrs.label);
  const label = edit.label.trim() || moving[0]!.text;
  let newKey = `${attrs.kind}:${normalizeArabic(label)}`;
  const existing = draft.attrs(newKey);
  const joins = existing && existing.kind === attrs.kind && newKey !== key;
  for (let n = 2; !joins && draft.attrs(newKey); n++)
    newKey = `${attrs.kind}:${normalizeArabic(label)}#${n}`;
  const mark = { op: 'split' as const, from: attrs.label, to: label };
  draft.setNode(key, marked({ ...attrs, mentions: staying }, mark));
  if (joins) {
    const into = existing as EntityNodeAttributes;
    draft.setNode(newKey, marked({ ...into, mentions: [...into.mentions, ...moving] }, mark));
  } else {
    const fresh: EntityNodeAttributes = {
      kind: attrs.kind,
      label,
      aliases: [],
      mentions: moving,
      ...near(draft, key),
    };
    draft.setNode(newKey, marked(fresh, mark));
  }
  const all = [...moving, ...staying].sort((a, b) => a.start - b.start);
  for (const edge of draft.edgesOf(key)) {
    const statementKey = edge.source === key ? edge.target : edge.source;
    const statement = draft.attrs(statementKey);
    if (!statement || !isStatement(statement)) continue;
    const inArticle = all.filter((m) => m.article === statement.article);
    let goes = false;
    if (edge.attributes?.kind === 'said') {
      const before = inArticle.filter((m) => m.start < statement.end).pop();
      goes = before !== undefined && moving.includes(before);
    } else if (edge.attributes?.kind === 'mentions') {
      const inside = inArticle.filter((m) => m.start >= statement.start && m.end <= statement.end);
      goes = inside.length > 0 && inside.every((m) => moving.includes(m));
    }
    if (!goes) continue;
    const { kind, ...extra } = (edge.attributes ?? {}) as { kind: never };
    draft.removeEdge(edge);
    if (edge.source === key) draft.addEdge(kind, newKey, edge.target, extra);
    else draft.addEdge(kind, edge.source, newKey, extra);
    if (statement.speaker === key) draft.setNode(statementKey, { ...statement, speaker: newKey });
  }
  return null;
}

/** A junk entity goes: its mentions become plain text, its statements have no known speaker. */
export function remove(draft: Draft, edit: EditOf<'delete'>): Failure | null {
  const found = findEntity(draft, edit.entity);
  if (!found.ok) return found.failure;
  const label = labelIn(draft, found.value);
  for (const [key, attrs] of draft.entries())
    if (isStatement(attrs) && attrs.speaker === found.value)
      draft.setNode(key, marked(without(attrs, 'speaker'), { op: 'delete', from: label }));
  repoint(draft, found.value, undefined);
  draft.removeNode(found.value);
  return null;
}

/** A mention the extractor missed, from selected words; statements around it mention it. */
export function addEntity(draft: Draft, edit: EditOf<'add-entity'>): Failure | null {
  const words = wordsAt(draft, edit.at);
  if (!words.ok) return words.failure;
  const label = edit.label.trim() || words.value.trim();
  const mention: Mention = { ...edit.at, text: words.value, reason: { rule: 'by-hand' } };
  const key = `${edit.kind}:${normalizeArabic(label)}`;
  const current = draft.attrs(key);
  if (current && !isStatement(current)) {
    if (current.mentions.some((m) => sameSpan(m, mention))) return NO_CHANGE(current.label);
    draft.setNode(
      key,
      marked(
        { ...current, mentions: [...current.mentions, mention] },
        { op: 'add-entity', to: words.value },
      ),
    );
  } else {
    const around = statementsAround(draft, edit.at)[0];
    const attrs: NodeAttributes = {
      kind: edit.kind,
      label,
      aliases: [],
      mentions: [mention],
      ...near(draft, around),
    };
    draft.setNode(key, marked(attrs, { op: 'add-entity', to: words.value }));
  }
  for (const statement of statementsAround(draft, edit.at))
    draft.addEdge('mentions', statement, key);
  return null;
}

function statementsAround(draft: Draft, span: { article: string; start: number; end: number }) {
  return draft
    .entries()
    .filter(
      ([, a]) =>
        isStatement(a) && a.article === span.article && a.start <= span.start && span.end <= a.end,
    )
    .map(([key]) => key);
}
