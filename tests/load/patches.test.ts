import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryDirectory } from '../helpers/fixtures.js';

/**
 * The patches in patches/ (applied by patch-package when npm installs) change no behaviour, only speed: the
 * js-yaml one lets V8 build the parser's state objects in one shape. A checkout installed without scripts would
 * run unpatched and only be slower, so this says so. A patch is applied when git can take it back out.
 */

const patchesDirectory = join(repositoryDirectory, 'patches');

describe('patches/', () => {
  const patches = readdirSync(patchesDirectory).filter((name) => name.endsWith('.patch'));

  it('holds patches', () => {
    expect(patches.length).toBeGreaterThan(0);
  });

  it.each(patches)('%s is applied to the installed package', (name) => {
    const reversal = spawnSync('git', ['apply', '--check', '--reverse', join(patchesDirectory, name)], { cwd: repositoryDirectory, encoding: 'utf8' });
    expect(reversal.stderr).toBe('');
    expect(reversal.status).toBe(0);
  });
});
