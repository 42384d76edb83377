import { resolve } from 'node:path';
import { checkDocument, rules as allRules, type Rule } from '../check/index.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import { findDocuments, loadDocument, unusedFiles, type Candidate, type LoadedDocument, type ReadResult, type SourceFile, type SourceMap } from '../load/index.js';
import { resolveDocument, type ResolvedDocument } from '../resolve/index.js';
import { validateDocument } from '../validate/index.js';

export interface CheckedDocument {
  loaded: LoadedDocument;
  /** Present when the document passed its schema. */
  resolved?: ResolvedDocument;
  /** Findings of validation and the rules; load problems are in `loadDiagnostics` of the check. */
  diagnostics: Diagnostic[];
  sourceMap: SourceMap;
}

/** One document index taken through load → validate → resolve → check, with everything it touched. */
export interface DocumentCheck {
  document?: CheckedDocument;
  /** Problems reading, parsing or including its files. */
  loadDiagnostics: Diagnostic[];
  /** Absolute paths of the files the document read or tried to include, its index included. */
  used: Set<string>;
  files: Map<string, SourceFile>;
  /** What each of the `used` files held (see Loader.reads). */
  reads: ReadonlyMap<string, ReadResult>;
}

/** Load → validate → resolve → check of the document whose index is `root`. */
export function checkRoot(root: Candidate, cwd: string, rules: readonly Rule[] = allRules): DocumentCheck {
  const { document: loaded, diagnostics: loadDiagnostics, sourceMap, files, reads, isIndex } = loadDocument(root, cwd);
  const used = new Set<string>(isIndex ? reads.keys() : []);
  const touched = { loadDiagnostics, used, files, reads };
  if (!loaded) return touched;
  if (!loaded.complete) return { document: { loaded, diagnostics: [], sourceMap }, ...touched };
  const { valid, diagnostics } = validateDocument(loaded, sourceMap);
  if (!valid) return { document: { loaded, diagnostics, sourceMap }, ...touched };
  const resolved = resolveDocument(valid.document);
  return { document: { loaded, resolved, diagnostics: checkDocument(resolved, sourceMap, rules), sourceMap }, ...touched };
}

export interface CheckResult {
  documents: CheckedDocument[];
  /** Every finding, documents' and files', in a stable order. */
  diagnostics: Diagnostic[];
  /** Every file read, by display path. */
  files: Map<string, SourceFile>;
}

/** Checks every document under `paths` in this thread, keeping the loaded and resolved documents. */
export function checkPaths(paths: readonly string[], options: { cwd?: string; rules?: readonly Rule[] } = {}): CheckResult {
  const cwd = options.cwd ?? process.cwd();
  const { candidates, roots } = findDocuments(paths, cwd);
  const checks = roots.map((root) => checkRoot(root, cwd, options.rules));
  const documents = checks.flatMap((c) => (c.document ? [c.document] : []));
  const diagnostics = projectDiagnostics(
    checks.flatMap((c) => [...c.loadDiagnostics, ...(c.document?.diagnostics ?? [])]),
    { paths, cwd, candidates, used: checks.flatMap((c) => [...c.used]) },
  );
  return { documents, diagnostics, files: new Map(checks.flatMap((c) => [...c.files])) };
}

/**
 * All findings of a run: the documents' own, plus files under the checked paths that no document read — sorted,
 * without the repeats that arise when two documents include the same broken file.
 */
export function projectDiagnostics(
  diagnostics: readonly Diagnostic[],
  run: { paths: readonly string[]; cwd: string; candidates: readonly Candidate[]; used: Iterable<string> },
): Diagnostic[] {
  const explicit = new Set(run.paths.map((p) => resolve(run.cwd, p)));
  return uniqueDiagnostics([...diagnostics, ...unusedFiles(run.candidates, new Set(run.used), explicit)]);
}

function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => {
      const key = JSON.stringify([d.ruleId, d.position, d.message]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareDiagnostics);
}
