import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { BuildCache } from '../emit/cache.js';
import { writeSite, type EmitTarget, type SiteEntry } from '../emit/index.js';
import type { DocumentReport } from '../emit/report/model.js';
import { findDocuments, type Candidate } from '../load/index.js';
import { projectDiagnostics } from './check.js';
import { processRoots, type DocumentOutcome, type ProcessOptions } from './process.js';
import type { ParentMessage, WorkerMessage } from './worker.js';

/** Below this many documents a worker's start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 8;
/**
 * V8 settings of a worker process (the reason workers are processes: threads share the process's V8 flags).
 * - Garbage collection on the worker's own thread: V8's parallel and concurrent collector keeps helper threads
 *   busy, which on a CI machine with as many cores as workers take their time from the other worker. Measured on
 *   1000 documents with two workers: 115 and 119 s with helpers, 94 and 90 s without.
 * - Each worker holds one document at a time (some 5 MB live): a bounded old generation makes it collect garbage
 *   instead of growing, and a 128 MB initial one makes full collections rare (100 documents: 41 → 11).
 * - A handbook's layout keeps many objects alive for a few milliseconds (a table row's laid-out cells and lines):
 *   with V8's default young generation (16 MB semi-spaces) they are copied and promoted, then marked in the old one.
 */
const WORKER_FLAGS = ['--single-threaded-gc', '--max-old-space-size=256', '--max-semi-space-size=32', '--initial-old-space-size=128'];
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

/**
 * Runs check (and build) over every document under `paths`, in worker processes when there are many. Only plain
 * data comes back — diagnostics, reports, file names — so the corpus is never held in one place.
 */
export async function runProject(paths: readonly string[], options: ProjectOptions): Promise<ProjectResult> {
  const { candidates, roots } = findDocuments(paths, options.cwd);
  // unchanged documents come from the build cache; only the others are worth a worker
  const cached = cachedOutcomes(roots, options.build);
  const pending = roots.filter((root) => !cached.has(root.absolutePath));
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), Math.floor(pending.length / (PARALLEL_THRESHOLD / 2))));
  const processOptions: ProcessOptions = { cwd: options.cwd, ...(options.build ? { build: options.build } : {}) };
  // many documents go to workers even with --jobs 1: a worker's heap is bounded, and the outcomes it posts are copies
  // (an outcome made here keeps the document's whole source text alive through the strings sliced from it)
  const inWorkers = pending.length >= PARALLEL_THRESHOLD && existsSync(fileURLToPath(workerScript));
  const processed: DocumentOutcome[] = [];
  if (inWorkers) processed.push(...(await inWorkerProcesses(pending, jobs, processOptions)));
  else await processRoots(pending, processOptions, (outcome) => processed.push(outcome));
  const byRoot = new Map(processed.map((o) => [o.root, o]));
  const outcomes = roots.map((root) => cached.get(root.absolutePath) ?? byRoot.get(root.absolutePath)!);

  const diagnostics = projectDiagnostics(outcomes.flatMap((o) => o.diagnostics), { paths, cwd: options.cwd, candidates, used: outcomes.flatMap((o) => o.used) });
  const written = outcomes.flatMap((o) => o.written);
  if (options.build) {
    const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
    const built = outcomes.flatMap((o) => (o.report && !o.refused ? [{ report: o.report, written: o.written }] : []));
    written.push(...siteOf(built, reports, options.build));
  }
  return { outcomes, diagnostics, written };
}

/**
 * The index and the consistency report, written unless the last build wrote them from the same reports: a no-op
 * build of 1000 documents spent about a second of its 3.7 s rendering and writing them again (43 MB).
 */
function siteOf(built: readonly SiteEntry[], reports: readonly DocumentReport[], build: NonNullable<ProjectOptions['build']>): string[] {
  const cache = new BuildCache(build.outDirectory, build.fingerprint);
  const key = cache.siteKey(JSON.stringify([reports, built.map((entry) => entry.written)]));
  const current = cache.currentSite(key);
  if (current) return current;
  const written = writeSite(built, reports, build);
  cache.storeSite(key, written);
  return written;
}

/** The outcomes of the last build for the roots whose sources, tool, templates and options have not changed. */
function cachedOutcomes(roots: readonly Candidate[], build: ProjectOptions['build']): Map<string, DocumentOutcome> {
  const outcomes = new Map<string, DocumentOutcome>();
  if (!build) return outcomes;
  const cache = new BuildCache(build.outDirectory, build.fingerprint);
  for (const root of roots) {
    const outcome = cache.lookup(root.absolutePath);
    if (outcome) outcomes.set(root.absolutePath, outcome);
  }
  return outcomes;
}

/**
 * A worker holds this many documents at a time: the one it works on and the next, so it never waits for the
 * parent between two.
 */
const WORKER_QUEUE_LENGTH = 2;

/**
 * Hands the roots out to `jobs` worker processes one at a time, each to the first worker to finish one: a share
 * fixed in advance left one worker idle for seconds at the end when its documents happened to be the longer ones.
 * When one worker fails, the others are stopped.
 */
async function inWorkerProcesses(roots: readonly Candidate[], jobs: number, options: ProcessOptions): Promise<DocumentOutcome[]> {
  const remaining = roots.values();
  const workers = Array.from({ length: jobs }, () => startWorker(options, () => remaining.next().value));
  try {
    return (await Promise.all(workers.map((worker) => worker.outcomes))).flat();
  } catch (error) {
    for (const { child } of workers) child.kill();
    throw error;
  }
}

/**
 * A worker process fed from `nextRoot` until it returns undefined; `outcomes` rejects with the worker's error, or
 * how it stopped if it crashed.
 */
function startWorker(options: ProcessOptions, nextRoot: () => Candidate | undefined): { child: ChildProcess; outcomes: Promise<DocumentOutcome[]> } {
  // V8's report of a crash (out of memory, say) is for debugging curric, not for its users
  const stderr = process.env.CURRIC_DEBUG ? 'inherit' : 'ignore';
  const worker = fork(fileURLToPath(workerScript), { execArgv: WORKER_FLAGS, serialization: 'advanced', stdio: ['ignore', 'ignore', stderr, 'ipc'] });
  const send = (message: ParentMessage) => worker.send(message);
  // sends the next root, or `end` once after the last
  let feeding = true;
  const feed = () => {
    if (!feeding) return;
    const root = nextRoot();
    send(root ? { root } : 'end');
    feeding = root !== undefined;
  };
  const outcomes = new Promise<DocumentOutcome[]>((resolvePromise, reject) => {
    const received: DocumentOutcome[] = [];
    let finished = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message !== 'done' && !('failed' in message)) {
        received.push(message);
        feed();
        return;
      }
      finished = true;
      worker.disconnect();
      if (message === 'done') resolvePromise(received);
      else reject(Object.assign(new Error(message.failed), message.syscall ? { syscall: message.syscall } : {}));
    });
    worker.once('error', reject);
    worker.once('exit', (code, signal) => finished || reject(new Error(`a worker process stopped (${signal ?? `exit code ${code}`}) before it was done`)));
  });
  send({ options });
  for (let queued = 0; queued < WORKER_QUEUE_LENGTH; queued += 1) feed();
  return { child: worker, outcomes };
}
