#!/usr/bin/env node
// `npm test`: every check CI runs, in order, each with a readable verdict. All steps run even
// when one fails, so one run shows everything that is wrong; the exit code is 1 if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['types', 'tsc --noEmit -p .', 'TypeScript found type errors (above).'],
  [
    'lint',
    'eslint --max-warnings 0 .',
    'ESLint found problems (above); `npx eslint --fix .` fixes some.',
  ],
  ['format', 'prettier --check .', 'Files are not formatted; run `npm run format`.'],
  ['unit tests', 'vitest run --project unit', 'Unit tests failed (above).'],
  [
    'browser tests',
    'vitest run --project e2e',
    'Browser tests failed (above); screenshots are in tests/.artifacts/.',
  ],
];

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);

const failed = [];
const started = Date.now();
for (const [name, command, hint] of steps) {
  console.log(`\n━━ npm test: ${name} — ${command}`);
  if (name === 'browser tests' && !chromium) {
    console.error(
      'npm test: no Chromium for the browser tests. Install it with ' +
        '`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROME_PATH.',
    );
    failed.push([name, 'Chromium is missing.']);
    continue;
  }
  const t0 = Date.now();
  const result = spawnSync(`npx --no-install ${command}`, { stdio: 'inherit', shell: true });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status === 0) console.log(`✔ ${name} (${seconds} s)`);
  else failed.push([name, hint]);
}

const total = ((Date.now() - started) / 1000).toFixed(0);
if (failed.length === 0) {
  console.log(`\n✔ npm test: all ${steps.length} steps passed in ${total} s`);
} else {
  console.error(`\n✘ npm test: ${failed.length} of ${steps.length} steps failed (${total} s):`);
  for (const [name, hint] of failed) console.error(`  - ${name}: ${hint}`);
  process.exit(1);
}
