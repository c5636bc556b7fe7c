/**
 * Image export: Cytoscape draws the graph (png/jpg as a blob promise so the page stays
 * responsive, or svg), then the legend and caption are composed below it.
 */
import type { Core } from 'cytoscape';
import { articleNameCandidates, exportFileName, type ImageFormat } from '../../graph/export/index';
import { withEveryAbout } from '../graph-view/about-edges';
import { finishLineDetail } from '../graph-view/line-detail';
import { finishVisibility } from '../graph-view/visibility-classes';
import { composeRaster } from './compose-raster';
import { composeSvg } from './compose-svg';
import {
  provenanceComment,
  provenanceEntries,
  withJpegComment,
  withPngText,
  type ImageProvenance,
} from './image-metadata';
import { planImageSize, type ImageSize, type SizeRequest } from './image-size';
import { canvasMeasure } from './overlay-canvas';
import { layoutOverlay, type OverlayContent } from './overlay-layout';
import './register-svg';

export interface ImageExportOptions extends SizeRequest {
  format: ImageFormat;
  /** Whole graph (true) or the current view (false). */
  full: boolean;
  /** PNG and SVG only; JPEG is always white (it has no transparency). */
  transparent: boolean;
  /** Caption and legend, or null for the bare graph. */
  overlay: OverlayContent | null;
  /** The image's title (SVG `<title>`). */
  title?: string;
  /** Title, source, date and software, written into PNG text chunks and the JPEG comment. */
  provenance?: ImageProvenance;
}

export interface ExportedImage {
  blob: Blob;
  size: ImageSize;
}

const WHITE = '#ffffff';
const MIME = { png: 'image/png', jpg: 'image/jpeg' } as const;

export async function exportImage(cy: Core, options: ImageExportOptions): Promise<ExportedImage> {
  // The filters' classes on every element, not only those in view.
  finishVisibility(cy);
  // Every `about` edge, not only those a large graph draws on screen (../graph-view/about-edges.ts).
  return withEveryAbout(cy, () => drawImage(cy, options));
}

async function drawImage(cy: Core, options: ImageExportOptions): Promise<ExportedImage> {
  // Every edge with the line detail of this zoom, not only those a zoom step has reached.
  finishLineDetail(cy);
  const fontCss = options.format === 'svg' ? (await import('./font-face')).EMBEDDED_FONT_CSS : '';
  // The whole graph is framed by what is drawn, not by what a filter hides (see withoutHidden).
  return options.full
    ? withoutHidden(cy, () => drawSync(cy, options, fontCss))
    : drawSync(cy, options, fontCss);
}

/**
 * Elements a filter hides are invisible (`visibility: hidden`) but Cytoscape still counts them in
 * the bounds that frame a whole-graph image: out of the bounds (`display: none`) while it is
 * drawn, in the same task, so the screen never shows it.
 */
function withoutHidden<T>(cy: Core, draw: () => T): T {
  const hidden = cy.elements('.hidden');
  if (hidden.empty()) return draw();
  cy.batch(() => hidden.addClass('unframed'));
  try {
    return draw();
  } finally {
    cy.batch(() => hidden.removeClass('unframed'));
  }
}

