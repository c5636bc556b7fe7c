/** What the inspector shows with nothing selected: the article(s), the sides, who spoke most. */
import { nodesOfKind, speakers, statementsBy, type GraphIndex } from '../../graph/queries';
import { useT } from '../i18n';
import { statementCount } from '../graph-view/labels';
import { useIsnad } from '../store';
import { NodeLink, Section } from './parts';

const TOP_SPEAKERS = 6;
/** A corpus lists its first articles and how many more there are. */
const ARTICLES_SHOWN = 4;

export function Overview({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useIsnad((state) => state.lang);
  const delegations = nodesOfKind(index, 'delegation');
  const top = speakers(index).slice(0, TOP_SPEAKERS);
  return (
    <div className="overview">
      <p className="placeholder">{t('nothingSelected')}</p>
      {index.articles.slice(0, ARTICLES_SHOWN).map((article) => (
        <p key={article.id} className="overview-title" dir="rtl">
          {article.title}
        </p>
      ))}
      {index.articles.length > ARTICLES_SHOWN && (
        <p className="placeholder">
          {t('moreArticles').replace('{n}', String(index.articles.length - ARTICLES_SHOWN))}
        </p>
      )}
      {delegations.length > 0 && (
        <Section title={t('delegations')}>
          {delegations.map((key) => (
            <NodeLink key={key} index={index} nodeKey={key} />
          ))}
        </Section>
      )}
      {top.length > 0 && (
        <Section title={t('speakers')}>
          <ul className="member-list">
            {top.map((key) => (
              <li key={key}>
                <NodeLink index={index} nodeKey={key} />
                <span className="count">
                  {statementCount(lang, statementsBy(index, key).length)}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
