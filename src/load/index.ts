import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { discoverYamlFiles, displayPath } from './discover.js';
import { parseYaml } from './parse-yaml.js';
import { readBytes } from './read-bytes.js';
import { readSourceFile, MAX_SOURCE_BYTES, type ReadResult, type SourceFile } from './source-file.js';
import { SourceMap } from './source-map.js';

export { discoverYamlFiles, displayPath } from './discover.js';
export { readSourceFile, type ReadResult, type SourceFile } from './source-file.js';
export { SourceMap } from './source-map.js';

/** A document as the load phase hands it on: its index file, the files it includes, and its value with includes in place. */
export interface LoadedDocument {
  index: SourceFile;
  files: SourceFile[];
  value: Record<string, unknown>;
  /** False when an included file could not be loaded: such a document is reported, not validated. */
  complete: boolean;
}

type Loaded = { file: SourceFile; value: unknown } | { failed: true };

/** A YAML file a command line names, with the path diagnostics print for it. */
export interface Candidate {
  absolutePath: string;
  path: string;
}

/**
 * Whether a file has a line starting with a `kind:` key: a document's index has one at its top level. This test
 * on the raw bytes finds indexes without parsing or decoding; a file it takes for an index by mistake is parsed
 * and set right, one it misses is reported as a file no document includes.
 */
function hasTopLevelKind(bytes: Buffer): boolean {
  for (let at = bytes.indexOf('kind'); at >= 0; at = bytes.indexOf('kind', at + 1)) {
    const quote = at > 0 && (bytes[at - 1] === 0x22 || bytes[at - 1] === 0x27) ? 1 : 0;
    const lineStart = at - quote;
    if (lineStart > 0 && bytes[lineStart - 1] !== 0x0a) continue;
    let next = at + 4 + quote;
    while (bytes[next] === 0x20 || bytes[next] === 0x09) next++;
    if (bytes[next] === 0x3a) return true;
  }
  return false;
}

/** Phase 1, first step: the YAML files under `paths`, and those among them that are document indexes. */
export function findDocuments(paths: readonly string[], cwd: string): { candidates: Candidate[]; roots: Candidate[] } {
  const candidates = discoverYamlFiles(paths, cwd);
  return { candidates, roots: candidates.filter(isIndexCandidate) };
}

/** Whether a YAML file looks like a document's index (see hasTopLevelKind). */
export function isIndexCandidate(candidate: Candidate): boolean {
  try {
    const bytes = readBytes(candidate.absolutePath, MAX_SOURCE_BYTES);
    // files too large to read are taken as indexes so that loading reports them
    return 'tooLarge' in bytes || hasTopLevelKind(bytes);
  } catch {
    return true; // loading reports why the file cannot be read
  }
}

/**
 * Loads one document: reads and parses its index, registers source positions, and replaces every
 * `{ include: path }` mapping by the included file's content. Each document gets its own loader, so nothing
 * outlives it but what the caller keeps.
 */
export function loadDocument(root: Candidate, cwd: string): { document?: LoadedDocument; diagnostics: Diagnostic[]; sourceMap: SourceMap; files: Map<string, SourceFile>; reads: ReadonlyMap<string, ReadResult>; isIndex: boolean } {
  const loader = new Loader(cwd);
  const loaded = loader.load(root.absolutePath, root.path);
  const { sourceMap, files, reads } = loader;
  if ('failed' in loaded) return { diagnostics: loader.diagnostics, sourceMap, files, reads, isIndex: true };
  if (!isDocumentIndex(loaded.value)) return { diagnostics: [], sourceMap, files, reads, isIndex: false };
  const documentFiles: SourceFile[] = [loaded.file];
  const complete = loader.expandIncludes(loaded.value, loaded.file, [loaded.file.absolutePath], documentFiles);
  return { document: { index: loaded.file, files: documentFiles, value: loaded.value, complete }, diagnostics: loader.diagnostics, sourceMap, files, reads, isIndex: true };
}