/** The graph drawn and composed; its synchronous part (Cytoscape's drawing) runs first. */
function drawSync(cy: Core, options: ImageExportOptions, fontCss: string): Promise<ExportedImage> {
  const base = drawnArea(cy, options.full);
  const measure = canvasMeasure(scratchContext());
  // The band's height at 1× tells how much taller the image gets, so the cap can count it.
  const bandAt1x = options.overlay ? layoutOverlay(options.overlay, base.width, 1, measure) : null;
  const size = planImageSize(base, options, bandAt1x?.height ?? 0);
  const overlay = options.overlay
    ? layoutOverlay(options.overlay, size.width, size.scale, measure)
    : null;
  const background = options.transparent && options.format !== 'jpg' ? undefined : WHITE;
  // maxWidth/maxHeight (rather than scale) make Cytoscape ignore the screen's pixel ratio.
  const cyOptions = { full: options.full, maxWidth: size.width, maxHeight: size.height };

  if (options.format === 'svg') {
    const drawn = withSharpPolygons(cy, () => cy.svg({ ...cyOptions, bg: background }));
    const svg = composeSvg(drawn, overlay, {
      background,
      fontCss,
      labels: cy.nodes().map((node) => ({
        display: String(node.data('display') ?? ''),
        label: String(node.data('label') ?? node.id()),
        kind: String(node.data('kind') ?? ''),
      })),
      title: options.title,
    });
    return Promise.resolve({ blob: new Blob([svg], { type: 'image/svg+xml' }), size });
  }
  const request = {
    ...cyOptions,
    output: 'blob-promise' as const,
    ...(background ? { bg: background } : {}),
  };
  // Drawn now, encoded later: the blob promise resolves once the drawn canvas is encoded.
  const format = options.format;
  const drawn = format === 'png' ? cy.png(request) : cy.jpg(request);
  return finishRaster(drawn, overlay, size, { ...options, format });
}

async function finishRaster(
  drawn: Promise<Blob>,
  overlay: ReturnType<typeof layoutOverlay> | null,
  size: ImageSize,
  options: ImageExportOptions & { format: 'png' | 'jpg' },
): Promise<ExportedImage> {
  const background = options.transparent && options.format !== 'jpg' ? undefined : WHITE;
  const graphImage = await drawn;
  const composed = overlay
    ? await composeRaster(graphImage, overlay, { mime: MIME[options.format], background })
    : graphImage;
  const blob = options.provenance
    ? await withProvenance(composed, options.format, options.provenance)
    : composed;
  return { blob, size };
}

async function withProvenance(
  blob: Blob,
  format: 'png' | 'jpg',
  provenance: ImageProvenance,
): Promise<Blob> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const marked =
    format === 'png'
      ? withPngText(bytes, provenanceEntries(provenance))
      : withJpegComment(bytes, provenanceComment(provenance));
  return new Blob([marked as BlobPart], { type: MIME[format] });
}

/** What Cytoscape draws, in CSS pixels: the whole graph's bounds, or the viewport. */
function drawnArea(cy: Core, full: boolean): { width: number; height: number } {
  const bounds = cy.elements().boundingBox();
  const area = full
    ? { width: Math.ceil(bounds.w), height: Math.ceil(bounds.h) }
    : { width: cy.width(), height: cy.height() };
  if (!(area.width > 0 && area.height > 0))
    throw new Error('export: nothing is drawn (empty graph or hidden canvas)');
  return area;
}

/**
 * canvas2svg (inside cytoscape-svg) cannot draw Cytoscape's rounded polygons — their path starts
 * with a bare arc() — and drops those nodes and their labels. For the SVG they get sharp corners,
 * set and removed in the same task, so the screen never shows it.
 */
function withSharpPolygons<T>(cy: Core, draw: () => T): T {
  const rounded = cy.nodes().filter((node) => {
    const shape = String(node.style('shape'));
    return shape.startsWith('round-') && shape !== 'round-rectangle';
  });
  const sharp = rounded.map((node) => String(node.style('shape')).slice('round-'.length));
  cy.batch(() => rounded.forEach((node, i) => void node.style('shape', sharp[i])));
  try {
    return draw();
  } finally {
    cy.batch(() => void rounded.removeStyle('shape'));
  }
}

function scratchContext(): CanvasRenderingContext2D {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('export: the browser gave no 2D canvas');
  return ctx;
}

export function imageFileName(
  graph: Parameters<typeof articleNameCandidates>[0] | null,
  format: ImageFormat,
  date: Date,
): string {
  return exportFileName(graph ? articleNameCandidates(graph) : [], date, format);
}
