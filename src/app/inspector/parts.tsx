/** Small pieces the inspector's views share: a link that selects a node, a statement card. */
import { useState, type ReactNode } from 'react';
import { mentionedBy, speakerOf, type GraphIndex } from '../../graph/queries';
import { isStatement, type Mention } from '../../graph/types';
import { useLang, useT } from '../i18n';
import { nodeName } from '../i18n/names';
import { useIsnad } from '../store';
import { KIND_COLORS } from '../graph-view/style';
import { SourceChip } from '../workspace/SourceChip';

export function NodeLink({ index, nodeKey }: { index: GraphIndex; nodeKey: string }) {
  const lang = useLang();
  const kind = index.nodes.get(nodeKey)?.kind;
  return (
    <button
      type="button"
      className="node-link"
      dir="auto"
      onClick={() => useIsnad.getState().select(nodeKey)}
    >
      <span
        className="kind-dot"
        aria-hidden="true"
        style={{ background: kind ? KIND_COLORS[kind] : undefined }}
      />
      {nodeName(index, nodeKey, lang)}
    </button>
  );
}

export function ShowInArticle({
  mention,
}: {
  mention: Pick<Mention, 'article' | 'start' | 'end'>;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => useIsnad.getState().showInArticle(mention)}
    >
      {t('showInArticle')}
    </button>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** Statement cards drawn before "show more" in a long list, and how many more each press draws. */
export const STATEMENT_CARDS = 10;
/** Up to this many, a list is drawn whole (the seed's longest has 16). */
export const WHOLE_LIST_UP_TO = 25;

/**
 * A list of statement cards; a long one shows its first STATEMENT_CARDS and a button for more: a
 * corpus's most connected person made and is named in hundreds, and their cards were 1,051
 * elements to lay out on a click at 5,000 nodes.
 */
export function StatementList({
  index,
  statements,
  showSpeaker = false,
}: {
  index: GraphIndex;
  statements: readonly string[];
  showSpeaker?: boolean;
}) {
  const t = useT();
  const [limit, setLimit] = useState(
    statements.length <= WHOLE_LIST_UP_TO ? statements.length : STATEMENT_CARDS,
  );
  const left = statements.length - Math.min(limit, statements.length);
  return (
    <>
      <ul className="statement-list">
        {statements.slice(0, limit).map((key) => (
          <StatementCard key={key} index={index} statementKey={key} showSpeaker={showSpeaker} />
        ))}
      </ul>
      {left > 0 && (
        <button
          type="button"
          className="link-button show-more"
          onClick={() => setLimit(limit + STATEMENT_CARDS)}
        >
          {t('showMoreRows')
            .replace('{n}', String(Math.min(STATEMENT_CARDS, left)))
            .replace('{left}', String(left))}
        </button>
      )}
    </>
  );
}

export function ModeBadge({ mode }: { mode: 'direct' | 'reported' }) {
  const t = useT();
  return <span className={`badge badge-${mode}`}>{t(mode)}</span>;
}

/** A statement as a card: text, mode, speaker (optional), what it mentions, "show in article". */
export function StatementCard({
  index,
  statementKey,
  showSpeaker = false,
}: {
  index: GraphIndex;
  statementKey: string;
  showSpeaker?: boolean;
}) {
  const t = useT();
  const attrs = index.nodes.get(statementKey);
  if (!attrs || !isStatement(attrs)) return null;
  const speaker = speakerOf(index, statementKey);
  const mentions = mentionedBy(index, statementKey);
  return (
    <li className="statement-card">
      <div className="statement-card-head">
        {showSpeaker && speaker && <NodeLink index={index} nodeKey={speaker} />}
        <ModeBadge mode={attrs.mode} />
      </div>
      <button
        type="button"
        className="statement-text"
        dir="rtl"
        onClick={() => useIsnad.getState().select(statementKey)}
      >
        {attrs.text}
      </button>
      <div className="statement-card-foot">
        <SourceChip article={index.articles.find((a) => a.id === attrs.article)} />
        {mentions.length > 0 && (
          <span className="mentions-list">
            {t('mentions')}:{' '}
            {mentions.map((key) => (
              <NodeLink key={key} index={index} nodeKey={key} />
            ))}
          </span>
        )}
        <ShowInArticle mention={attrs} />
      </div>
    </li>
  );
}
