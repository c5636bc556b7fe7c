/**
 * One article at a time (a picker chooses which, with its outlet and date above it), right to
 * left, with mentions and statements highlighted from their offsets. Clicking a highlight
 * selects its innermost node; selecting a node opens an article that mentions it, highlights its
 * mentions and scrolls to the first; "show in article" opens that article and flashes one span.
 * By keyboard, the highlights are one Tab stop: ← ↓ go to the next (the text runs right to
 * left), → ↑ to the previous, Home and End to the ends, Enter or Space selects.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Span } from '../../graph/curation/index';
import { SelectionBar } from '../curation/SelectionBar';
import { selectedSpan } from '../curation/selection-span';
import { indexOf } from '../graph-index';
import { useT } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { useWorkspaceT } from '../workspace/messages';
import { SourceChip } from '../workspace/SourceChip';
import { articleHighlights } from './highlights';
import { segmentArticle } from './segments';

const selectGraph = (state: IsnadState) => state.graph;
const selectSelected = (state: IsnadState) => state.selected;
const selectFocus = (state: IsnadState) => state.articleFocus;
const selectShown = (state: IsnadState) => state.articleShown;

export function ArticleView() {
  const t = useT();
  const tw = useWorkspaceT();
  const graph = useIsnad(selectGraph);
  const selected = useIsnad(selectSelected);
  const focus = useIsnad(selectFocus);
  const shownId = useIsnad(selectShown);
  const root = useRef<HTMLDivElement>(null);
  // Words selected with the mouse or keyboard: offered as a new mention or statement.
  const [picked, setPicked] = useState<Span | null>(null);
  /** The highlight holding the one Tab stop, as `article:start`. */
  const [focusAt, setFocusAt] = useState<string | null>(null);

  const index = graph ? indexOf(graph) : null;
  const all = index?.articles ?? [];
  const shown = all.find((a) => a.id === shownId) ?? all[0];
  const articles = useMemo(() => {
    if (!graph) return [];
    const index = indexOf(graph);
    const article = index.articles.find((a) => a.id === shownId) ?? index.articles[0];
    if (!article) return [];
    return [
      { article, segments: segmentArticle(article.text, articleHighlights(index, article.id)) },
    ];
  }, [graph, shownId]);

  // A node selected elsewhere that this article does not mention opens one that does.
  useEffect(() => {
    if (!selected || !index || !shown) return;
    const attrs = index.nodes.get(selected);
    if (!attrs) return;
    const where =
      attrs.kind === 'statement' ? [attrs.article] : (attrs.mentions ?? []).map((m) => m.article);
    if (where.length > 0 && !where.includes(shown.id))
      useIsnad.getState().showArticle(where[0] ?? null);
  }, [selected, index, shown]);

  const marks = useMemo(
    () =>
      articles.flatMap(({ article, segments }) =>
        segments
          .filter((segment) => segment.covering[0])
          .map((segment) => ({
            id: `${article.id}:${segment.start}`,
            key: segment.covering[0]!.key,
          })),
      ),
    [articles],
  );
  const tabStop =
    marks.find((m) => m.id === focusAt)?.id ??
    marks.find((m) => m.key === selected)?.id ??
    marks[0]?.id;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const id = target.dataset.mark;
    if (!id) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (target.dataset.key) useIsnad.getState().select(target.dataset.key);
      return;
    }
    const at = marks.findIndex((m) => m.id === id);
    const moves: Record<string, number> = {
      ArrowLeft: at + 1,
      ArrowDown: at + 1,
      ArrowRight: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: marks.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = marks[Math.max(0, Math.min(marks.length - 1, to))];
    if (!next) return;
    setFocusAt(next.id);
    root.current?.querySelector<HTMLElement>(`[data-mark="${CSS.escape(next.id)}"]`)?.focus();
  };

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
  }, [focus, articles]);

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
      onKeyDown={onKeyDown}
    >
      {all.length > 1 && (
        <div className="article-picker">
          <select
            aria-label={tw('pickArticle')}
            data-testid="article-picker"
            value={shown?.id ?? ''}
            onChange={(e) => useIsnad.getState().showArticle(e.target.value)}
          >
            {all.map((a, i) => (
              <option key={a.id} value={a.id}>
                {/* LRM: after Arabic, a bare 2025-09-24 would read 24-09-2025. */}
                {i + 1}.{' '}
                {[a.source, a.title || a.id, a.date && `\u200E${a.date}`]
                  .filter(Boolean)
                  .join(' — ')}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown && (
        <div className="article-source">
          <SourceChip article={shown} />
          {shown.byline && <span className="article-byline">{shown.byline}</span>}
        </div>
      )}
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
        <article key={article.id} dir="rtl" lang="ar" data-article-id={article.id}>
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
              const markId = `${article.id}:${segment.start}`;
              return (
                <mark
                  key={segment.start}
                  {...data}
                  data-key={inner.key}
                  data-mark={markId}
                  className={classes.join(' ')}
                  role="button"
                  tabIndex={markId === tabStop ? 0 : -1}
                  onFocus={() => setFocusAt(markId)}
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
