// The bundled Arabic font: the UI and Cytoscape's canvas labels use it, so Arabic looks the same
// on every machine, headless Chromium included. Canvas text does not wait for web fonts, hence
// `loadFonts()` before the first draw.
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';

export const UI_FONT_FAMILY = '"IBM Plex Sans Arabic", sans-serif';

export async function loadFonts(): Promise<void> {
  await Promise.all([
    document.fonts.load('400 16px "IBM Plex Sans Arabic"', 'بوتين Putin'),
    document.fonts.load('600 16px "IBM Plex Sans Arabic"', 'بوتين Putin'),
  ]);
}
