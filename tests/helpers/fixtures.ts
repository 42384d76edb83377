import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const testsDirectory = new URL('..', import.meta.url).pathname;
export const repositoryDirectory = join(testsDirectory, '..');

const created: string[] = [];
afterAll(() => {
  for (const directory of created) rmSync(directory, { recursive: true, force: true });
});

/** A fresh temporary directory, removed when the test file ends. */
export function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'curric-test-'));
  created.push(directory);
  return directory;
}

/** A copy of a base fixture document with the files of `overlay` laid over it (same relative paths). */
export function materialize(base: 'training-plan' | 'teaching-plan', overlay?: string): string {
  const directory = temporaryDirectory();
  cpSync(join(testsDirectory, 'fixtures', 'base', base), directory, { recursive: true });
  if (overlay) cpSync(overlay, directory, { recursive: true });
  return directory;
}
