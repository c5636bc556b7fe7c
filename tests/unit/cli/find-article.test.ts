/** Where eval looks for a gold file's article: the record's own file name in the git-ignored
 * development folder is one of the places (the shared corpus README recovers texts there). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/cli/eval.ts';

const DEV = join(process.cwd(), 'tests/.dev-articles');
const NAME = 'zz-find-article-test_recovered_under_its_name.txt';

describe('findArticle', () => {
  afterEach(() => rmSync(join(DEV, NAME), { force: true }));

  it('finds a text recovered under the record’s file name in tests/.dev-articles', () => {
    mkdirSync(DEV, { recursive: true });
    writeFileSync(join(DEV, NAME), 'نص');
    expect(findArticle('/nowhere/gold/zz.json', NAME)).toBe(join(DEV, NAME));
  });

  it('finds nothing when no candidate exists', () => {
    expect(findArticle('/nowhere/gold/zz.json', NAME)).toBeUndefined();
  });
});
