import type { Candidate } from '../load/index.js';
import { DocumentProcessor, type DocumentOutcome, type ProcessOptions } from './process.js';

/**
 * What a worker process is sent: first the options, then document indexes one by one as it finishes the ones it
 * has, then `end` when there are no more — or `stop` when another worker failed: it drops what it has not begun,
 * but finishes the document it is writing (killed, it would leave a temporary file behind).
 */
export type ParentMessage = { options: ProcessOptions } | { root: Candidate } | 'end' | 'stop';

/** What a worker posts: each document's outcome, then `done` — or why it failed. */
export type WorkerMessage = DocumentOutcome | 'done' | WorkerFailure;

/** An error that stopped a worker; `syscall` names the system call of a failed read or write. */
export interface WorkerFailure {
  failed: string;
  syscall?: string;
}

const post = (message: WorkerMessage) => process.send!(message);

let processor: DocumentProcessor | undefined;
const queue: Candidate[] = [];
let ended = false;
let working = false;

/** Works through the queue, posting each outcome as soon as it is done; `done` once the parent sent `end`. */
async function work(): Promise<void> {
  working = true;
  while (queue.length > 0) post(await processor!.process(queue.shift()!));
  working = false;
  if (ended) post('done');
}

function fail(error: unknown): void {
  const syscall = (error as NodeJS.ErrnoException | undefined)?.syscall;
  post({ failed: error instanceof Error ? error.message : String(error), ...(syscall ? { syscall } : {}) });
}

process.on('message', (message: ParentMessage) => {
  if (message === 'stop') {
    queue.length = 0;
    ended = true;
  } else if (message === 'end') ended = true;
  else if ('options' in message) processor = new DocumentProcessor(message.options);
  else queue.push(message.root);
  if (!working) work().catch(fail);
});
// the parent is gone (or has all it needs): nothing left to deliver to
process.once('disconnect', () => process.exit());
