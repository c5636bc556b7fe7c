/**
 * `npx tsx tests/corpus/place.ts <id> <file with the search result's text> [--record]`
 * Places a recovered development article in tests/.dev-articles/corpus/<id>.txt after checking
 * its sha256 against tests/corpus/sources/<id>.json. With --record (when the article is first
 * added) it writes the checksum and length into the source record instead of checking them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanResult, readSource, sha256, SOURCES, textPath, TEXTS } from './texts.ts';

const [id, file, flag] = process.argv.slice(2);
if (!id || !file) {
  process.stderr.write('usage: place.ts <id> <file with the search result text> [--record]\n');
  process.exit(2);
}
const source = readSource(id);
const text = cleanResult(readFileSync(file, 'utf8'), source.drops);
const sum = sha256(text);
if (flag === '--record') {
  writeFileSync(
    join(SOURCES, `${id}.json`),
    `${JSON.stringify({ ...source, sha256: sum, chars: text.length }, null, 2)}\n`,
  );
} else if (sum !== source.sha256) {
  process.stderr.write(`place: ${id}: sha256 ${sum} is not the recorded ${source.sha256}\n`);
  process.exit(1);
}
mkdirSync(TEXTS, { recursive: true });
writeFileSync(textPath(id), text);
process.stdout.write(`place: ${id}: ${text.length} chars → ${textPath(id)}\n`);
