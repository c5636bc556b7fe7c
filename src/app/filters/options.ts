/** The filter panel's options with their counts, from the graph (pure). */
import {
  labelOf,
  membersOf,
  nodesOfKind,
  speakers,
  statementsBy,
  type GraphIndex,
} from '../../graph/queries';
import { NODE_KINDS, type NodeKind } from '../../graph/types';

export interface FilterOption<K extends string = string> {
  key: K;
  label: string;
  count: number;
}

/** Delegations with their member count. */
export function delegationOptions(index: GraphIndex): FilterOption[] {
  return nodesOfKind(index, 'delegation')
    .map((key) => ({ key, label: labelOf(index, key), count: membersOf(index, key).length }))
    .sort((a, b) => b.count - a.count);
}

/** Kinds present in the graph with their node count. */
export function kindOptions(index: GraphIndex): FilterOption<NodeKind>[] {
  return NODE_KINDS.map((kind) => ({
    key: kind,
    label: kind,
    count: nodesOfKind(index, kind).length,
  })).filter((option) => option.count > 0);
}

/** Speakers with their statement count, most first. */
export function speakerOptions(index: GraphIndex): FilterOption[] {
  return speakers(index).map((key) => ({
    key,
    label: labelOf(index, key),
    count: statementsBy(index, key).length,
  }));
}
