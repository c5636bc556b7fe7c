/** Registers the SVG exporter once, at module level (registering twice throws in Cytoscape). */
import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';

declare module 'cytoscape' {
  interface SvgExportOptions {
    full?: boolean;
    scale?: number;
    maxWidth?: number;
    maxHeight?: number;
    bg?: string;
  }
  interface Core {
    /** From cytoscape-svg: the drawing as an SVG document string. */
    svg(options?: SvgExportOptions): string;
  }
}

cytoscape.use(cytoscapeSvg);
