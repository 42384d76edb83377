import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { BuildCache } from '../emit/cache.js';
import type { EmitTarget } from '../emit/index.js';
import { ReportParts, writeSite } from '../emit/site.js';
import { discoverYamlFiles, isIndexCandidate, type Candidate } from '../load/index.js';
import { projectDiagnostics } from './check.js';
import { processRoots, type DocumentOutcome, type ProcessOptions } from './process.js';
import type { ParentMessage, WorkerMessage } from './worker.js';

/**
 * V8 settings of a worker process (the reason workers are processes: threads share the process's V8 flags).
 * - Garbage collection on the worker's own thread: V8's parallel and concurrent collector keeps helper threads
 *   busy, which on a CI machine with as many cores as workers take their time from the other worker. Measured on
 *   1000 documents with two workers: 115 and 119 s with helpers, 94 and 90 s without.
 * - Each worker holds one document at a time (some 5 MB live): a bounded old generation makes it collect garbage
 *   instead of growing, and a 128 MB initial one makes full collections rare (100 documents: 41 → 11).
 * - A handbook's layout keeps many objects alive for a few milliseconds (a table row's laid-out cells and lines):
 *   with V8's default young generation (16 MB semi-spaces) they are copied and promoted, then marked in the old one.
 * - Half of V8's default budget for inlining into one optimized function (920 bytes of bytecode): optimizing
 *   takes a worker's second core, and a handbook's large content and layout functions are optimized again after
 *   full collections. 60 handbooks in one process: 6 % fewer instructions (cachegrind, 52.4 → 49.2 G; a warm
 *   handbook 632 → 615 M); a quarter of the budget gained only 0.5 % more.
 */
const WORKER_FLAGS = ['--single-threaded-gc', '--max-old-space-size=256', '--max-semi-space-size=32', '--initial-old-space-size=128', '--max-inlined-bytecode-size-cumulative=460'];
const workerScript = new URL('./worker.js', import.meta.url);

export interface ProjectOptions {
  cwd: string;
  /** Worker processes to use; documents are independent, so they are shared out among them. */
  jobs?: number;
  build?: EmitTarget & { fingerprint: string };
}

export interface ProjectResult {
  outcomes: DocumentOutcome[];
  diagnostics: Diagnostic[];
  /** Files written by the build, relative to the output directory (cached ones included). */
  written: string[];
}

/** How many candidate files are read between two turns of the event loop, in which workers are fed. */
const CANDIDATES_PER_TURN = 32;

/**
 * Runs check (and build) over every document under `paths`, in worker processes when there are many. Only plain
 * data comes back — diagnostics, reports, file names — so the corpus is never held in one place. Documents go to
 * the workers as soon as they are found: finding them reads every YAML file (some 180 MB for 1000 documents),
 * which the workers' start and first documents overlap.
 */
export async function runProject(paths: readonly string[], options: ProjectOptions): Promise<ProjectResult> {
  const candidates = discoverYamlFiles(paths, options.cwd);
  const cache = options.build ? new BuildCache(options.build.outDirectory, options.build.fingerprint) : undefined;
  const processOptions: ProcessOptions = { cwd: options.cwd, ...(options.build ? { build: options.build } : {}) };
  // each document's part of the site's report is rendered as its outcome comes in (see ReportParts)
  const reportParts = options.build ? new ReportParts(options.build) : undefined;
  // many documents go to workers even with --jobs 1: a worker's heap is bounded, and the outcomes it posts are copies
  // (an outcome made here keeps the document's whole source text alive through the strings sliced from it)
  // (without the compiled worker script, as when tests run the sources, there are none)
  const pool = new WorkerPool(processOptions, existsSync(fileURLToPath(workerScript)) ? (options.jobs ?? availableParallelism()) : 0, (outcome) => {
    if (outcome.report) reportParts?.add(outcome.report);
  });
  const roots: Candidate[] = [];
  // unchanged documents come from the build cache; only the others are worth a worker
  const cached = new Map<string, DocumentOutcome>();
  for (let index = 0; index < candidates.length; index += 1) {
    if (index % CANDIDATES_PER_TURN === CANDIDATES_PER_TURN - 1) await new Promise(setImmediate);
    const candidate = candidates[index]!;
    if (!isIndexCandidate(candidate)) continue;
    roots.push(candidate);
    const outcome = cache?.lookup(candidate.absolutePath);
    if (outcome) cached.set(candidate.absolutePath, outcome);
    else pool.add(candidate);
  }
  const processed: DocumentOutcome[] = [];
  // too few pending documents to start a worker: they are processed here
  if (pool.started) processed.push(...(await pool.close()));
  else await processRoots(pool.pending, processOptions, (outcome) => processed.push(outcome));
  const byRoot = new Map(processed.map((o) => [o.root, o]));
  const outcomes = roots.map((root) => cached.get(root.absolutePath) ?? byRoot.get(root.absolutePath)!);

  const diagnostics = projectDiagnostics(outcomes.flatMap((o) => o.diagnostics), { paths, cwd: options.cwd, candidates, used: outcomes.flatMap((o) => o.used) });
  const written = outcomes.flatMap((o) => o.written);
  if (options.build) written.push(...siteOf(outcomes, options.build, reportParts!));
  return { outcomes, diagnostics, written };
}

/**
 * The index and the consistency report, written unless the last build wrote them from the same reports: a no-op
 * build of 1000 documents spent about a second of its 3.7 s rendering and writing them again (43 MB). The reports
 * are known by their hashes, made with them in the workers: serializing 1000 reports here to compare them took
 * 0.4 s at the end of every build.
 */
