import { parentPort, workerData } from 'node:worker_threads';
import type { Candidate } from '../load/index.js';
import { processRoots, type DocumentOutcome, type ProcessOptions } from './process.js';

/** What a worker posts: each document's outcome, then `done`. */
export type WorkerMessage = DocumentOutcome | 'done';

/** A worker thread's whole job: process its share of document indexes, posting each outcome back as it is done. */
const { roots, options } = workerData as { roots: Candidate[]; options: ProcessOptions };
await processRoots(roots, options, (outcome) => parentPort!.postMessage(outcome satisfies WorkerMessage));
parentPort!.postMessage('done' satisfies WorkerMessage);
