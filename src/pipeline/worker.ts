import type { Candidate } from '../load/index.js';
import { processRoots, type DocumentOutcome, type ProcessOptions } from './process.js';

/** What a worker process is sent: its share of document indexes. */
export interface WorkerShare {
  roots: Candidate[];
  options: ProcessOptions;
}

/** What a worker posts: each document's outcome, then `done` — or why it failed. */
export type WorkerMessage = DocumentOutcome | 'done' | WorkerFailure;

/** An error that stopped a worker; `syscall` names the system call of a failed read or write. */
export interface WorkerFailure {
  failed: string;
  syscall?: string;
}

const post = (message: WorkerMessage) => process.send!(message);

/** A worker process's whole job: process its share, posting each outcome back as it is done. */
process.once('message', (share: WorkerShare) => {
  processRoots(share.roots, share.options, post).then(
    () => post('done'),
    (error: unknown) => {
      const syscall = (error as NodeJS.ErrnoException | undefined)?.syscall;
      post({ failed: error instanceof Error ? error.message : String(error), ...(syscall ? { syscall } : {}) });
    },
  );
});
// the parent is gone (or has all it needs): nothing left to deliver to
process.once('disconnect', () => process.exit());