function siteOf(outcomes: readonly DocumentOutcome[], build: NonNullable<ProjectOptions['build']>, parts: ReportParts): string[] {
  const reported = outcomes.filter((o) => o.report);
  const cache = new BuildCache(build.outDirectory, build.fingerprint);
  const key = cache.siteKey(JSON.stringify(reported.map((o) => [o.reportHash, o.refused ? null : o.written])));
  const current = cache.currentSite(key);
  if (current) return current;
  const built = reported.filter((o) => !o.refused).map((o) => ({ report: o.report!, written: o.written }));
  const written = writeSite(built, reported.map((o) => o.report!), build, parts);
  cache.storeSite(key, written);
  return written;
}

/**
 * Worker processes fed with document indexes as they are found, each taking the next one as it finishes one: a
 * share fixed in advance left one worker idle for seconds at the end when its documents happened to be the longer
 * ones. How many workers start is `workersFor`'s.
 */
class WorkerPool {
  private readonly queue: Candidate[] = [];
  private taken = 0;
  private closed = false;
  private readonly workers: WorkerProcess[] = [];
  private failure: Error | undefined;

  constructor(
    private readonly options: ProcessOptions,
    private readonly jobs: number,
    /** Called with each outcome as a worker posts it, once the worker has its next document. */
    readonly onOutcome: (outcome: DocumentOutcome) => void,
  ) {}

  get started(): boolean {
    return this.workers.length > 0;
  }

  /** Every document added, in order. */
  get pending(): readonly Candidate[] {
    return this.queue;
  }

  add(root: Candidate): void {
    this.queue.push(root);
    const wanted = workersFor(this.queue.length, this.jobs);
    while (this.workers.length < wanted && !this.failure) this.workers.push(new WorkerProcess(this.options, this));
    for (const worker of this.workers) worker.feed();
  }

  /** The next document to process, undefined when there is none yet (or none left, once `isClosed`). */
  take(): Candidate | undefined {
    return this.taken < this.queue.length && !this.failure ? this.queue[this.taken++] : undefined;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** No more documents: resolves to every worker's outcomes, or rejects with the first failure. */
  async close(): Promise<DocumentOutcome[]> {
    this.closed = true;
    for (const worker of this.workers) worker.feed();
    const outcomes = await Promise.all(this.workers.map((worker) => worker.outcomes));
    if (this.failure) throw this.failure;
    return outcomes.flat();
  }

  /** A worker failed: the others stop after their current document, and `close` rejects with its error. */
  fail(error: Error): void {
    this.failure ??= error;
    for (const worker of this.workers) worker.stop();
  }
}

/** Below this many pending documents, they are processed in the calling process. */
const PARALLEL_THRESHOLD = 8;
/**
 * One more worker per this many pending documents. A worker's start and warm-up (loading, fonts, the JIT compiling
 * the hot paths) cost some 3 s of CPU time, which a second worker does not win back on a few dozen documents:
 * 16, 24 and 40 generated documents were built no faster on two workers than on one, 100 were 1.26–1.28 × faster.
 */
const DOCUMENTS_PER_WORKER = 48;

/** Workers to have running for `pending` documents found so far, with at most `jobs` of them. */
export function workersFor(pending: number, jobs: number): number {
  return pending < PARALLEL_THRESHOLD ? 0 : Math.min(jobs, 1 + Math.floor(pending / DOCUMENTS_PER_WORKER));
}

/**
 * A worker holds this many documents at a time: the one it works on and the next, so it never waits for the
 * parent between two.
 */
const WORKER_QUEUE_LENGTH = 2;

/** A worker process fed from the pool; `outcomes` resolves once it is done, empty if it failed (the pool has the error). */
class WorkerProcess {
  readonly child: ChildProcess;
  readonly outcomes: Promise<DocumentOutcome[]>;
  /** Documents sent and not yet done. */
  private queued = 0;
  private ended = false;

  constructor(
    options: ProcessOptions,
    private readonly pool: WorkerPool,
  ) {
    // V8's report of a crash (out of memory, say) is for debugging curric, not for its users
    const stderr = process.env.CURRIC_DEBUG ? 'inherit' : 'ignore';
    this.child = fork(fileURLToPath(workerScript), { execArgv: WORKER_FLAGS, serialization: 'advanced', stdio: ['ignore', 'ignore', stderr, 'ipc'] });
    this.outcomes = new Promise<DocumentOutcome[]>((resolvePromise) => {
      const received: DocumentOutcome[] = [];
      let finished = false;
      const fail = (error: Error) => {
        finished = true;
        pool.fail(error);
        resolvePromise([]);
      };
      this.child.on('message', (message: WorkerMessage) => {
        if (message !== 'done' && !('failed' in message)) {
          received.push(message);
          this.queued -= 1;
          this.feed();
          pool.onOutcome(message);
          return;
        }
        finished = true;
        this.child.disconnect();
        if (message === 'done') resolvePromise(received);
        else fail(Object.assign(new Error(message.failed), message.syscall ? { syscall: message.syscall } : {}));
      });
      this.child.once('error', fail);
      this.child.once('exit', (code, signal) => finished || fail(new Error(`a worker process stopped (${signal ?? `exit code ${code}`}) before it was done`)));
    });
    this.send({ options });
  }

  /** Tops the worker's queue up from the pool; once the pool is closed and empty, tells it that no more will come. */
  feed(): void {
    while (!this.ended && this.queued < WORKER_QUEUE_LENGTH) {
      const root = this.pool.take();
      if (root) {
        this.send({ root });
        this.queued += 1;
      } else {
        if (this.pool.isClosed) {
          this.send('end');
          this.ended = true;
        }
        return;
      }
    }
  }

  stop(): void {
    if (this.ended) return;
    this.send('stop');
    this.ended = true;
  }

  private send(message: ParentMessage): void {
    if (this.child.connected) this.child.send(message);
  }
}
