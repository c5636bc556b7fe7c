/**
 * `npm run bench`: speed and memory figures (medians and ratios), never pass/fail.
 * Each part lives beside its concern and returns report lines.
 */
const parts: Array<[string, string, string]> = [
  ['Extraction', './extract.bench.ts', 'benchExtract'],
  ['Adversarial extraction', './adversarial.bench.ts', 'benchAdversarial'],
  ['Explorer in headless Chromium', './app.bench.ts', 'benchApp'],
  ['Image export', './export.bench.ts', 'benchExport'],
  ['Workspace in headless Chromium', './workspace.bench.ts', 'benchWorkspace'],
];

const only = process.argv.slice(2);
for (const [title, path, name] of parts) {
  if (only.length > 0 && !only.some((word) => title.toLowerCase().includes(word.toLowerCase())))
    continue;
  const module = (await import(path)) as Record<string, () => Promise<string[]>>;
  const run = module[name];
  if (!run) throw new Error(`bench: ${path} does not export ${name}()`);
  console.log(`\n## ${title}`);
  for (const line of await run()) console.log(line);
}
export {};
