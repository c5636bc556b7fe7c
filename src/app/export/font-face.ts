/**
 * The bundled font as `@font-face` rules with the woff2 files inlined (base64), so an exported
 * SVG shows Arabic in IBM Plex Sans Arabic on machines without any Arabic font. Loaded only when
 * an SVG is exported (about 170 kB of text).
 */
import arabic400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2?inline';
import arabic600 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff2?inline';
import latin400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2?inline';
import latin600 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-600-normal.woff2?inline';

// The subsets' unicode ranges, as in @fontsource's CSS (abridged to the planes news text uses).
const ARABIC_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-08FF,U+200C-200E,U+2010-2011,U+FB50-FDFF,U+FE70-FEFC';
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2212,U+FEFF,U+FFFD';

const face = (url: string, weight: number, range: string) =>
  `@font-face{font-family:"IBM Plex Sans Arabic";font-style:normal;font-weight:${weight};` +
  `src:url(${url}) format("woff2");unicode-range:${range};}`;

export const EMBEDDED_FONT_CSS = [
  face(arabic400, 400, ARABIC_RANGE),
  face(arabic600, 600, ARABIC_RANGE),
  face(latin400, 400, LATIN_RANGE),
  face(latin600, 600, LATIN_RANGE),
].join('\n');
