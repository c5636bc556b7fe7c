import { existsSync } from 'node:fs';

export const CHROMIUM_INSTALL_HINT =
  "Install Debian's Chromium with `sudo apt-get update && sudo apt-get install -y chromium` " +
  '(or point CHROME_PATH at a Chromium/Chrome binary). Isnad never downloads a browser.';

/** Debian's Chromium, or CHROME_PATH; a clear error, never a silent skip. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(`browser tests: no Chromium found. ${CHROMIUM_INSTALL_HINT}`);
}
