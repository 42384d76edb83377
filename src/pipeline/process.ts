import type { Rule } from '../check/index.js';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { BuildCache, contentHash } from '../emit/cache.js';
import { emitDocument, type EmitTarget } from '../emit/index.js';
import { documentReport, type DocumentReport } from '../emit/report/model.js';
import type { Candidate, ReadResult } from '../load/index.js';
import type { ResolvedDocument } from '../resolve/index.js';
import { checkRoot } from './check.js';

/** What became of one document index: plain data, so that it can cross from a worker process or come from the cache. */
export interface DocumentOutcome {
  root: string;
  /** Absolute paths of the files the document read or tried to include, sorted. */
  used: string[];
  diagnostics: Diagnostic[];
  /** Whether the index loaded as a document (with or without errors). */
  isDocument: boolean;
  /** The consistency report's figures, computed for builds only. */
  report?: DocumentReport;
  /** sha256 of the report's JSON, made with it: the site pages' cache key is made of these (see siteOf). */
  reportHash?: string;
  /** Output files written (or, from the cache, still valid), relative to the output directory. */
  written: string[];
  /** Not built because it has errors. */
  refused: boolean;
  fromCache: boolean;
}

export interface ProcessOptions {
  cwd: string;
  rules?: readonly Rule[];
  /** When present, documents without errors are emitted there. */
  build?: EmitTarget & { fingerprint: string };
}

/**
 * Checks (and, for a build, emits and caches) documents one at a time. An outcome keeps nothing of its document
 * (a report's strings are slices of the document's source text and would keep all of it alive).
 */
export class DocumentProcessor {
  private readonly cache: BuildCache | undefined;

  constructor(private readonly options: ProcessOptions) {
    this.cache = options.build ? new BuildCache(options.build.outDirectory, options.build.fingerprint) : undefined;
  }

  /**
   * The outcome of the document whose index is `root`. A built document is followed by a turn of the event loop:
   * pdfkit's document is a stream whose last callbacks are queued for the next tick, and they hold the whole
   * document until they have run.
   */
  async process(root: Candidate): Promise<DocumentOutcome> {
    const { outcome, toEmit, reads } = this.check(root);
    if (toEmit) outcome.written = await emitDocument(toEmit.document, toEmit.diagnostics, this.options.build!);
    if (this.cache && outcome.isDocument) this.cache.store(root.absolutePath, outcome, reads);
    if (outcome.written.length > 0) await new Promise(setImmediate);
    return outcome;
  }

  /**
   * The outcome of checking a document, and what building it needs. Only these outlive the check: its parsed
   * sources (js-yaml's events and values, the source map) are garbage while the handbooks are laid out.
   */
  private check(root: Candidate): { outcome: DocumentOutcome; reads: ReadonlyMap<string, ReadResult>; toEmit?: { document: ResolvedDocument; diagnostics: Diagnostic[] } } {
    const { options } = this;
    const check = checkRoot(root, options.cwd, options.rules);
    const diagnostics = [...check.loadDiagnostics, ...(check.document?.diagnostics ?? [])];
    const report = options.build && check.document ? documentReport(check.document) : undefined;
    const reported = report ? { report, reportHash: contentHash(JSON.stringify(report)) } : {};
    const refused = countBySeverity(diagnostics).error > 0;
    const outcome: DocumentOutcome = { root: root.absolutePath, used: [...check.used].sort(), diagnostics, isDocument: Boolean(check.document), ...reported, written: [], refused, fromCache: false };
    const resolved = check.document?.resolved;
    const { reads } = check;
    return options.build && resolved && !refused ? { outcome, reads, toEmit: { document: resolved, diagnostics: check.document!.diagnostics } } : { outcome, reads };
  }
}

/** Processes the documents whose indexes are `roots` in order, handing each outcome to `deliver` as soon as it is done. */
export async function processRoots(roots: readonly Candidate[], options: ProcessOptions, deliver: (outcome: DocumentOutcome) => void): Promise<void> {
  const processor = new DocumentProcessor(options);
  for (const root of roots) deliver(await processor.process(root));
}
