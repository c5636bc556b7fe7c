/** Correcting a side: add or remove members, set or clear its head (rename and merge: EntityTools). */
import { headsOf, membersOf, type GraphIndex } from '../../graph/queries';
import { EditTools } from './EditTools';
import { EntitySelect } from './EntitySelect';
import { entityRef } from './refs';
import { EditProblem } from './EditProblem';
import { useApply } from './use-apply';
import { useCurationT } from './use-curation-t';

export function SideTools({ index, nodeKey }: { index: GraphIndex; nodeKey: string }) {
  const t = useCurationT();
  const { apply, problem } = useApply();
  const members = membersOf(index, nodeKey);
  const heads = new Set(headsOf(index, nodeKey));
  const side = () => entityRef(index, nodeKey);
  return (
    <EditTools testId="side-tools" summary={<>✎ {t('correctMembers')}</>}>
      {() => (
        <>
          <ul className="edit-list">
            {members.map((key) => {
              const label = index.nodes.get(key)?.label ?? key;
              return (
                <li key={key}>
                  <span dir="auto">{label}</span>
                  {!heads.has(key) && (
                    <button
                      type="button"
                      onClick={() =>
                        apply({ op: 'head', delegation: side(), person: entityRef(index, key) })
                      }
                    >
                      {t('makeHead')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`${t('removeMember')}: ${label}`}
                    title={t('removeMember')}
                    onClick={() =>
                      apply({
                        op: 'member',
                        delegation: side(),
                        person: entityRef(index, key),
                        present: false,
                      })
                    }
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="edit-row">
            <EntitySelect
              index={index}
              value=""
              label={t('addMember')}
              empty={`${t('addMember')}…`}
              exclude={[...members, nodeKey]}
              kinds={['person', 'organization', 'place']}
              onChange={(key) =>
                key &&
                apply({
                  op: 'member',
                  delegation: side(),
                  person: entityRef(index, key),
                  present: true,
                })
              }
            />
            {heads.size > 0 && (
              <button
                type="button"
                onClick={() => apply({ op: 'head', delegation: side(), person: null })}
              >
                {t('clearHead')}
              </button>
            )}
          </div>
          <EditProblem problem={problem} />
        </>
      )}
    </EditTools>
  );
}
