/** PNG and JPEG: Cytoscape's picture of the graph, then the legend and caption drawn below it. */
import type { OverlayLayout } from './overlay-layout';
import { drawOverlay } from './overlay-canvas';

export async function composeRaster(
  graphImage: Blob,
  overlay: OverlayLayout,
  options: { mime: 'image/png' | 'image/jpeg'; background?: string },
): Promise<Blob> {
  const bitmap = await createImageBitmap(graphImage);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height + overlay.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('export: the browser gave no 2D canvas (too large an image?)');
  if (options.background) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  drawOverlay(ctx, overlay.items, canvas.height - overlay.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('export: the canvas was too large to encode')),
      options.mime,
      0.92,
    ),
  );
}
