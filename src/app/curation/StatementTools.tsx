/**
 * Correcting a statement: its speaker (any entity, or an unknown / vague source), direct or
 * reported, not a statement at all, and what it mentions.
 */
import type { GraphIndex } from '../../graph/queries';
import { mentionedBy, speakerOf } from '../../graph/queries';
import type { StatementNodeAttributes } from '../../graph/types';
import { EditTools } from './EditTools';
import { EntitySelect } from './EntitySelect';
import { entityRef, statementSpan } from './refs';
import { EditProblem } from './EditProblem';
import { useApply } from './use-apply';
import { useCurationT } from './use-curation-t';

export function StatementTools({
  index,
  nodeKey,
  attrs,
}: {
  index: GraphIndex;
  nodeKey: string;
  attrs: StatementNodeAttributes;
}) {
  const t = useCurationT();
  const { apply, problem } = useApply();
  const speaker = speakerOf(index, nodeKey) ?? '';
  const mentions = mentionedBy(index, nodeKey);
  const statement = statementSpan(attrs);
  return (
    <EditTools testId="edit-tools" summary={<>✎ {t('correct')}</>}>
      {() => (
        <>
          <label className="edit-row">
            {t('speaker')}
            <EntitySelect
              index={index}
              value={speaker}
              label={t('speaker')}
              empty={t('unknownSpeaker')}
              testId="speaker-select"
              onChange={(key) =>
                apply({ op: 'speaker', statement, speaker: key ? entityRef(index, key) : null })
              }
            />
          </label>
          <div className="edit-row">
            <button
              type="button"
              data-testid="mode-button"
              onClick={() =>
                apply({
                  op: 'mode',
                  statement,
                  mode: attrs.mode === 'direct' ? 'reported' : 'direct',
                })
              }
            >
              {attrs.mode === 'direct' ? t('makeReported') : t('makeDirect')}
            </button>
            <button
              type="button"
              className="danger"
              data-testid="reject-statement"
              onClick={() => apply({ op: 'reject', statement })}
            >
              {t('reject')}
            </button>
          </div>
          {mentions.length > 0 && (
            <ul className="edit-list">
              {mentions.map((key) => (
                <li key={key}>
                  <span dir="auto">{index.nodes.get(key)?.label ?? key}</span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`${t('removeMention')}: ${index.nodes.get(key)?.label ?? key}`}
                    title={t('removeMention')}
                    onClick={() =>
                      apply({
                        op: 'mention',
                        statement,
                        entity: entityRef(index, key),
                        present: false,
                      })
                    }
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <label className="edit-row">
            {t('addMention')}
            <EntitySelect
              index={index}
              value=""
              label={t('addMention')}
              empty={t('choose')}
              exclude={mentions}
              onChange={(key) =>
                key &&
                apply({ op: 'mention', statement, entity: entityRef(index, key), present: true })
              }
            />
          </label>
          <EditProblem problem={problem} />
        </>
      )}
    </EditTools>
  );
}
