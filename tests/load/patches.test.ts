import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryDirectory } from '../helpers/fixtures.js';

/**
 * The patches in patches/ (applied by patch-package when npm installs) change no behaviour, only speed: the
 * js-yaml one lets V8 build the parser's state objects in one shape. A checkout installed without scripts would
 * run unpatched and only be slower, so this says so.
 */

interface Hunk {
  /** The hunk's lines as the patch finds them (context and removed lines). */
  before: string;
  /** The same lines as the patch leaves them (context and added lines). */
  after: string;
}

/** Each file a unified diff changes (by its path in the repository), with its hunks. */
function hunksByFile(diff: string): Map<string, Hunk[]> {
  const files = new Map<string, Hunk[]>();
  let hunks: Hunk[] = [];
  let before: string[] = [];
  let after: string[] = [];
  const closeHunk = () => {
    if (before.length + after.length > 0) hunks.push({ before: before.join('\n'), after: after.join('\n') });
    before = [];
    after = [];
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      closeHunk();
      hunks = [];
      files.set(line.slice(4).replace(/^b\//, ''), hunks);
    } else if (line.startsWith('--- ') || line.startsWith('diff ') || line.startsWith('index ')) continue;
    else if (line.startsWith('@@')) closeHunk();
    else if (line.startsWith('+')) after.push(line.slice(1));
    else if (line.startsWith('-')) before.push(line.slice(1));
    else if (line.startsWith(' ')) {
      before.push(line.slice(1));
      after.push(line.slice(1));
    }
  }
  closeHunk();
  return files;
}

/** Whether every hunk is in `text` as the patch leaves it, and none as the patch finds it. */
function isApplied(text: string, hunks: readonly Hunk[]): boolean {
  return hunks.every(({ before, after }) => text.includes(after) && !text.includes(before));
}

const patchesDirectory = join(repositoryDirectory, 'patches');

describe('patches/', () => {
  const patches = readdirSync(patchesDirectory).filter((name) => name.endsWith('.patch'));

  it.each(patches)('%s is applied to the installed package', (name) => {
    const files = hunksByFile(readFileSync(join(patchesDirectory, name), 'utf8'));
    expect(files.size).toBeGreaterThan(0);
    for (const [path, hunks] of files) {
      expect(hunks.length, path).toBeGreaterThan(0);
      expect(isApplied(readFileSync(join(repositoryDirectory, path), 'utf8'), hunks), path).toBe(true);
    }
  });

  it('tells an unpatched file from a patched one', () => {
    const hunks = [{ before: 'const state = {\n\t...options,', after: 'const state = Object.assign({}, options, {' }];
    expect(isApplied('x\nconst state = Object.assign({}, options, {\ny', hunks)).toBe(true);
    expect(isApplied('x\nconst state = {\n\t...options,\ny', hunks)).toBe(false);
  });
});
