/**
 * A person, place or organization: names, role, country, delegations, the statements they made
 * and the statements by others that mention them (the first of each, and a button for more).
 */
import {
  delegationsOf,
  statementsBy,
  statementsMentioning,
  type GraphIndex,
} from '../../graph/queries';
import type { EntityNodeAttributes } from '../../graph/types';
import { EditedNote } from '../curation/EditedNote';
import { EntityTools } from '../curation/EntityTools';
import { FoldButton } from '../fold/FoldButton';
import { useLang, useT } from '../i18n';
import { nameIn } from '../i18n/names';
import { reasonText } from '../i18n/reasons';
import { NodeLink, Section, ShowInArticle, StatementList } from './parts';

export function EntityDetails({
  index,
  nodeKey,
  attrs,
}: {
  index: GraphIndex;
  nodeKey: string;
  attrs: EntityNodeAttributes;
}) {
  const t = useT();
  const lang = useLang();
  const said = statementsBy(index, nodeKey);
  const saidSet = new Set(said);
  const mentionedIn = statementsMentioning(index, nodeKey).filter((s) => !saidSet.has(s));
  const delegations = delegationsOf(index, nodeKey);
  // The heading shows the name in the interface language (with the Arabic beside it).
  const otherForms = [...new Set([...(attrs.aliases ?? []), attrs.labelEn ?? ''])].filter(
    (form) => form && form !== attrs.label && form !== nameIn(lang, attrs),
  );
  const firstMention = attrs.mentions?.[0];
  // Why the extractor saw this entity: each distinct rule once (a person found after a title
  // and again as a family name reads as both).
  const reasons = [
    ...new Map(
      (attrs.mentions ?? []).flatMap((m) =>
        m.reason ? [[`${m.reason.rule} ${m.reason.cue ?? ''}`, m.reason] as const] : [],
      ),
    ).values(),
  ].slice(0, 4);
  return (
    <>
      <dl className="facts">
        {otherForms.length > 0 && (
          <>
            <dt>{t('otherForms')}</dt>
            <dd dir="auto">{otherForms.join('، ')}</dd>
          </>
        )}
        {attrs.role && (
          <>
            <dt>{t('role')}</dt>
            <dd dir="rtl">{attrs.role}</dd>
          </>
        )}
        {attrs.country && (
          <>
            <dt>{t('country')}</dt>
            <dd>
              <NodeLink index={index} nodeKey={attrs.country} />
            </dd>
          </>
        )}
        {delegations.length > 0 && (
          <>
            <dt>{t('delegation')}</dt>
            <dd>
              {delegations.map((key) => (
                <NodeLink key={key} index={index} nodeKey={key} />
              ))}
            </dd>
          </>
        )}
        {reasons.length > 0 && (
          <>
            <dt>{t('why')}</dt>
            <dd className="reason" data-testid="entity-reason">
              {reasons.map((r) => (
                <div key={`${r.rule} ${r.cue ?? ''}`}>{reasonText(lang, r)}</div>
              ))}
            </dd>
          </>
        )}
      </dl>
      <EditedNote marks={attrs.edited} />
      <EntityTools key={nodeKey} index={index} nodeKey={nodeKey} attrs={attrs} />
      {firstMention && <ShowInArticle mention={firstMention} />}
      <FoldButton speaker={nodeKey} count={said.length} />
      {said.length > 0 && (
        <Section title={`${t('statementsMade')} (${said.length})`}>
          <StatementList key={nodeKey} index={index} statements={said} />
        </Section>
      )}
      {mentionedIn.length > 0 && (
        <Section
          title={`${attrs.kind === 'person' ? t('mentionedBy') : t('mentionedIn')} (${mentionedIn.length})`}
        >
          <StatementList key={nodeKey} index={index} statements={mentionedIn} showSpeaker />
        </Section>
      )}
    </>
  );
}
