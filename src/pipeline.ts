import { compareDiagnostics, type Diagnostic } from './diagnostics.js';
import { checkDocument, rules as allRules, type Rule } from './check/index.js';
import { loadDocuments, type LoadedDocument, type SourceFile, type SourceMap } from './load/index.js';
import { resolveDocument, type ResolvedDocument } from './resolve/index.js';
import { validateDocument } from './validate/index.js';

export interface CheckedDocument {
  loaded: LoadedDocument;
  /** Present when the document passed its schema. */
  resolved?: ResolvedDocument;
  diagnostics: Diagnostic[];
}

export interface CheckResult {
  documents: CheckedDocument[];
  /** Every finding, documents' and files', in a stable order. */
  diagnostics: Diagnostic[];
  sourceMap: SourceMap;
  /** Every file read, by display path. */
  files: Map<string, SourceFile>;
}

/** Load → validate → resolve → check, for every document under `paths`. */
export function checkPaths(paths: readonly string[], options: { cwd?: string; rules?: readonly Rule[] } = {}): CheckResult {
  const { documents: loadedDocuments, diagnostics: loadDiagnostics, sourceMap, files } = loadDocuments(paths, options.cwd);
  const documents: CheckedDocument[] = loadedDocuments.map((loaded) => {
    if (!loaded.complete) return { loaded, diagnostics: [] };
    const { valid, diagnostics } = validateDocument(loaded, sourceMap);
    if (!valid) return { loaded, diagnostics };
    const resolved = resolveDocument(valid.document);
    return { loaded, resolved, diagnostics: checkDocument(resolved, sourceMap, options.rules ?? allRules) };
  });
  const diagnostics = [...loadDiagnostics, ...documents.flatMap((d) => d.diagnostics)].sort(compareDiagnostics);
  return { documents, diagnostics, sourceMap, files };
}
