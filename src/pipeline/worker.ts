import { parentPort, workerData } from 'node:worker_threads';
import type { Candidate } from '../load/index.js';
import { processRoots, type ProcessOptions } from './process.js';

/** A worker thread's whole job: process its share of document indexes and post the outcomes back. */
const { roots, options } = workerData as { roots: Candidate[]; options: ProcessOptions };
parentPort!.postMessage(await processRoots(roots, options));
