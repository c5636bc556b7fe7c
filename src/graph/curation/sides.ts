/** Edits on sides: add or remove a member, set or clear the head (renaming and merging sides are the entity edits). */
import type { EntityNodeAttributes } from '../../core/types.ts';
import type { Draft } from './draft.ts';
import { labelIn, marked } from './marks.ts';
import { findEntity } from './resolve.ts';
import type { Edit, Failure } from './types.ts';

type EditOf<Op extends Edit['op']> = Extract<Edit, { op: Op }>;

export function setMember(draft: Draft, edit: EditOf<'member'>): Failure | null {
  const side = findEntity(draft, edit.delegation);
  if (!side.ok) return side.failure;
  const person = findEntity(draft, edit.person);
  if (!person.ok) return person.failure;
  const attrs = draft.attrs(side.value) as EntityNodeAttributes;
  // A head is a member too: the graph keeps one edge per pair (`heads` or `member_of`).
  const edge = draft.findEdge(person.value, side.value);
  const isMember = edge?.attributes?.kind === 'member_of' || edge?.attributes?.kind === 'heads';
  if (edit.present === isMember || person.value === side.value)
    return { code: 'no-change', what: attrs.label };
  if (edge) draft.removeEdge(edge);
  if (edit.present) draft.addEdge('member_of', person.value, side.value);
  const label = labelIn(draft, person.value);
  draft.setNode(
    side.value,
    marked(attrs, edit.present ? { op: 'member', to: label } : { op: 'member', from: label }),
  );
  return null;
}

/** Sets the head (who stays a member; the former head stays a member) or clears it. */
export function setHead(draft: Draft, edit: EditOf<'head'>): Failure | null {
  const side = findEntity(draft, edit.delegation);
  if (!side.ok) return side.failure;
  let head: string | undefined;
  if (edit.person) {
    const person = findEntity(draft, edit.person);
    if (!person.ok) return person.failure;
    head = person.value;
  }
  const attrs = draft.attrs(side.value) as EntityNodeAttributes;
  const heads = draft.edgesOf(side.value, 'heads').filter((e) => e.target === side.value);
  const current = heads.map((e) => e.source);
  if (
    head === side.value ||
    (head ? current.length === 1 && current[0] === head : current.length === 0)
  )
    return { code: 'no-change', what: attrs.label };
  for (const edge of heads) {
    draft.removeEdge(edge);
    if (edge.source !== head) draft.addEdge('member_of', edge.source, side.value);
  }
  if (head) {
    const edge = draft.findEdge(head, side.value);
    if (edge) draft.removeEdge(edge);
    draft.addEdge('heads', head, side.value);
  }
  const from = current.map((k) => labelIn(draft, k)).join(' + ') || undefined;
  draft.setNode(side.value, marked(attrs, { op: 'head', from, to: labelIn(draft, head) }));
  return null;
}
