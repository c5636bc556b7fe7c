/**
 * Edits on statements: who said it, direct or reported, not a statement at all, a missing one
 * from selected words, and what it mentions.
 */
import { isStatement, type StatementNodeAttributes } from '../../core/types.ts';
import { shorten } from '../build.ts';
import type { Draft } from './draft.ts';
import { labelIn, marked, near, without } from './marks.ts';
import { findEntity, findStatement, spanText, wordsAt } from './resolve.ts';
import type { Edit, Failure } from './types.ts';

type EditOf<Op extends Edit['op']> = Extract<Edit, { op: Op }>;

export function setSpeaker(draft: Draft, edit: EditOf<'speaker'>): Failure | null {
  const found = findStatement(draft, edit.statement);
  if (!found.ok) return found.failure;
  const { key, attrs } = found.value;
  let speaker: string | undefined;
  if (edit.speaker) {
    const who = findEntity(draft, edit.speaker);
    if (!who.ok) return who.failure;
    speaker = who.value;
  }
  const said = draft.edgesOf(key, 'said').filter((e) => e.target === key);
  const current = said[0]?.source ?? attrs.speaker;
  if (current === speaker) return { code: 'no-change', what: attrs.label };
  for (const edge of said) draft.removeEdge(edge);
  const mark = {
    op: 'speaker' as const,
    from: labelIn(draft, current),
    to: labelIn(draft, speaker),
  };
  const next = speaker ? { ...attrs, speaker } : without(attrs, 'speaker');
  draft.setNode(key, marked(next, mark));
  if (speaker) draft.addEdge('said', speaker, key);
  return null;
}

export function setMode(draft: Draft, edit: EditOf<'mode'>): Failure | null {
  const found = findStatement(draft, edit.statement);
  if (!found.ok) return found.failure;
  const { key, attrs } = found.value;
  if (attrs.mode === edit.mode) return { code: 'no-change', what: attrs.label };
  draft.setNode(
    key,
    marked({ ...attrs, mode: edit.mode }, { op: 'mode', from: attrs.mode, to: edit.mode }),
  );
  return null;
}

export function reject(draft: Draft, edit: EditOf<'reject'>): Failure | null {
  const found = findStatement(draft, edit.statement);
  if (!found.ok) return found.failure;
  draft.removeNode(found.value.key);
  return null;
}

/** A statement the extractor missed: the selected words, a speaker (or none), what it names. */
export function addStatement(draft: Draft, edit: EditOf<'add-statement'>): Failure | null {
  const words = wordsAt(draft, edit.at);
  if (!words.ok) return words.failure;
  const key = `statement:${edit.at.article}:${edit.at.start}`;
  const same = draft
    .entries()
    .some(
      ([k, a]) =>
        k === key ||
        (isStatement(a) &&
          a.article === edit.at.article &&
          a.start === edit.at.start &&
          a.end === edit.at.end),
    );
  if (same) return { code: 'exists', what: spanText(edit.at) };
  let speaker: string | undefined;
  if (edit.speaker) {
    const who = findEntity(draft, edit.speaker);
    if (!who.ok) return who.failure;
    speaker = who.value;
  }
  const attrs: StatementNodeAttributes = {
    kind: 'statement',
    label: shorten(words.value),
    aliases: [],
    text: words.value,
    mode: edit.mode,
    cue: '',
    article: edit.at.article,
    start: edit.at.start,
    end: edit.at.end,
    mentions: [{ ...edit.at, text: words.value, reason: { rule: 'by-hand' } }],
    ...(speaker ? { speaker } : {}),
    reason: { rule: 'by-hand' },
    ...near(draft, speaker),
  };
  draft.setNode(key, marked(attrs, { op: 'add-statement', to: labelIn(draft, speaker) }));
  if (speaker) draft.addEdge('said', speaker, key);
  // What it names: every entity with a mention inside it.
  for (const [entity, a] of draft.entries()) {
    if (isStatement(a) || entity === speaker) continue;
    const inside = a.mentions.some(
      (m) => m.article === edit.at.article && m.start >= edit.at.start && m.end <= edit.at.end,
    );
    if (inside) draft.addEdge('mentions', key, entity);
  }
  return null;
}

export function setMention(draft: Draft, edit: EditOf<'mention'>): Failure | null {
  const found = findStatement(draft, edit.statement);
  if (!found.ok) return found.failure;
  const entity = findEntity(draft, edit.entity);
  if (!entity.ok) return entity.failure;
  const { key, attrs } = found.value;
  const edge = draft.findEdge(key, entity.value);
  if (edit.present === (edge?.attributes?.kind === 'mentions'))
    return { code: 'no-change', what: attrs.label };
  if (edge) draft.removeEdge(edge);
  if (edit.present) draft.addEdge('mentions', key, entity.value);
  const label = labelIn(draft, entity.value);
  draft.setNode(
    key,
    marked(attrs, edit.present ? { op: 'mention', to: label } : { op: 'mention', from: label }),
  );
  return null;
}
