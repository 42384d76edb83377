import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/emit/cache.js';
import { readSourceFile } from '../../src/load/index.js';
import type { DocumentOutcome } from '../../src/pipeline/process.js';
import { temporaryDirectory } from '../helpers/fixtures.js';

describe('the build cache', () => {
  const outcomeOf = (index: string, used: string[]): DocumentOutcome => ({ root: index, used, diagnostics: [], isDocument: true, written: [], refused: false, fromCache: false });

  it('keys an outcome by what the build read, not by what the files hold when it is stored', () => {
    const sources = temporaryDirectory();
    const index = join(sources, 'curriculum.yaml');
    writeFileSync(index, 'kind: training-plan\n');
    const readThen = new Map([[index, readSourceFile(index, 'curriculum.yaml')]]);
    // the file changes while its document is being built
    writeFileSync(index, 'kind: teaching-plan\n');
    const cache = new BuildCache(temporaryDirectory(), 'tool');
    cache.store(index, outcomeOf(index, [index]), readThen);
    expect(cache.lookup(index)).toBeUndefined();
    cache.store(index, outcomeOf(index, [index]), new Map([[index, readSourceFile(index, 'curriculum.yaml')]]));
    expect(cache.lookup(index)).toMatchObject({ root: index, fromCache: true });
  });

  it('keys an outcome by the absence of a file the document could not include', () => {
    const sources = temporaryDirectory();
    const index = join(sources, 'curriculum.yaml');
    const missing = join(sources, 'domain.yaml');
    writeFileSync(index, 'kind: training-plan\n');
    const reads = new Map([index, missing].map((path) => [path, readSourceFile(path, path)]));
    const cache = new BuildCache(temporaryDirectory(), 'tool');
    cache.store(index, outcomeOf(index, [index, missing]), reads);
    expect(cache.lookup(index)).toMatchObject({ fromCache: true });
    writeFileSync(missing, 'title: Domaine\n');
    expect(cache.lookup(index)).toBeUndefined();
  });
});
