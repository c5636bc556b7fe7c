/** The image half of the export menu: PNG, JPEG, SVG and their options. */
import type { SerializedGraph } from 'graphology-types';
import { useState } from 'react';
import type { ArticleRecord } from '../../graph/types';
import { articleNameCandidates, IMAGE_FORMATS, type ImageFormat } from '../../graph/export/index';
import { articlesOfOutlets } from '../../graph/queries';
import { indexOf } from '../graph-index';
import { useCy } from '../graph-view/cy-context';
import { whenDrawn } from '../graph-view/drawing';
import { directionOf } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { describeView } from '../store/describe-view';
import { captionLines } from './caption';
import { ChoicePair } from './ChoicePair';
import { downloadBlob } from './download';
import { exportImage, imageFileName } from './export-image';
import type { ImageProvenance } from './image-metadata';
import { SCALES } from './image-size';
import { legendEntries } from './legend';
import type { Report } from './report';
import { useExportT } from './use-export-messages';

/** The articles' titles, and where they come from (outlet and URL, else the article ids). */
function provenanceOf(graph: SerializedGraph | null, created: Date): ImageProvenance {
  const articles = (graph?.attributes?.articles ?? []) as ArticleRecord[];
  return {
    title: articles
      .map((a) => a.title)
      .filter(Boolean)
      .join(' — '),
    source: articles.map((a) => [a.source, a.url].filter(Boolean).join(' ') || a.id).join(' — '),
    created,
    software: 'Isnad',
  };
}

const FORMAT_NAMES: Record<ImageFormat, string> = { png: 'PNG', jpg: 'JPEG', svg: 'SVG' };

/** The articles an article or outlet filter keeps (none: the view shows every article). */
function shownArticles(state: IsnadState): string[] {
  const { articles, outlets } = state.filters;
  if (!state.graph || articles.length + outlets.length === 0) return [];
  return [...new Set([...articles, ...articlesOfOutlets(indexOf(state.graph), outlets)])];
}

export function ImageExport({ report }: { report: Report }) {
  const t = useExportT();
  const cy = useCy();
  const [full, setFull] = useState(true);
  const [scale, setScale] = useState(2);
  const [targetWidth, setTargetWidth] = useState('');
  const [transparent, setTransparent] = useState(false);
  const [withOverlay, setWithOverlay] = useState(true);

  const run = async (format: ImageFormat) => {
    if (!cy) return;
    // A large graph still arriving is exported once all of it is on the canvas.
    await whenDrawn(cy);
    const state = useIsnad.getState(); // the view as it is when drawn
    const date = new Date();
    const overlay = withOverlay
      ? {
          direction: directionOf(state.lang),
          caption: captionLines({
            graph: state.graph,
            lang: state.lang,
            filters: describeView(state),
            date,
            shownArticles: shownArticles(state),
          }),
          legend: legendEntries(
            cy,
            state.lang,
            full,
            state.graph ? { index: indexOf(state.graph), by: state.display.colorBy } : undefined,
          ),
        }
      : null;
    const width = Number(targetWidth);
    const title = state.graph ? articleNameCandidates(state.graph)[0] : undefined;
    const provenance = provenanceOf(state.graph, date);
    const image = await exportImage(cy, {
      format, full, scale, transparent, overlay, title, provenance,
      ...(width > 0 ? { targetWidth: width } : {}),
    }); // prettier-ignore
    const name = imageFileName(state.graph, format, date);
    downloadBlob(image.blob, name);
    return {
      name,
      cappedTo: image.size.cappedFrom ? image.size.scale : undefined,
      ...(format === 'svg' ? { note: t('svgFont') } : {}),
    };
  };

  return (
    <fieldset className="export-section">
      <legend>{t('image')}</legend>
      <ChoicePair<boolean>
        name="export-region"
        label={t('region')}
        value={full}
        onChange={setFull}
        choices={[
          { value: true, label: t('wholeGraph'), testId: 'export-region-full' },
          { value: false, label: t('currentView'), testId: 'export-region-view' },
        ]}
      />
      <div className="export-row">
        <label>
          {t('scale')}{' '}
          <select
            data-testid="export-scale"
            value={scale}
            onChange={(e) => setScale(Number(e.target.value))}
          >
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('width')}{' '}
          <input
            type="number"
            min={100}
            step={100}
            inputMode="numeric"
            className="export-width"
            data-testid="export-width"
            value={targetWidth}
            onChange={(e) => setTargetWidth(e.target.value)}
          />
        </label>
      </div>
      <div className="export-row">
        <label>
          <input
            type="checkbox"
            data-testid="export-transparent"
            checked={transparent}
            onChange={(e) => setTransparent(e.target.checked)}
          />
          {t('transparent')} (PNG, SVG)
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="export-legend"
            checked={withOverlay}
            onChange={(e) => setWithOverlay(e.target.checked)}
          />
          {t('legendAndCaption')}
        </label>
      </div>
      <div className="export-row">
        {IMAGE_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            data-testid={`export-${format}`}
            disabled={!cy}
            onClick={() => void report(() => run(format))}
          >
            {FORMAT_NAMES[format]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
