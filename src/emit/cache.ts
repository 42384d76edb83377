import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentOutcome } from '../pipeline/process.js';
import { writeFileAtomic } from './write-atomic.js';

const CACHE_FOLDER = '.curric-cache';

interface CacheEntry {
  fingerprint: string;
  /** Hash of every file the document read, in order. */
  sourcesHash: string;
  outcome: DocumentOutcome;
}

/** Hash of the files' bytes; the file list itself comes from the last build, since includes live in the files. */
function hashFiles(paths: readonly string[]): string | undefined {
  const hash = createHash('sha256');
  for (const path of paths) {
    try {
      hash.update(path).update('\0').update(readFileSync(path)).update('\0');
    } catch {
      return undefined;
    }
  }
  return hash.digest('hex');
}

/**
 * Everything besides a document's sources that shapes its output: tool version, options, and the files of the
 * given directories — the templates, and the compiled code itself, so that a rebuilt curric of the same version
 * (while developing it) never reuses what an older build of it wrote.
 */
export function buildFingerprint(toolVersion: string, directories: readonly URL[], options: object): string {
  const hash = createHash('sha256').update(toolVersion).update(JSON.stringify(options));
  for (const directory of directories) {
    for (const name of readdirSync(directory, { recursive: true }).map(String).sort()) {
      try {
        hash.update(name).update(readFileSync(new URL(name, directory)));
      } catch {
        // a folder
      }
    }
  }
  return hash.digest('hex');
}

/**
 * Remembers, per document index, what the last build read and wrote, so that an unchanged document — same
 * source bytes, same tool, templates and options — is not built again.
 */
export class BuildCache {
  private readonly folder: string;

  constructor(
    outDirectory: string,
    private readonly fingerprint: string,
  ) {
    this.folder = join(outDirectory, CACHE_FOLDER);
  }

  private entryPath(root: string): string {
    return join(this.folder, `${createHash('sha1').update(root).digest('hex')}.json`);
  }

  /** The outcome of the last build of `root`, if nothing it depends on has changed and its outputs are there. */
  lookup(root: string, outDirectory: string): DocumentOutcome | undefined {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(this.entryPath(root), 'utf8')) as CacheEntry;
    } catch {
      return undefined;
    }
    if (entry.fingerprint !== this.fingerprint || hashFiles(entry.outcome.used) !== entry.sourcesHash) return undefined;
    if (!entry.outcome.written.every((name) => existsSync(join(outDirectory, name)))) return undefined;
    return { ...entry.outcome, fromCache: true };
  }

  store(root: string, outcome: DocumentOutcome): void {
    const sourcesHash = hashFiles(outcome.used);
    if (!sourcesHash) return;
    mkdirSync(this.folder, { recursive: true });
    writeFileAtomic(this.entryPath(root), JSON.stringify({ fingerprint: this.fingerprint, sourcesHash, outcome } satisfies CacheEntry));
  }
}
