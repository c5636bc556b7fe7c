/** Where a statement comes from: outlet · article title · date, as a chip. */
import type { ArticleRecord } from '../../core/types';
import { useWorkspaceT } from './messages';

export function sourceParts(article: ArticleRecord | undefined): string[] {
  if (!article) return [];
  return [article.source ?? '', article.title || article.id, article.date ?? ''].filter(Boolean);
}

export function SourceChip({ article }: { article: ArticleRecord | undefined }) {
  const t = useWorkspaceT();
  if (!article) return null;
  return (
    <span className="source-chip" data-testid="source-chip" title={article.url ?? undefined}>
      <span className="source-outlet" dir="auto">
        {article.source || t('source')}
      </span>
      <span className="source-title" dir="auto">
        {article.title || article.id}
      </span>
      {article.date && <span className="source-date">{article.date}</span>}
    </span>
  );
}
