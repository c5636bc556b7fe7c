/**
 * Image export speed: the seed graph as PNG (whole graph, legend and caption) at 1× and 4×,
 * exported through the menu in headless Chromium as a user would; median of several runs,
 * timed from the click to the download.
 */
import { build, preview } from 'vite';
import { openApp, openSession, type Page } from '../e2e/browser';

const RUNS = 5;

export async function benchExport(): Promise<string[]> {
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('bench: vite preview did not report a local URL');
  const session = await openSession();
  try {
    await openApp(session.page, url);
    const lines: string[] = [];
    for (const scale of [1, 4]) {
      const times: number[] = [];
      let bytes = 0;
      await timePng(session.page, scale); // warm-up: the first export loads code and fonts
      for (let run = 0; run < RUNS; run++) {
        const result = await timePng(session.page, scale);
        times.push(result.ms);
        bytes = result.bytes;
      }
      const sorted = times.sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      lines.push(
        `PNG ${scale}× (whole graph, legend and caption): median ${median.toFixed(0)} ms ` +
          `over ${RUNS} runs (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}), ` +
          `${(bytes / 1024).toFixed(0)} kB`,
      );
    }
    return lines;
  } finally {
    await session.close();
    await server.close();
  }
}

async function timePng(page: Page, scale: number): Promise<{ ms: number; bytes: number }> {
  const menu = page.getByTestId('export');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  await page.getByTestId('export-region-full').check();
  await page.getByTestId('export-scale').selectOption(String(scale));
  await page.getByTestId('export-legend').setChecked(true);
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('export-png').click(),
  ]);
  const ms = performance.now() - started;
  const stream = await download.createReadStream();
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return { ms, bytes };
}
