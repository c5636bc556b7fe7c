/**
 * The explorer's curation state as pure functions: edit, undo, redo, take back one edit from the
 * middle of the history, restore stored edits on a new load — on the seed graph.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../../../src/graph/curation/index';
import * as change from '../../../../src/app/store/curation';
import {
  attrsOf,
  ref,
  seedGraph,
  spanOf,
  speakerOf,
  wordsSpan,
} from '../../graph/curation/fixture';

const seed = seedGraph();
const PUTIN = 'person:فلاديمير بوتين';
const QUOTE = 'statement:seed:2938';
const start = (): change.CurationState => ({ graph: seed, ...change.emptyCuration() });
const ok = (state: change.CurationState | ReturnType<typeof change.edit>) => {
  if (!('graph' in state)) throw new Error(`edit failed: ${state.code}`);
  return state;
};

const rename: Edit = { op: 'rename', entity: ref(seed, PUTIN), label: 'بوتين' };
const speaker: Edit = { op: 'speaker', statement: spanOf(seed, QUOTE), speaker: ref(seed, PUTIN) };
const mode: Edit = { op: 'mode', statement: spanOf(seed, QUOTE), mode: 'reported' };

describe('curation state', () => {
  it('edit, undo, redo: undo gives back the identical graph, redo the edited one', () => {
    const edited = ok(change.edit(start(), rename));
    const undone = change.undo(edited);
    expect(undone.graph).toEqual(seed);
    expect(undone.edits).toEqual([]);
    expect(undone.redoable).toHaveLength(1);
    expect(change.redo(undone).graph).toEqual(edited.graph);
  });

  it('a failed edit changes nothing and says why; a new edit clears redo', () => {
    expect(change.edit(start(), { ...rename, label: 'فلاديمير بوتين' })).toEqual({
      code: 'no-change',
      what: 'فلاديمير بوتين',
    });
    const undone = change.undo(ok(change.edit(start(), rename)));
    expect(ok(change.edit(undone, mode)).redoable).toEqual([]);
  });

  it('undo and redo with nothing to do keep the state', () => {
    const s = start();
    expect(change.undo(s)).toBe(s);
    expect(change.redo(s)).toBe(s);
  });

  it('takes back one edit from the middle: the later ones stay applied', () => {
    let s = start();
    for (const e of [rename, speaker, mode]) s = ok(change.edit(s, e));
    const reverted = change.revert(s, 0);
    expect(reverted.edits.map((a) => a.edit)).toEqual([speaker, mode]);
    expect(reverted.graph).toEqual(applyEdits(seed, [speaker, mode]).graph);
    expect(attrsOf(reverted.graph!, PUTIN)?.label).toBe('فلاديمير بوتين');
    expect(speakerOf(reverted.graph!, QUOTE)).toBe(PUTIN);
  });

  it('taking back an edit a later one needs lists the later one as no longer applying', () => {
    const add: Edit = {
      op: 'add-entity',
      kind: 'organization',
      label: 'الدول الأوروبية',
      at: wordsSpan('الدول الأوروبية'),
    };
    const org = { key: 'organization:الدول الاوروبيه', label: 'الدول الأوروبية' };
    const mention: Edit = {
      op: 'mention',
      statement: spanOf(seed, QUOTE),
      entity: org,
      present: true,
    };
    let s = start();
    for (const e of [add, mention]) s = ok(change.edit(s, e));
    const reverted = change.revert(s, 0);
    expect(reverted.graph).toEqual(seed);
    expect(reverted.skipped.map((x) => [x.edit.op, x.failure.code])).toEqual([
      ['mention', 'entity-missing'],
    ]);
  });

  it('restores stored edits on a new load; those that no longer apply are listed, kept to retry', () => {
    const gone: Edit = { op: 'reject', statement: { article: 'seed', start: 1, end: 9 } };
    const restored = change.restore(seed, [rename, gone], [speaker]);
    expect(restored.edits.map((a) => a.edit)).toEqual([rename, speaker]);
    expect(restored.skipped.map((x) => x.edit)).toEqual([gone]);
    expect(change.dismissSkipped(restored, 0).skipped).toEqual([]);
  });
});
