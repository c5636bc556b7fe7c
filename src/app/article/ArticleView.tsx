/**
 * The article, right to left, with mentions and statements highlighted from their offsets.
 * Clicking a highlight selects its innermost node; selecting a node highlights its mentions and
 * scrolls to the first; "show in article" scrolls to and flashes one span.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Span } from '../../graph/curation/index';
import { SelectionBar } from '../curation/SelectionBar';
import { selectedSpan } from '../curation/selection-span';
import { indexOf } from '../graph-index';
import { useT } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { articleHighlights } from './highlights';
import { segmentArticle } from './segments';

const selectGraph = (state: IsnadState) => state.graph;
const selectSelected = (state: IsnadState) => state.selected;
const selectFocus = (state: IsnadState) => state.articleFocus;

export function ArticleView() {
  const t = useT();
  const graph = useIsnad(selectGraph);
  const selected = useIsnad(selectSelected);
  const focus = useIsnad(selectFocus);
  const root = useRef<HTMLDivElement>(null);
  // Words selected with the mouse or keyboard: offered as a new mention or statement.
  const [picked, setPicked] = useState<Span | null>(null);

  const articles = useMemo(() => {
    if (!graph) return [];
    const index = indexOf(graph);
    return index.articles.map((article) => ({
      article,
      segments: segmentArticle(article.text, articleHighlights(index, article.id)),
    }));
  }, [graph]);

  // Selection → scroll to the node's first mention.
  useEffect(() => {
    if (!selected || !root.current) return;
    const first = root.current.querySelector('.is-selected');
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected, articles]);

  // "Show in article" → scroll to that span and flash it.
  useEffect(() => {
    if (!focus || !root.current) return undefined;
    const marks = [
      ...root.current.querySelectorAll<HTMLElement>(
        `[data-article="${CSS.escape(focus.article)}"]`,
      ),
    ].filter((el) => Number(el.dataset.start) < focus.end && Number(el.dataset.end) > focus.start);
    marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const mark of marks) mark.classList.add('is-focused');
    const timer = setTimeout(
      () => marks.forEach((mark) => mark.classList.remove('is-focused')),
      1600,
    );
    return () => clearTimeout(timer);
  }, [focus]);

  const readSelection = () => {
    const span = selectedSpan(
      window.getSelection(),
      (id) => articles.find((a) => a.article.id === id)?.article.text ?? '',
    );
    if (span) setPicked(span);
  };

  return (
    <section
      className="article"
      data-testid="article"
      aria-label={t('article')}
      ref={root}
      onMouseUp={readSelection}
      onKeyUp={(event) => event.shiftKey && readSelection()}
    >
      {picked && graph && (
        <SelectionBar
          key={`${picked.article}:${picked.start}:${picked.end}`}
          index={indexOf(graph)}
          span={picked}
          onDone={() => {
            setPicked(null);
            window.getSelection()?.removeAllRanges();
          }}
        />
      )}
      {articles.map(({ article, segments }) => (
        <article key={article.id} dir="rtl" lang="ar">
          {/* The title is usually the text's first line already; show it only when it is not. */}
          {!article.text.trimStart().startsWith(article.title) && <h2>{article.title}</h2>}
          <div className="article-text">
            {segments.map((segment) => {
              const inner = segment.covering[0];
              const data = {
                'data-article': article.id,
                'data-start': segment.start,
                'data-end': segment.end,
              };
              if (!inner)
                return (
                  <span key={segment.start} {...data}>
                    {segment.text}
                  </span>
                );
              const isSelected = segment.covering.some((h) => h.key === selected);
              const inStatement = segment.covering.some((h) => h.kind === 'statement');
              const classes = [
                'hl',
                `hl-${inner.kind}`,
                inStatement && inner.kind !== 'statement' ? 'hl-in-statement' : '',
                isSelected ? 'is-selected' : '',
              ].filter(Boolean);
              return (
                <mark
                  key={segment.start}
                  {...data}
                  data-key={inner.key}
                  className={classes.join(' ')}
                  role="button"
                  tabIndex={-1}
                  onClick={() => useIsnad.getState().select(inner.key)}
                >
                  {segment.text}
                </mark>
              );
            })}
          </div>
        </article>
      ))}
    </section>
  );
}
