/**
 * The pixel size of an exported image: the drawn area times the scale (or fitted to a target
 * width), capped so the browser can make the canvas at all. Past its limits Chromium returns a
 * blank image without an error, hence the cap and the notice.
 */
export const MAX_SIDE = 16_384;
/** 64 megapixels: an RGBA canvas of 256 MB, composed twice; beyond this tabs run out of memory. */
export const MAX_AREA = 64_000_000;
export const SCALES = [1, 2, 3, 4] as const;

export interface SizeRequest {
  /** 1×–4× of the on-screen size. */
  scale: number;
  /** When given, the scale that makes the image this many pixels wide. */
  targetWidth?: number;
}

export interface ImageSize {
  width: number;
  height: number;
  scale: number;
  /** The scale asked for, when it had to be lowered. */
  cappedFrom?: number;
}

export function planImageSize(
  base: { width: number; height: number },
  request: SizeRequest,
  extraHeight = 0,
): ImageSize {
  const wanted =
    request.targetWidth && request.targetWidth > 0
      ? request.targetWidth / base.width
      : request.scale;
  // The legend band grows with the scale too: count it in the height that must fit.
  const height = base.height + extraHeight;
  const limit = Math.min(
    MAX_SIDE / base.width,
    MAX_SIDE / height,
    Math.sqrt(MAX_AREA / (base.width * height)),
  );
  const scale = Math.min(wanted, limit);
  return {
    width: Math.max(1, Math.round(base.width * scale)),
    height: Math.max(1, Math.round(base.height * scale)),
    scale,
    ...(scale < wanted ? { cappedFrom: wanted } : {}),
  };
}
