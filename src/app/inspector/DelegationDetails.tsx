/** A delegation: its members with roles (head first), their statements. */
import { headsOf, membersOf, statementsBy, type GraphIndex } from '../../graph/queries';
import type { EntityNodeAttributes } from '../../graph/types';
import { SideTools } from '../curation/SideTools';
import { useT } from '../i18n';
import { EntityDetails } from './EntityDetails';
import { NodeLink, Section, StatementList } from './parts';

export function DelegationDetails({
  index,
  nodeKey,
  attrs,
}: {
  index: GraphIndex;
  nodeKey: string;
  attrs: EntityNodeAttributes;
}) {
  const t = useT();
  const heads = new Set(headsOf(index, nodeKey));
  const members = membersOf(index, nodeKey);
  const statements = members.flatMap((member) => statementsBy(index, member));
  return (
    <>
      <Section title={`${t('members')} (${members.length})`}>
        <ul className="member-list">
          {members.map((member) => {
            const role =
              index.nodes.get(member)?.kind === 'statement'
                ? undefined
                : (index.nodes.get(member) as EntityNodeAttributes | undefined)?.role;
            return (
              <li key={member}>
                <NodeLink index={index} nodeKey={member} />
                {heads.has(member) && <span className="badge badge-head">{t('head')}</span>}
                {role && (
                  <span className="member-role" dir="rtl">
                    {role}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </Section>
      <SideTools key={nodeKey} index={index} nodeKey={nodeKey} />
      {statements.length > 0 && (
        <Section title={`${t('statements')} (${statements.length})`}>
          <StatementList key={nodeKey} index={index} statements={statements} showSpeaker />
        </Section>
      )}
      <EntityDetails index={index} nodeKey={nodeKey} attrs={attrs} />
    </>
  );
}
