import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile, type ReadResult } from '../load/index.js';
import type { DocumentOutcome } from '../pipeline/process.js';
import { writeFileAtomic } from './write-atomic.js';

const CACHE_FOLDER = '.curric-cache';
/** The site pages of the last build: the key of what they were written from, and their names. */
const SITE_ENTRY = 'site.json';

interface CacheEntry {
  fingerprint: string;
  /** Hash of what every file the document read or tried to include held, in order. */
  sourcesHash: string;
  outcome: DocumentOutcome;
}

/**
 * Hash of what each of a document's files held — its text, or why there is none (missing, unreadable, …) — as
 * `readOf` tells. The file list itself comes from the build, since includes live in the files.
 */
function sourcesHash(paths: readonly string[], readOf: (path: string) => ReadResult): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const read = readOf(path);
    hash.update(path).update('\0');
    if ('file' in read) hash.update('text\0').update(read.file.text);
    else hash.update(JSON.stringify(read.problem));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** sha256 of a text, in hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
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
    private readonly outDirectory: string,
    private readonly fingerprint: string,
  ) {
    this.folder = join(outDirectory, CACHE_FOLDER);
  }

  private entryPath(root: string): string {
    return join(this.folder, `${createHash('sha1').update(root).digest('hex')}.json`);
  }

  /** The outcome of the last build of `root`, if nothing it depends on has changed and its outputs are there. */
  lookup(root: string): DocumentOutcome | undefined {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(this.entryPath(root), 'utf8')) as CacheEntry;
    } catch {
      return undefined;
    }
    if (entry.fingerprint !== this.fingerprint || sourcesHash(entry.outcome.used, (path) => readSourceFile(path, path)) !== entry.sourcesHash) return undefined;
    if (!this.allWritten(entry.outcome.written)) return undefined;
    return { ...entry.outcome, fromCache: true };
  }

  /** The key of the site pages made from `inputs` (serialized) by this tool, templates and options. */
  siteKey(inputs: string): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(inputs).digest('hex');
  }

  /** The site pages the last build wrote from the inputs of `key`, if they are all still there. */
  currentSite(key: string): string[] | undefined {
    try {
      const entry = JSON.parse(readFileSync(join(this.folder, SITE_ENTRY), 'utf8')) as { key: string; written: string[] };
      return entry.key === key && this.allWritten(entry.written) ? entry.written : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether every one of these output files is still there. */
  private allWritten(names: readonly string[]): boolean {
    return names.every((name) => existsSync(join(this.outDirectory, name)));
  }

  storeSite(key: string, written: readonly string[]): void {
    mkdirSync(this.folder, { recursive: true });
    writeFileAtomic(join(this.folder, SITE_ENTRY), JSON.stringify({ key, written }));
  }

  /**
   * Remembers `outcome`, built from the files as `reads` holds them — the build's own reads, not the files now;
   * every file in `outcome.used` is among them.
   */
  store(root: string, outcome: DocumentOutcome, reads: ReadonlyMap<string, ReadResult>): void {
    const entry: CacheEntry = { fingerprint: this.fingerprint, sourcesHash: sourcesHash(outcome.used, (path) => reads.get(path)!), outcome };
    mkdirSync(this.folder, { recursive: true });
    writeFileAtomic(this.entryPath(root), JSON.stringify(entry));
  }
}