/** Files under the checked paths that are no document's index and that no document includes. */
export function unusedFiles(candidates: readonly Candidate[], used: ReadonlySet<string>, explicitPaths: ReadonlySet<string>): Diagnostic[] {
  return candidates
    .filter((candidate) => !used.has(candidate.absolutePath))
    .map((candidate) => {
      const explicit = explicitPaths.has(candidate.absolutePath);
      return {
        ruleId: 'unused-file',
        severity: explicit ? 'error' : 'warning',
        message: explicit
          ? 'this file has no top-level `kind`, so it is not a document; check its document index file instead'
          : 'no document includes this file and it has no top-level `kind`: it is not checked',
        position: { file: candidate.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
      } satisfies Diagnostic;
    });
}

function isDocumentIndex(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'kind' in value;
}

class Loader {
  readonly sourceMap = new SourceMap();
  readonly diagnostics: Diagnostic[] = [];
  readonly files = new Map<string, SourceFile>();
  /**
   * What each file the document read or tried to include held, by absolute path — its text or why there is
   * none: everything the document's outcome depends on.
   */
  readonly reads = new Map<string, ReadResult>();
  private readonly cache = new Map<string, Loaded>();

  constructor(private readonly cwd: string) {}

  /** Reads, parses and registers one file, once; problems become diagnostics at the file's start or the error. */
  load(absolutePath: string, path: string): Loaded {
    const cached = this.cache.get(absolutePath);
    if (cached) return cached;
    const loaded = this.read(absolutePath, path);
    this.cache.set(absolutePath, loaded);
    return loaded;
  }

  private read(absolutePath: string, path: string): Loaded {
    const read = readSourceFile(absolutePath, path);
    this.reads.set(absolutePath, read);
    if ('problem' in read) {
      const { problem } = read;
      const at = (line: number, column: number) => ({ file: path, line, column, endLine: line, endColumn: column });
      if (problem.kind === 'invalid-utf8') {
        this.fail('yaml-encoding', 'the file is not valid UTF-8', at(problem.line, problem.column));
      } else if (problem.kind === 'too-large') {
        this.fail('source-too-large', `the file is ${mebibytes(problem.bytes)} MiB; sources are limited to ${mebibytes(MAX_SOURCE_BYTES)} MiB`, at(1, 1));
      } else {
        this.fail('unreadable-file', `the file cannot be read (${problem.reason})`, at(1, 1));
      }
      return { failed: true };
    }
    this.files.set(path, read.file);
    const parsed = parseYaml(read.file);
    if ('error' in parsed) {
      const { message, line, column } = parsed.error;
      this.fail('yaml-syntax', message, { file: path, line, column, endLine: line, endColumn: column });
      return { failed: true };
    }
    const aliased = this.sourceMap.register(parsed.value, read.file, parsed.events);
    if (aliased) {
      this.fail('yaml-alias', 'an alias of a mapping or sequence is not allowed in curriculum sources; write the content out or include a file', this.sourceMap.locatePath(read.file, aliased));
      return { failed: true };
    }
    return { file: read.file, value: parsed.value };
  }

  /**
   * Replaces every `{ include: path }` below `value` by the included file's value; `chain` detects cycles.
   * Returns false when an include could not be resolved.
   */
  expandIncludes(value: unknown, file: SourceFile, chain: string[], files: SourceFile[]): boolean {
    if (typeof value !== 'object' || value === null) return true;
    let complete = true;
    const container = value as Record<string | number, unknown>;
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      const child = container[key];
      const target = includeTarget(child);
      if (target === undefined) {
        complete = this.expandIncludes(child, file, chain, files) && complete;
        continue;
      }
      const absolutePath = resolve(dirname(file.absolutePath), target);
      const position = this.sourceMap.locate(child as object, 'include');
      if (chain.includes(absolutePath)) {
        const cycle = [...chain.slice(chain.indexOf(absolutePath)), absolutePath].map((p) => displayPath(p, this.cwd));
        this.fail('include-cycle', `include cycle: ${cycle.join(' → ')}`, position);
        complete = false;
        continue;
      }
      const loaded = this.cache.has(absolutePath) || existsAsFile(absolutePath) ? this.load(absolutePath, displayPath(absolutePath, this.cwd)) : undefined;
      if (!loaded) {
        // the outcome depends on its absence: once it is there, the document must be built again
        if (!this.reads.has(absolutePath)) this.reads.set(absolutePath, readSourceFile(absolutePath, target));
        this.fail('include-missing', `included file ${target} does not exist`, position);
        complete = false;
        continue;
      }
      if ('failed' in loaded) {
        complete = false;
        continue;
      }
      if (!files.includes(loaded.file)) files.push(loaded.file);
      complete = this.expandIncludes(loaded.value, loaded.file, [...chain, absolutePath], files) && complete;
      container[key] = loaded.value;
    }
    return complete;
  }

  private fail(ruleId: string, message: string, position: Diagnostic['position']): void {
    this.diagnostics.push({ ruleId, severity: 'error', message, ...(position ? { position } : {}) });
  }
}

function includeTarget(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const target = (value as { include?: unknown }).include;
  return keys.length === 1 && typeof target === 'string' ? target : undefined;
}

function existsAsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

